/** Presenter mode: on or off, panels shown or hidden, key legend shown or hidden. */
export interface PresenterState {
  on: boolean;
  panels: boolean;
  legend: boolean;
  /** A step was taken since presenter mode came on (the legend folds at the first). */
  stepped: boolean;
}

/** Presenter mode off; panels and legend shown when it is turned on. */
export const INITIAL_PRESENTER: PresenterState = {
  on: false,
  panels: true,
  legend: true,
  stepped: false,
};
