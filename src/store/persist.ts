import type { PersistOptions, PersistStorage, StorageValue } from 'zustand/middleware';
import { EMPTY_PROGRESS } from '../lessons/progress';
import { DEFAULT_SCENARIO } from './scenarios';
import { readSaved, type Saved } from './schema';
import type { Language, State, Theme } from './state';

/** The key everything is saved under, and the version of what it holds. */
export const SAVE_KEY = 'svid-lab:state';
export const SAVE_VERSION = 2;
/** Version 1 kept the settings and the sandbox under one key and the lessons under another. */
const V1_KEYS = { state: 'svid-lab:v1', lessons: 'svid-lab:lessons:v1' } as const;
/** What `migrate` returns for a saved state it cannot read at all (dropped whole, with a message). */
const UNREADABLE = { unreadable: true } as const;

const local = (): Storage | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

/** The language of the browser at first visit: Korean if it asks for it, else English. */
export function browserLanguage(): Language {
  const nav = globalThis.navigator;
  const langs = nav?.languages?.length ? nav.languages : [nav?.language];
  return langs.some((l) => l?.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

function systemTheme(): Theme {
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Defaults for a first visit. */
export function defaults(): Saved {
  return {
    language: browserLanguage(),
    theme: systemTheme(),
    teaching: false,
    preset: 'lesson',
    scenario: DEFAULT_SCENARIO,
    log: [],
    speed: 1,
    introDone: false,
    lessons: EMPTY_PROGRESS,
  };
}

let saving = false;
let lastSaved = '';
/**
 * A playing clock changes the saved `now` on every frame: the state is written at most once
 * per SAVE_EVERY_MS (the latest value, and at once when the page is hidden or left), since
 * serialising it 60 times a second was a visible share of each frame.
 */
const SAVE_EVERY_MS = 1000;
let pending: { name: string; value: StorageValue<Saved> } | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastWrite = 0;

/** Writes the latest state now (the page is being hidden or left). */
export function flushSave(): void {
  clearTimeout(timer);
  timer = undefined;
  if (!pending) return;
  const { name, value } = pending;
  pending = undefined;
  lastWrite = Date.now();
  const text = JSON.stringify(value);
  if (text === lastSaved) return;
  try {
    const store = local();
    store?.setItem(name, text);
    store?.removeItem(V1_KEYS.state);
    store?.removeItem(V1_KEYS.lessons);
    lastSaved = text;
  } catch {
    // Storage full or blocked: the app still works, it just forgets on reload.
  }
}

globalThis.addEventListener?.('pagehide', flushSave);
globalThis.document?.addEventListener('visibilitychange', flushSave);

/** Saving starts once the saved sandbox has loaded: until then, storage keeps what it had. */
export function startSaving(): void {
  saving = true;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return UNREADABLE;
  }
}

/**
 * localStorage, read leniently: text that is not JSON becomes UNREADABLE (reset with a
 * message), and a visitor from version 1 has both old keys read as one version-1 state.
 */
const storage: PersistStorage<Saved> = {
  getItem(name) {
    const store = local();
    const text = store?.getItem(name);
    if (text) {
      const value = parse(text);
      return (
        value && typeof value === 'object' && 'state' in value && 'version' in value
          ? value
          : { state: UNREADABLE, version: SAVE_VERSION }
      ) as StorageValue<Saved>;
    }
    const v1 = store?.getItem(V1_KEYS.state);
    const lessons = store?.getItem(V1_KEYS.lessons);
    if (!v1 && !lessons) return null;
    const state = v1 ? parse(v1) : {};
    const merged =
      state && typeof state === 'object' && !Array.isArray(state) && state !== UNREADABLE
        ? { ...state, ...(lessons ? { lessons: parse(lessons) } : {}) }
        : UNREADABLE;
    return { state: merged, version: 1 } as unknown as StorageValue<Saved>;
  },
  setItem(name, value) {
    if (!saving) return;
    pending = { name, value };
    if (timer !== undefined) return;
    const wait = lastWrite + SAVE_EVERY_MS - Date.now();
    if (wait <= 0) flushSave();
    else timer = setTimeout(flushSave, wait);
  },
  removeItem(name) {
    lastSaved = '';
    pending = undefined;
    try {
      local()?.removeItem(name);
    } catch {
      // Blocked storage has nothing to forget.
    }
  },
};

/** The persist middleware's options: what is saved, how old versions migrate, how it is read back. */
export const persistOptions: PersistOptions<State, Saved> = {
  name: SAVE_KEY,
  version: SAVE_VERSION,
  storage,
  partialize: (s) => ({
    language: s.language,
    theme: s.theme,
    teaching: s.teaching,
    preset: s.preset,
    scenario: s.scenario,
    // Looking at an earlier moment changes nothing yet: a reload returns to the latest one.
    log: s.rewound?.log ?? s.log,
    speed: s.speed,
    introDone: s.introDone,
    ...(s.rewindNoted ? { rewindNoted: true } : {}),
    ...(s.rewound ? { now: s.rewound.head } : s.now === undefined ? {} : { now: s.now }),
    ...(s.scenarioYaml === undefined ? {} : { scenarioYaml: s.scenarioYaml }),
    lessons: s.lessons.progress,
  }),
  // Version 1 had the same fields (lessons from their own key): the schema check reads both.
  migrate: (persisted, version) => (version === 1 ? persisted : UNREADABLE) as Saved,
  merge: (persisted, current) => {
    const { saved, reset } = readSaved(persisted === UNREADABLE ? {} : persisted, defaults());
    const { lessons, ...settings } = saved;
    const all = persisted === UNREADABLE;
    return {
      ...current,
      ...settings,
      lessons: { ...current.lessons, progress: lessons },
      ...(all || reset.length > 0 ? { resetNotice: { fields: all ? ['all'] : reset } } : {}),
    };
  },
};
