import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../store/hooks';
import type { LessonsState } from '../../store/lessons-slice';
import { store } from '../../store/store';

/** The lesson player's slice of the app's store. */
export function playerState(): LessonsState {
  return store.getState().lessons;
}

/** Updates the lesson player's slice (a patch, or a function of the slice). */
export function setPlayer(
  patch: Partial<LessonsState> | ((s: LessonsState) => Partial<LessonsState>),
): void {
  store.setState((s) => ({
    lessons: { ...s.lessons, ...(typeof patch === 'function' ? patch(s.lessons) : patch) },
  }));
}

/** Reads one field of the player state. */
export function usePlayer<T>(select: (s: LessonsState) => T): T {
  return useApp((s) => select(s.lessons));
}

/** Reads several fields, compared shallowly. */
export function usePlayerShallow<T>(select: (s: LessonsState) => T): T {
  return useApp(useShallow((s) => select(s.lessons)));
}

/** Shows or hides the lessons dock (light: no lesson content or YAML is loaded for this). */
export function setDock(dock: boolean): void {
  setPlayer({ dock });
}
