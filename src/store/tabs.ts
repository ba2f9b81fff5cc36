/** The tabs of the details panel, in the order it shows them. */
export const TABS = [
  'pod',
  'issuance',
  'inspector',
  'handshake',
  'explorer',
  'policy',
  'log',
  'bridge',
] as const;
export type Tab = (typeof TABS)[number];
