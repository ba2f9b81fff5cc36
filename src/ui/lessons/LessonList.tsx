import { useLanguage, useT } from '../../i18n';
import { LESSONS } from '../../lessons/index';
import { lessonProgress } from '../../lessons/progress';
import type { LessonSandbox } from '../../lessons/sandbox';
import { openLesson } from './player-actions';
import { usePlayer } from './player-store';

/** The lessons of the course with each one's progress; a button opens one. */
export function LessonList({ sandbox }: { sandbox: LessonSandbox }) {
  const t = useT();
  const lang = useLanguage();
  const progress = usePlayer((s) => s.progress);
  const busy = usePlayer((s) => s.busy);
  return (
    <nav aria-label={t('lessons.list')} className="lesson-list">
      <ol>
        {LESSONS.map((lesson) => {
          const lp = lessonProgress(progress, lesson.id);
          const total = lesson.steps.length;
          const done = lp.completed ? total : lp.reached + (progress.lessons[lesson.id] ? 1 : 0);
          return (
            <li key={lesson.id}>
              <button
                type="button"
                disabled={busy}
                aria-label={t('lessons.open', { id: lesson.id, title: lesson.title[lang] })}
                onClick={() => void openLesson(sandbox, lesson.id)}
              >
                <span className="lesson-num">{lesson.id}</span>
                <span className="lesson-name">
                  <strong>{lesson.title[lang]}</strong>
                  <span className="muted">{lesson.summary[lang]}</span>
                </span>
                <span className="lesson-state">
                  <progress max={total} value={done} aria-hidden="true" />
                  <span className="muted">
                    {lp.completed
                      ? `✓ ${t('lessons.completed')}`
                      : t('lessons.progress', { done, total })}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
