import { useT } from '../../i18n';
import { nextEvent, setSpeed, setTeaching, togglePlay } from '../../store/actions';
import { useAppShallow } from '../../store/hooks';
import { SPEEDS } from '../../worker/clock';
import { formatDateTime, formatSpeed } from '../format';

/** Play/pause, speed, next event, the simulated date-time and the effective speed. */
export function ClockBar() {
  const t = useT();
  const s = useAppShallow((st) => ({
    playing: st.playing,
    speed: st.speed,
    effective: st.effectiveSpeed,
    now: st.snapshot?.now,
    nextAt: st.snapshot?.nextAt,
    pausedOn: st.pausedOn,
    teaching: st.teaching,
  }));
  const behind = s.playing && s.effective > 0 && s.effective < s.speed * 0.85;
  return (
    <div className="clock">
      <button type="button" className="primary" onClick={togglePlay} aria-keyshortcuts="Space">
        {s.playing ? `❚❚ ${t('clock.pause')}` : `▶ ${t('clock.play')}`}
      </button>
      <label className="row">
        {t('clock.speed')}
        <select value={s.speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((sp) => (
            <option key={sp} value={sp}>
              {formatSpeed(sp, t)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        onClick={nextEvent}
        disabled={s.nextAt === undefined}
        aria-keyshortcuts="ArrowRight"
      >
        ⇥ {t('clock.next')}
      </button>
      <output className="time" aria-label={t('clock.time')}>
        {s.now === undefined ? '—' : formatDateTime(s.now)}
      </output>
      <span className={behind ? 'behind' : 'muted'} aria-live="polite">
        {behind
          ? `⚠ ${t('clock.behind', { speed: formatSpeed(s.effective, t) })}`
          : s.playing
            ? t('clock.effective', { speed: formatSpeed(s.effective || s.speed, t) })
            : t('clock.paused')}
      </span>
      <label className="row teaching">
        <input
          type="checkbox"
          checked={s.teaching}
          onChange={(e) => setTeaching(e.target.checked)}
        />
        {t('top.teaching')}
      </label>
      {s.pausedOn && !s.playing && (
        <span className="muted">{t('clock.pausedOn', { what: s.pausedOn })}</span>
      )}
    </div>
  );
}
