import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { State } from './state';
import { store } from './store';

/** Reads one narrow slice of the store; re-renders only when it changes. */
export function useApp<T>(selector: (s: State) => T): T {
  return useStore(store, selector);
}

/** Reads several fields as an object, compared shallowly. */
export function useAppShallow<T>(selector: (s: State) => T): T {
  return useStore(store, useShallow(selector));
}
