import type { Language, Persisted } from './state';

const KEY = 'svid-lab:v1';

/** The language of the browser at first visit: Korean if it asks for it, else English. */
export function browserLanguage(): Language {
  const langs = navigator.languages?.length ? navigator.languages : [navigator.language];
  return langs.some((l) => l?.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

function systemTheme(): Persisted['theme'] {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Defaults for a first visit. */
export function defaults(): Persisted {
  return {
    language: browserLanguage(),
    theme: systemTheme(),
    teaching: false,
    preset: 'lesson',
    scenario: 'lesson-cluster',
    log: [],
    speed: 1,
    introDone: false,
  };
}

/** Reads what was saved, falling back field by field to the defaults. */
export function loadPersisted(): Persisted {
  const base = defaults();
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return base;
    const saved = JSON.parse(raw) as Partial<Persisted>;
    return { ...base, ...saved, log: Array.isArray(saved.log) ? saved.log : [] };
  } catch {
    return base;
  }
}

/** Saves settings, the applied log and the simulated time. */
export function savePersisted(p: Persisted): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(p));
  } catch {
    // Storage full or blocked: the app still works, it just forgets on reload.
  }
}

/** Forgets everything saved. */
export function clearPersisted(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // ignore
  }
}
