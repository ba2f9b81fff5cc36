/** Colours per ServiceAccount: readable on light and dark surfaces, distinct from state colours. */
const PALETTE = [
  '#2f6fdf',
  '#c2410c',
  '#7c3aed',
  '#0e7490',
  '#be185d',
  '#4d7c0f',
  '#a16207',
  '#475569',
];

/** The colour of `namespace/serviceAccount`, stable for a given list of accounts. */
export function saColor(key: string, all: string[]): string {
  const sorted = [...all].sort();
  const i = sorted.indexOf(key);
  return PALETTE[(i < 0 ? hash(key) : i) % PALETTE.length] ?? '#475569';
}

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}
