import type { TimedEvent } from '../sim/events';
import { eventsEnding, type IssuanceStop, PAUSE_EVENTS } from '../sim/issuance';
import type { Simulation } from '../sim/simulation';

/** Scheduled actions one issuance step may take at most (a retry loop must not run forever). */
const MAX_STEP_ACTIONS = 50;

const isFor = (e: TimedEvent, pod: string): boolean => 'pod' in e && e.pod === pod;

/**
 * Runs single scheduled actions until `pod` ends the step `stop` completes. `log` is the list
 * the simulation's events are being appended to. Returns the pod's events seen meanwhile.
 */
export async function stepIssuance(
  sim: Simulation,
  log: readonly TimedEvent[],
  pod: string,
  stop: IssuanceStop,
): Promise<TimedEvent[]> {
  const until: readonly string[] = eventsEnding(stop);
  const seen: TimedEvent[] = [];
  for (let i = 0; i < MAX_STEP_ACTIONS; i++) {
    const from = log.length;
    if ((await sim.scheduler.runOne()) === undefined) break;
    const fresh = log.slice(from).filter((e) => isFor(e, pod));
    seen.push(...fresh);
    if (fresh.some((e) => until.includes(e.type))) break;
  }
  return seen;
}

/** The moments teaching mode pauses playback at, whichever pod they happen to. */
export const TEACHING_PAUSES: readonly TimedEvent['type'][] = [
  'cert.rotated',
  'cert.expired',
  'istiod.down',
  'istiod.up',
];

/**
 * Advances to `target`, stopping early on the first issuance step of the watched pod and, in
 * teaching mode, on a rotation, an expiry or an istiod change. Returns the event it stopped on,
 * or undefined when it reached `target`.
 */
export async function advanceWatched(
  sim: Simulation,
  log: readonly TimedEvent[],
  watch: string | undefined,
  target: number,
  teaching = false,
): Promise<TimedEvent | undefined> {
  if (watch === undefined && !teaching) {
    await sim.runUntil(target);
    return undefined;
  }
  const pauses: readonly string[] = PAUSE_EVENTS;
  const moments: readonly string[] = teaching ? TEACHING_PAUSES : [];
  const stops = (e: TimedEvent) =>
    moments.includes(e.type) || (watch !== undefined && isFor(e, watch) && pauses.includes(e.type));
  for (;;) {
    const next = sim.scheduler.nextAt();
    if (next === undefined || next > target) break;
    const from = log.length;
    await sim.scheduler.runOne();
    const hit = log.slice(from).find(stops);
    if (hit) return hit;
  }
  await sim.runUntil(target);
  return undefined;
}
