import { scaleTime } from 'd3';

/** How much simulated time the timeline shows, and how far ahead of "now". */
export const SPAN_MS = 3 * 86_400_000;
const AHEAD = 0.3;

/** The time scale: "now" moves right from the start, then stays at 70% of the width. */
export function timeScale(now: number, width: number, left: number, start: number) {
  const from = Math.max(start - 3_600_000, now - SPAN_MS * (1 - AHEAD));
  return scaleTime()
    .domain([new Date(from), new Date(from + SPAN_MS)])
    .range([left, width - 8]);
}
