import { appLessonHost } from './app-host';
import { LessonsPanel, useLessonDeepLink } from './LessonsPanel';
import { setDock } from './player-actions';
import { usePlayer } from './player-store';
import { useLessonText } from './useLang';

/** The top bar's Lessons button: shows or hides the lessons dock. */
export function LessonsButton() {
  const { t } = useLessonText();
  const dock = usePlayer((s) => s.dock);
  return (
    <button
      type="button"
      aria-pressed={dock}
      aria-controls="lessons-dock"
      onClick={() => setDock(!dock)}
    >
      {t('lessons.title')}
    </button>
  );
}

/**
 * The lessons dock over the mesh (mount once in App). It follows `#lesson=04&step=3` links even
 * while hidden, and opens itself when one arrives.
 */
export function LessonsDock() {
  const { t } = useLessonText();
  const host = appLessonHost();
  const dock = usePlayer((s) => s.dock);
  useLessonDeepLink(host);
  if (!dock) return null;
  return (
    <aside id="lessons-dock" className="lessons-dock card" aria-label={t('lessons.title')}>
      <LessonsPanel host={host} />
    </aside>
  );
}
