import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createStore } from 'zustand/vanilla';
import {
  EMPTY_PROGRESS,
  PROGRESS_KEY,
  type Progress,
  parseProgress,
  serializeProgress,
} from '../../lessons/progress';

/** The lesson player's own state (apart from the app's store, which it only drives). */
export interface PlayerState {
  progress: Progress;
  /** Whether the lessons dock is shown. */
  dock: boolean;
  /** The lesson on screen; undefined shows the list. */
  open?: string;
  /** Steps of the open lesson whose actions have run in the current engine session. */
  ran: number;
  busy: boolean;
  error?: string;
  /** The last answer given at the current step's checkpoint. */
  feedback?: { checkpoint: string; choice: string; correct: boolean };
  /** Per checkpoint id: the choice id the simulation bore out (or its raw value). */
  seen: Record<string, string>;
}

function load(): Progress {
  try {
    return parseProgress(globalThis.localStorage?.getItem(PROGRESS_KEY));
  } catch {
    return EMPTY_PROGRESS;
  }
}

/** The player's store (vanilla, so actions outside React can use it). */
export const playerStore = createStore<PlayerState>(() => ({
  progress: load(),
  dock: false,
  ran: 0,
  busy: false,
  seen: {},
}));

let saved = '';
playerStore.subscribe((s) => {
  const text = serializeProgress(s.progress);
  if (text === saved) return;
  saved = text;
  try {
    globalThis.localStorage?.setItem(PROGRESS_KEY, text);
  } catch {
    // Storage full or blocked: progress lasts for this visit only.
  }
});

/** Reads one field of the player state. */
export function usePlayer<T>(select: (s: PlayerState) => T): T {
  return useStore(playerStore, select);
}

/** Reads several fields, compared shallowly. */
export function usePlayerShallow<T>(select: (s: PlayerState) => T): T {
  return useStore(playerStore, useShallow(select));
}

/** Shows or hides the lessons dock (light: no lesson content or YAML is loaded for this). */
export function setDock(dock: boolean): void {
  playerStore.setState({ dock });
}
