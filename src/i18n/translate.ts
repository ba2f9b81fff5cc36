import { type MessageKey, messages } from './messages';
import { fill, type Language } from './text';

/** A translator: `t('clock.effective', { speed: '1 d/s' })`. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Builds a translator for one language. */
export function translator(language: Language): Translate {
  return (key, vars) => fill(messages[key][language], vars);
}
