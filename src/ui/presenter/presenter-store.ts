import { useApp } from '../../store/hooks';
import type { PresenterState } from '../../store/presenter-slice';
import { store } from '../../store/store';

/** The presenter slice of the app's store. */
export function presenterState(): PresenterState {
  return store.getState().presenter;
}

/** Updates the presenter slice (a function of it). */
export function updatePresenter(change: (s: PresenterState) => Partial<PresenterState>): void {
  store.setState((s) => ({ presenter: { ...s.presenter, ...change(s.presenter) } }));
}

/** Reads one field of the presenter state. */
export function usePresenter<T>(select: (s: PresenterState) => T): T {
  return useApp((s) => select(s.presenter));
}

/** Turns presenter mode on or off; it starts with the mesh on the stage, the panels hidden. */
export function setPresenter(on: boolean): void {
  store.setState({ presenter: { on, panels: !on, legend: true, stepped: false } });
}
