import type { Translate } from '../i18n';

/** Simulated date and time, in UTC (the scenario's clock), to the second. */
export function formatDateTime(t: number): string {
  return `${new Date(t).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** Simulated time of day, HH:MM UTC (a retry later today or tomorrow reads at a glance). */
export function formatTime(t: number): string {
  return `${new Date(t).toISOString().slice(11, 16)} UTC`;
}

/** A short duration in the two largest units: 17h 59m, 3d 2h, 45s (17시간 59분, 3일 2시간, 45초). */
export function formatSpan(ms: number, t: Translate): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (d > 0) return t('span.dh', { d, h });
  if (h > 0) return t('span.hm', { h, m });
  if (m > 0) return t('span.ms', { m, s });
  return t('span.s', { s });
}

/** Simulated seconds per real second for each unit a speed is said in, largest first. */
const SPEED_UNITS = [
  ['speed.d', 86_400],
  ['speed.h', 3600],
  ['speed.min', 60],
] as const;

/**
 * A speed in simulated time per real second: ×1 (real time), ×10, 1 min/s, 6 h/s, 1 d/s
 * (×1, 초당 1분, 초당 6시간, 초당 1일). A value within 3% of a unit counts in that unit, so an
 * effective speed just under a day per second still reads 1 d/s.
 */
export function formatSpeed(speed: number, t: Translate): string {
  const n = (v: number) => String(Math.round(v * 10) / 10);
  for (const [key, unit] of SPEED_UNITS) {
    if (speed >= unit * 0.97) return t(key, { n: n(speed / unit) });
  }
  return t('speed.x', { n: n(speed) });
}
