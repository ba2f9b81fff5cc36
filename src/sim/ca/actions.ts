/** The operator's changes to the `cacerts` secret, as scenario steps and saved ops name them. */
export const CA_ACTIONS = ['addRoot', 'useRoot', 'removeRoot'] as const;
export type CaAction = (typeof CA_ACTIONS)[number];
