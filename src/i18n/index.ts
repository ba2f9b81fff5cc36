import { useApp } from '../store/hooks';
import type { Language } from './text';
import { type Translate, translator } from './translate';

export type { MessageKey } from './messages';
export type { Dictionary, Language, Text } from './text';
export { type Translate, translator } from './translate';

const cache = new Map<Language, Translate>();

/** The translator for the current language (re-renders when the language changes). */
export function useT(): Translate {
  const language = useLanguage();
  let t = cache.get(language);
  if (!t) {
    t = translator(language);
    cache.set(language, t);
  }
  return t;
}

/** The current language, for `{ ko, en }` text such as lesson prose. */
export function useLanguage(): Language {
  return useApp((s) => s.language);
}
