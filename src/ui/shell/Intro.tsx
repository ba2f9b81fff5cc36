import { useEffect } from 'react';
import { useT } from '../../i18n';
import {
  dismissIntro,
  makeCall,
  selectCall,
  setHint,
  setPlaying,
  setSpeed,
} from '../../store/actions';
import { useAppShallow } from '../../store/hooks';
import { startWalkthrough } from '../../store/walkthrough';
import { formatSpeed } from '../format';
import { usePlayer } from '../lessons/player-store';

/** The speed the renewal hint plays at: slow enough to watch a gauge drain to its notch. */
const WATCH_SPEED = 3600;

/**
 * The first minute: an invitation to watch a pod get its identity, then a hint to speed up
 * time to see renewal, the gauge draining meanwhile, then a hint to make the call.
 */
export function Intro() {
  const t = useT();
  const s = useAppShallow((st) => ({
    introDone: st.introDone,
    hint: st.hint,
    ready: st.ready,
    renew: st.snapshot?.config.renewAt ?? 0.75,
    rotations: [...st.pods.values()].reduce((n, p) => n + p.rotations, 0),
  }));
  const lessonsOpen = usePlayer((p) => p.dock);
  const advanceHint = (s.hint === 'speed-up' || s.hint === 'renewing') && s.rotations > 0;
  useEffect(() => {
    if (advanceHint) setHint('call');
  }, [advanceHint]);
  if (!s.ready || lessonsOpen) return null;
  if (!s.introDone) {
    return (
      <section className="banner card" aria-labelledby="intro-h">
        <h2 id="intro-h">{t('intro.invite')}</h2>
        <p className="muted">{t('intro.sub')}</p>
        <div className="row" style={{ marginLeft: 'auto' }}>
          <button type="button" className="primary" onClick={() => void startWalkthrough()}>
            ▶ {t('intro.start')}
          </button>
          <button type="button" onClick={dismissIntro}>
            {t('intro.dismiss')}
          </button>
        </div>
      </section>
    );
  }
  if (s.hint === 'speed-up') {
    return (
      <section
        className="banner card"
        aria-label={t('hint.speed', { percent: Math.round(s.renew * 100) })}
      >
        <p>{t('hint.speed', { percent: Math.round(s.renew * 100) })}</p>
        <div>
          <button
            type="button"
            className="primary"
            onClick={() => {
              setSpeed(WATCH_SPEED);
              setPlaying(true);
            }}
          >
            » {t('hint.speed.action', { speed: formatSpeed(WATCH_SPEED, t) })}
          </button>
        </div>
      </section>
    );
  }
  if (s.hint === 'renewing') {
    const percent = Math.round(s.renew * 100);
    return (
      <section className="banner card" aria-label={t('hint.renewing', { percent })}>
        <p>{t('hint.renewing', { percent })}</p>
      </section>
    );
  }
  if (s.hint === 'call') {
    return (
      <section className="banner card" aria-label={t('hint.call')}>
        <p>{t('hint.call')}</p>
        <div>
          <button
            type="button"
            className="primary"
            onClick={async () => {
              setPlaying(false);
              setHint(undefined);
              const record = await makeCall({
                from: 'production/order',
                to: 'production/payment',
                method: 'GET',
                path: '/pay',
              });
              selectCall(record.id);
            }}
          >
            {t('hint.call.action')}
          </button>
        </div>
      </section>
    );
  }
  return null;
}
