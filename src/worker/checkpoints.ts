import type { TimedEvent } from '../sim/events';
import type { MeshSimulation } from '../sim/mesh/mesh-simulation';
import type { CallRecord } from '../sim/mesh/types';
import type { LoggedOp } from './protocol';

const DAY = 86_400_000;
/** Checkpoints kept at most; the oldest built goes first. */
export const CHECKPOINTS_KEPT = 6;
/** Events a checkpoint keeps for the first frame after a rewind (as many as one tick posts). */
export const CHECKPOINT_EVENTS = 2000;

/**
 * The sandbox replayed in the background to a moment of the session and left there, so that a
 * rewind to a later moment replays only from it. Replaying is deterministic: the checkpoint is
 * what a replay from the scenario's start would have reached, key material aside.
 */
export interface Checkpoint {
  /** The scenario (file, preset and text) it was built from. */
  scenario: string;
  t: number;
  /** The log entries it replayed (those at or before `t`), as canonical text. */
  log: string;
  sim: MeshSimulation;
  /** What the replay emitted, for the rewind's first frame. */
  events: TimedEvent[];
  /** The records of the calls it replayed, for the mesh's call edges. */
  calls: CallRecord[];
}

/** A scenario's identity: a checkpoint serves only the scenario it was built from. */
export const scenarioKey = (file: string, preset: string, yaml: string) =>
  `${file}\n${preset}\n${yaml}`;

/** The log entries at or before `t`, as text that compares equal when the entries are equal. */
export function logUpTo(log: readonly LoggedOp[], t: number): string {
  return JSON.stringify(log.filter((e) => e.t <= t));
}

/**
 * The checkpoint a rewind to `until` can start from: the latest one of the same scenario, at or
 * before `until`, that replayed exactly the entries the rewind keeps up to its moment.
 */
export function bestCheckpoint(
  checkpoints: readonly Checkpoint[],
  scenario: string,
  log: readonly LoggedOp[],
  until: number,
): Checkpoint | undefined {
  let best: Checkpoint | undefined;
  for (const c of checkpoints) {
    if (c.scenario !== scenario || c.t > until || (best && best.t >= c.t)) continue;
    if (c.log === logUpTo(log, c.t)) best = c;
  }
  return best;
}

/**
 * The moments worth a checkpoint in a session that has reached `now`: whole simulated days at a
 * quarter, a half, three quarters and all of it, so a rewind replays at most a quarter of the
 * session (and under a day when it is shorter than four).
 */
export function checkpointTimes(start: number, now: number): number[] {
  const days = Math.floor((now - start) / DAY);
  const picks = [days / 4, days / 2, (days * 3) / 4, days].map(Math.floor);
  return [...new Set(picks)].filter((d) => d >= 1).map((d) => start + d * DAY);
}

/**
 * Where the checkpoint kept up during playback stands in a session that has reached `now`: the
 * whole simulated day at half of it, once the session is two days long.
 */
export function trailTime(start: number, now: number): number | undefined {
  const half = Math.floor(Math.floor((now - start) / DAY) / 2);
  return half >= 1 ? start + half * DAY : undefined;
}
