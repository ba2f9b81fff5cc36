import { useEffect } from 'react';
import { useT } from '../../i18n';
import { parseLessonLink } from '../../lessons/deeplink';
import { lessonById } from '../../lessons/index';
import type { LessonSandbox } from '../../lessons/sandbox';
import { LessonList } from './LessonList';
import { LessonPlayer } from './LessonPlayer';
import { openLesson } from './player-actions';
import { usePlayer } from './player-store';
import './lessons.css';

/** Opens the lesson step a `#lesson=04&step=3` link names, now and whenever the hash changes. */
export function useLessonDeepLink(sandbox: LessonSandbox): void {
  useEffect(() => {
    const follow = () => {
      const link = parseLessonLink(location.hash);
      if (link && lessonById(link.lesson)) void openLesson(sandbox, link.lesson, link.step - 1);
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [sandbox]);
}

/**
 * The lessons panel: the list of lessons with progress, or the open lesson's player. It lives
 * in its own dock (not a details tab), so a step can switch the details panel to what it shows.
 */
export function LessonsPanel({ sandbox }: { sandbox: LessonSandbox }) {
  useLessonDeepLink(sandbox);
  const t = useT();
  const open = usePlayer((s) => s.open);
  const error = usePlayer((s) => s.error);
  const lesson = open ? lessonById(open) : undefined;
  return (
    <div className="lessons">
      {lesson ? (
        <LessonPlayer sandbox={sandbox} lesson={lesson} />
      ) : (
        <>
          <h2 className="sr-only">{t('lessons.title')}</h2>
          <LessonList sandbox={sandbox} />
          {error && (
            <p className="error-text" role="alert">
              {t('lessons.error', { message: error })}
            </p>
          )}
        </>
      )}
    </div>
  );
}
