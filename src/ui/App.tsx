import { useEffect, useState } from 'react';
import { useT } from '../i18n';
import { useAppShallow } from '../store/hooks';
import { SharedLinkOpener } from './bridge/SharedLinkOpener';
import { appSandbox } from './lessons/app-sandbox';
import { LessonsDock } from './lessons/LessonsDock';
import { PresenterMode } from './presenter/PresenterMode';
import { ClockBar } from './shell/ClockBar';
import { DetailsPanel } from './shell/DetailsPanel';
import { HelpDialog } from './shell/HelpDialog';
import { Intro } from './shell/Intro';
import { onGlobalKey } from './shell/keyboard';
import { ResetNotice } from './shell/ResetNotice';
import { TopBar } from './shell/TopBar';
import { Timeline } from './timeline/Timeline';
import { MeshView } from './topology/MeshView';

/**
 * The app: top bar; lessons narration, mesh and details panel side by side (stacked sheets on a
 * narrow screen, so nothing covers the mesh); clock bar over the timeline.
 */
export function App() {
  const t = useT();
  const [help, setHelp] = useState(false);
  const s = useAppShallow((st) => ({
    theme: st.theme,
    language: st.language,
    ready: st.ready,
    error: st.loadError,
  }));
  useEffect(() => {
    document.documentElement.lang = s.language;
  }, [s.language]);
  useEffect(() => {
    window.addEventListener('keydown', onGlobalKey);
    return () => window.removeEventListener('keydown', onGlobalKey);
  }, []);
  return (
    <div className={`app theme-${s.theme}`}>
      <TopBar onHelp={() => setHelp(true)} />
      <main>
        <LessonsDock />
        <MeshView>
          {!s.ready && !s.error && <p className="banner card">{t('app.loading')}</p>}
          {s.error && (
            <p className="banner card error-text" role="alert">
              {t('app.engineError', { message: s.error })}
            </p>
          )}
          <ResetNotice />
          <Intro />
          <SharedLinkOpener />
        </MeshView>
        <DetailsPanel />
      </main>
      <footer className="bottom">
        <PresenterMode sandbox={appSandbox} />
        <ClockBar />
        <Timeline />
      </footer>
      <HelpDialog open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
