import { lazy, Suspense, useEffect } from 'react';
import { useT } from '../../i18n';
import { appSandbox } from './app-sandbox';
import { setDock, usePlayer } from './player-store';

// The lessons (their text, scenarios and YAML handling) load only when the dock opens.
const LessonsPanel = lazy(() =>
  import('./LessonsPanel').then((m) => ({ default: m.LessonsPanel })),
);

/** The top bar's Lessons button: shows or hides the lessons dock. */
export function LessonsButton() {
  const t = useT();
  const dock = usePlayer((s) => s.dock);
  return (
    <button
      type="button"
      aria-pressed={dock}
      {...(dock ? { 'aria-controls': 'lessons-dock' } : {})}
      onClick={() => setDock(!dock)}
    >
      {t('lessons.title')}
    </button>
  );
}

/** Opens the dock when the page's hash is a lesson link (`#lesson=04&step=3`). */
function useOpenOnLessonLink(): void {
  useEffect(() => {
    const check = () => {
      if (/(^#|&)lesson=/.test(location.hash)) setDock(true);
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, []);
}

/** The lessons dock over the mesh (mount once in App); lesson links open it. */
export function LessonsDock() {
  const t = useT();
  const dock = usePlayer((s) => s.dock);
  useOpenOnLessonLink();
  if (!dock) return null;
  return (
    <aside id="lessons-dock" className="lessons-dock card" aria-label={t('lessons.title')}>
      <Suspense fallback={<p className="muted">{t('lessons.title')}…</p>}>
        <LessonsPanel sandbox={appSandbox} />
      </Suspense>
    </aside>
  );
}
