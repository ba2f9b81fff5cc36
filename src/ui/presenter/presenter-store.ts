import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** Presenter mode: on or off, panels shown or hidden, key legend shown or hidden. */
export interface PresenterState {
  on: boolean;
  panels: boolean;
  legend: boolean;
}

/** The presenter's own small store. */
export const presenterStore = createStore<PresenterState>(() => ({
  on: false,
  panels: true,
  legend: true,
}));

/** Reads one field of the presenter state. */
export function usePresenter<T>(select: (s: PresenterState) => T): T {
  return useStore(presenterStore, select);
}

/** Turns presenter mode on or off (panels shown again on entry). */
export function setPresenter(on: boolean): void {
  presenterStore.setState({ on, panels: true, legend: true });
}
