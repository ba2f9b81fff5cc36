import type { TimedEvent } from '../sim/events';
import type { Simulation } from '../sim/simulation';
import type { MeshSnapshot, PodView } from '../sim/snapshot';
import { podMark, podView, snapshot } from '../sim/snapshot';

const HOUR_MS = 3_600_000;

/** What changed since the previous frame: the UI merges it into what it already holds. */
export interface MeshDelta {
  now: number;
  nextAt?: number;
  /** CSRs istiod received in the last simulated hour (its load). */
  csrPerHour: number;
  /** The mesh apart from pods and time, only when it changed. */
  mesh?: MeshSnapshot;
  /** New and changed pods (every pod when `reset`). */
  pods: PodView[];
  /** Keys of pods that are gone. */
  gone: string[];
  /** The pods replace everything held before (a new sandbox). */
  reset?: boolean;
}

/**
 * Remembers what the UI was last sent, so each frame carries only the pods whose light record
 * changed (a mark per pod) and the mesh's shape only when it changed.
 */
export class DeltaTracker {
  private marks = new Map<string, string>();
  private shape = '';
  private fresh = true;
  /** Simulated times of the CSRs of the last hour, oldest first. */
  private csrs: number[] = [];

  /** The next delta sends everything (a new simulation). */
  reset(): void {
    this.marks = new Map();
    this.shape = '';
    this.fresh = true;
    this.csrs = [];
  }

  /** Counts the CSRs among the events since the previous frame (all of them, before any cap). */
  observe(events: readonly TimedEvent[]): void {
    for (const e of events) if (e.type === 'csr.sent') this.csrs.push(e.t);
  }

  next(sim: Simulation): MeshDelta {
    const snap = snapshot(sim);
    const { now, nextAt, ...rest } = snap;
    const shape = JSON.stringify(rest);
    const pods: PodView[] = [];
    const marks = new Map<string, string>();
    for (const pod of sim.cluster.pods.values()) {
      const mark = podMark(sim, pod);
      marks.set(pod.key, mark);
      if (this.marks.get(pod.key) !== mark) pods.push(podView(sim, pod));
    }
    const gone = [...this.marks.keys()].filter((key) => !marks.has(key));
    const hourAgo = now - HOUR_MS;
    let old = 0;
    while (old < this.csrs.length && (this.csrs[old] ?? 0) <= hourAgo) old++;
    if (old > 0) this.csrs = this.csrs.slice(old);
    const delta: MeshDelta = { now, pods, gone, csrPerHour: this.csrs.length };
    if (nextAt !== undefined) delta.nextAt = nextAt;
    if (shape !== this.shape) delta.mesh = snap;
    if (this.fresh) delta.reset = true;
    this.marks = marks;
    this.shape = shape;
    this.fresh = false;
    return delta;
  }
}
