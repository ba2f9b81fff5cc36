import type { Translate } from '../i18n';

/** Simulated date and time, in UTC (the scenario's clock), to the second. */
export function formatDateTime(t: number): string {
  return `${new Date(t).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** A short duration: 17h 59m, 3d 2h, 45s. */
export function formatSpan(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${m}m`;
  if (m > 0) return `${m}m ${s % 60}s`;
  return `${s}s`;
}

/** A speed as people say it: real time, 1 h/s, 1 day/s; off-list values as N×. */
export function formatSpeed(speed: number, t: Translate): string {
  const named = [1, 10, 60, 600, 3600, 21_600, 86_400, 345_600].find(
    (n) => Math.abs(speed - n) / n < 0.03,
  );
  if (named !== undefined) return t(`speed.${named}` as Parameters<Translate>[0]);
  const key = `speed.${speed}` as Parameters<Translate>[0];
  const label = t(key);
  if (label !== key) return label;
  if (speed >= 86_400) return `${(speed / 86_400).toFixed(1)} day/s`;
  if (speed >= 3600) return `${(speed / 3600).toFixed(1)} h/s`;
  return `${Math.round(speed)}×`;
}
