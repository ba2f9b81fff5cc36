import { type JosaPair, josa } from './josa';

/** The languages the app speaks. */
export type Language = 'ko' | 'en';

/** One piece of user-visible text in every language: how all words of the app are written. */
export type Text = Record<Language, string>;

/** Keyed messages of one feature. Placeholders are written `{name}`. */
export type Dictionary = Record<string, Text>;

/**
 * Fills `{name}` placeholders; `{name|을/를}` also attaches the particle that fits the value's
 * last sound (see `josa`). A placeholder without a value is left as written.
 */
export function fill(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)(?:\|([^}]+))?\}/g, (m, name: string, pair?: string) => {
    if (!(name in vars)) return m;
    const value = String(vars[name]);
    return pair ? josa(value, pair as JosaPair) : value;
  });
}
