import type { GaugeState } from './gauge-state';

/**
 * The band icons of a pod cell as stroked paths on a 22 × 22 cell: the same marks as ICON, drawn
 * as shapes because an SVG <text> per cell costs the browser a text layout (with font fallback
 * for the symbols) whenever a cell changes, which at a few hundred cells was most of each frame.
 */
export const CELL_GLYPH: Record<GaugeState['band'], string> = {
  none: 'M11 6.5a4.5 4.5 0 1 0 0.01 0',
  ok: 'M6.5 11.5l3 3 6-7',
  renew: 'M15.5 8.5a5 5 0 1 0 0.5 4.5M15.5 5v3.5h-3.5',
  retrying: 'M11 6v6M11 15v0.5',
  expired: 'M7 7l8 8M15 7l-8 8',
};

/**
 * A band's icon placed at (x, y): its absolute moves shifted, the rest is relative. Cells carry
 * no transform of their own: a thousand transformed groups cost the browser a thousand transform
 * nodes to walk on every frame that changes one of them.
 */
export function glyphAt(band: GaugeState['band'], x: number, y: number): string {
  return CELL_GLYPH[band].replace(
    /M([\d.]+) ([\d.]+)/g,
    (_, a: string, b: string) => `M${Number(a) + x} ${Number(b) + y}`,
  );
}
