import { useState } from 'react';
import { useLanguage, useT } from '../../i18n';
import { formatLessonLink } from '../../lessons/deeplink';
import { lessonProgress, prediction } from '../../lessons/progress';
import type { LessonSandbox } from '../../lessons/sandbox';
import type { Lesson } from '../../lessons/types';
import { CheckpointView } from './CheckpointView';
import { closeLesson, nextStep, previousStep, restartLesson } from './player-actions';
import { usePlayerShallow } from './player-store';

/** One lesson: the step's narration, its checkpoint, Back/Next (also ← →) and a deep link. */
export function LessonPlayer({ sandbox, lesson }: { sandbox: LessonSandbox; lesson: Lesson }) {
  const t = useT();
  const lang = useLanguage();
  const [copied, setCopied] = useState(false);
  const s = usePlayerShallow((st) => {
    const step = lessonProgress(st.progress, lesson.id).step;
    const cp = lesson.steps[step]?.checkpoint;
    return {
      index: step,
      busy: st.busy,
      error: st.error,
      blocked: !!cp && prediction(st.progress, lesson.id, cp.id) === undefined && st.ran <= step,
    };
  });
  const step = lesson.steps[s.index];
  if (!step) return null;
  const total = lesson.steps.length;
  const last = s.index === total - 1;
  const link = formatLessonLink({ lesson: lesson.id, step: s.index + 1 });
  const onKey = (e: React.KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select') || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'ArrowRight' || e.key === 'PageDown') {
      e.preventDefault();
      e.stopPropagation();
      void nextStep(sandbox);
    } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
      e.preventDefault();
      e.stopPropagation();
      void previousStep(sandbox);
    }
  };
  return (
    <section className="lesson-player" aria-labelledby="lesson-h" onKeyDown={onKey}>
      <header>
        <button type="button" className="linkish" onClick={closeLesson}>
          ← {t('lessons.all')}
        </button>
        <h2 id="lesson-h">
          {lesson.id}. {lesson.title[lang]}
        </h2>
        <p className="muted" aria-live="polite">
          {t('lessons.step', { n: s.index + 1, total })}
        </p>
        <progress
          max={total}
          value={s.index + 1}
          aria-label={t('lessons.step', { n: s.index + 1, total })}
        />
      </header>
      <article className="lesson-step" aria-busy={s.busy}>
        <h3>{step.title[lang]}</h3>
        <p className="narration">{step.text[lang]}</p>
        {step.realIstio && (
          <aside className="real-note">
            <strong>{t('lessons.realIstio')}</strong> {step.realIstio[lang]}
          </aside>
        )}
        {step.freePlay && <p className="ok-text">{t('lessons.freePlay')}</p>}
        {step.checkpoint && (
          <CheckpointView
            key={step.checkpoint.id}
            sandbox={sandbox}
            lesson={lesson}
            checkpoint={step.checkpoint}
          />
        )}
        {s.busy && !step.checkpoint && <p className="muted">{t('lessons.running')}</p>}
        {s.error && (
          <p className="error-text" role="alert">
            {t('lessons.error', { message: s.error })}
          </p>
        )}
      </article>
      <nav className="row lesson-nav" aria-label={t('lessons.title')}>
        <button
          type="button"
          onClick={() => void previousStep(sandbox)}
          disabled={s.busy || s.index === 0}
        >
          ← {t('lessons.back')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void nextStep(sandbox)}
          disabled={s.busy || last || s.blocked}
        >
          {t('lessons.next')} →
        </button>
        <a
          href={link}
          onClick={(e) => {
            e.preventDefault();
            void navigator.clipboard
              ?.writeText(new URL(link, location.href).href)
              .then(() => setCopied(true));
          }}
        >
          {copied ? t('lessons.copied') : t('lessons.link')}
        </a>
        {last && (
          <button type="button" onClick={() => void restartLesson(sandbox)}>
            {t('lessons.restart')}
          </button>
        )}
      </nav>
      <p className="muted small">{t('lessons.keys')}</p>
    </section>
  );
}
