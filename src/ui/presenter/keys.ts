import { SPEEDS } from '../../worker/clock';

/** What a key does in presenter mode. */
export type PresenterAction =
  | 'next'
  | 'back'
  | 'play'
  | 'faster'
  | 'slower'
  | 'panels'
  | 'legend'
  | 'exit';

/** The keys, in the order the legend lists them (first key of each is the one shown). */
export const PRESENTER_KEYS: { action: PresenterAction; keys: string[]; label: string[] }[] = [
  { action: 'next', keys: ['ArrowRight', 'PageDown'], label: ['→', 'PgDn'] },
  { action: 'back', keys: ['ArrowLeft', 'PageUp'], label: ['←', 'PgUp'] },
  { action: 'play', keys: [' ', 'k'], label: ['Space', 'K'] },
  { action: 'faster', keys: ['+', '=', ']'], label: ['+'] },
  { action: 'slower', keys: ['-', '['], label: ['−'] },
  { action: 'panels', keys: ['h', 'H'], label: ['H'] },
  { action: 'legend', keys: ['?', '/'], label: ['?'] },
  { action: 'exit', keys: ['Escape'], label: ['Esc'] },
];

/** The action of a key press, if presenter mode has one for it. */
export function actionOf(key: string): PresenterAction | undefined {
  return PRESENTER_KEYS.find((k) => k.keys.includes(key))?.action;
}

/** The next speed up or down the app's ladder of speeds. */
export function stepSpeed(current: number, direction: 1 | -1): number {
  const list = [...SPEEDS];
  const next =
    direction > 0 ? list.find((s) => s > current) : [...list].reverse().find((s) => s < current);
  return next ?? current;
}
