import type { Dictionary } from '../text';

/** Durations and speeds; `src/ui/format.ts` picks the key and fills the numbers. */
export const units = {
  'span.dh': { en: '{d}d {h}h', ko: '{d}일 {h}시간' },
  'span.hm': { en: '{h}h {m}m', ko: '{h}시간 {m}분' },
  'span.ms': { en: '{m}m {s}s', ko: '{m}분 {s}초' },
  'span.s': { en: '{s}s', ko: '{s}초' },
  'speed.x': { en: '×{n}', ko: '×{n}' },
  'speed.min': { en: '{n} min/s', ko: '초당 {n}분' },
  'speed.h': { en: '{n} h/s', ko: '초당 {n}시간' },
  'speed.d': { en: '{n} d/s', ko: '초당 {n}일' },
} as const satisfies Dictionary;
