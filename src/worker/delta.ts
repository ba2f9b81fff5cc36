import type { Simulation } from '../sim/simulation';
import type { MeshSnapshot, PodView } from '../sim/snapshot';
import { podMark, podView, snapshot } from '../sim/snapshot';

/** What changed since the previous frame: the UI merges it into what it already holds. */
export interface MeshDelta {
  now: number;
  nextAt?: number;
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

  /** The next delta sends everything (a new simulation). */
  reset(): void {
    this.marks = new Map();
    this.shape = '';
    this.fresh = true;
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
    const delta: MeshDelta = { now, pods, gone };
    if (nextAt !== undefined) delta.nextAt = nextAt;
    if (shape !== this.shape) delta.mesh = snap;
    if (this.fresh) delta.reset = true;
    this.marks = marks;
    this.shape = shape;
    this.fresh = false;
    return delta;
  }
}
