import { useApp } from '../store/hooks';
import type { Language } from '../store/state';
import { en, type MessageKey, type Messages } from './en';
import { ko } from './ko';

export type { MessageKey } from './en';

const DICTS: Record<Language, Messages> = { en, ko };

/** A translator: `t('clock.effective', { speed: '1 day/s' })`. */
export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Builds a translator for one language; unknown placeholders are left as written. */
export function translator(language: Language): Translate {
  const dict = DICTS[language];
  return (key, vars) => {
    const text = dict[key] ?? en[key] ?? key;
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  };
}

const cache = new Map<Language, Translate>();

/** The translator for the current language (re-renders when the language changes). */
export function useT(): Translate {
  const language = useApp((s) => s.language);
  let t = cache.get(language);
  if (!t) {
    t = translator(language);
    cache.set(language, t);
  }
  return t;
}
