import { useEffect } from 'react';
import { type MessageKey, useT } from '../../i18n';
import type { LessonSandbox } from '../../lessons/sandbox';
import { useAppShallow } from '../../store/hooks';
import { formatSpeed } from '../format';
import { PRESENTER_KEYS, type PresenterAction } from './keys';
import { setPresenter, usePresenter } from './presenter-store';
import { usePresenterKeys } from './usePresenterKeys';
import './presenter.css';

const KEY_TEXT: Record<PresenterAction, MessageKey> = {
  next: 'presenter.key.next',
  back: 'presenter.key.back',
  play: 'presenter.key.play',
  faster: 'presenter.key.faster',
  slower: 'presenter.key.slower',
  panels: 'presenter.key.panels',
  legend: 'presenter.key.legend',
  exit: 'presenter.key.exit',
};

/** The button that enters or leaves presenter mode (place it in the top bar). */
export function PresenterToggle() {
  const on = usePresenter((s) => s.on);
  const t = useT();
  return (
    <button type="button" aria-pressed={on} onClick={() => setPresenter(!on)}>
      {t(on ? 'presenter.exit' : 'presenter.enter')}
    </button>
  );
}

/**
 * Presenter mode for a projector: large type and high contrast (classes on <html>), panels
 * hidden on demand, keyboard-only control and a visible key legend with the playback state.
 */
export function PresenterMode({ sandbox }: { sandbox: LessonSandbox }) {
  const on = usePresenter((s) => s.on);
  const panels = usePresenter((s) => s.panels);
  const legend = usePresenter((s) => s.legend);
  const s = useAppShallow((st) => ({ playing: st.playing, speed: st.speed }));
  const t = useT();
  usePresenterKeys(sandbox);
  useEffect(() => {
    const root = document.documentElement.classList;
    root.toggle('presenter', on);
    root.toggle('presenter-no-panels', on && !panels);
    return () => root.remove('presenter', 'presenter-no-panels');
  }, [on, panels]);
  if (!on) return null;
  return (
    <aside className="presenter-bar" aria-label={t('presenter.title')}>
      <p className="presenter-state" aria-live="polite">
        <span>{s.playing ? `▶ ${t('presenter.playing')}` : `❚❚ ${t('presenter.paused')}`}</span>
        <span>{t('presenter.speed', { speed: formatSpeed(s.speed, t) })}</span>
      </p>
      {legend && (
        <dl className="presenter-legend" aria-label={t('presenter.legend')}>
          {PRESENTER_KEYS.map((k) => (
            <div key={k.action}>
              <dt>
                {k.label.map((l) => (
                  <kbd key={l}>{l}</kbd>
                ))}
              </dt>
              <dd>{t(KEY_TEXT[k.action])}</dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" onClick={() => setPresenter(false)}>
        {t('presenter.exit')}
      </button>
    </aside>
  );
}
