/**
 * Colours per ServiceAccount: readable on light and dark surfaces, distinct from state colours.
 * The order is chosen so the lessons' accounts read well: production/order-sa blue,
 * production/pay-sa orange, default/default slate, production/mallory-sa pink.
 */
const PALETTE = [
  '#be185d',
  '#7c3aed',
  '#4d7c0f',
  '#a16207',
  '#c2410c',
  '#475569',
  '#2f6fdf',
  '#86198f',
  '#8b5e34',
  '#0e7490',
] as const;

/**
 * The colour of `namespace/serviceAccount`: a hash of the name alone, so an account keeps its
 * colour in every scenario and on every reload, whatever other accounts exist.
 */
export function saColor(key: string): string {
  return PALETTE[hash(key) % PALETTE.length] ?? PALETTE[0];
}

/** FNV-1a with a final avalanche, so names that differ in one letter land far apart. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (const c of s) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}
