import { scaleTime } from 'd3';

/** How much simulated time the timeline shows, and how far ahead of "now". */
export const SPAN_MS = 3 * 86_400_000;
const AHEAD = 0.3;

/** Zoom levels: three days (renewals), ninety days, ten years (roots and intermediates). */
export const SPANS_MS = [SPAN_MS, 90 * 86_400_000, 3_650 * 86_400_000] as const;

/** The time scale: "now" moves right from the start, then stays at 70% of the width. */
export function timeScale(now: number, width: number, left: number, start: number, span = SPAN_MS) {
  const from = Math.max(start - 3_600_000, now - span * (1 - AHEAD));
  return scaleTime()
    .domain([new Date(from), new Date(from + span)])
    .range([left, width - 8]);
}
