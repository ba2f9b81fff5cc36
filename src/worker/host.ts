import { stringify } from 'yaml';
import { type MeshConfig, REAL_ISTIO_DEFAULTS } from '../sim/config';
import type { TimedEvent } from '../sim/events';
import { MeshSimulation } from '../sim/mesh/mesh-simulation';
import type { AccessCell } from '../sim/mesh/types';
import { loadScenario } from '../sim/scenario/load';
import { snapshot } from '../sim/snapshot';
import { SpeedMeter } from './clock';
import { loadMeshBridge, type MeshBridge } from './mesh-bridge';
import { performOp } from './ops';
import type { Command, IssuanceEventType, PolicyView, Preset, Reply } from './protocol';
import { scheduleSteps } from './scenario-steps';

/** Longest wall time one playback tick may turn into simulated time (ms). */
const MAX_TICK_WALL_MS = 50;
const TICK_INTERVAL_MS = 16;
/** Events kept for one tick message at most (the store keeps a bounded log anyway). */
const MAX_EVENTS_PER_TICK = 2000;

/**
 * The engine's side of the worker: owns the simulated mesh and its clock, runs playback in its own
 * loop, and answers the UI's commands one at a time (commands never interleave with a tick).
 */
export class EngineHost {
  private sim?: MeshSimulation;
  private bridge: MeshBridge = {};
  private pending: TimedEvent[] = [];
  private playing = false;
  private speed = 1;
  private watch?: string;
  private lastWall = 0;
  private carry = 0;
  private meter = new SpeedMeter();
  private matrixDirty = true;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly post: (reply: Reply) => void) {}

  /** Handles one command; the caller serialises calls. */
  async handle(cmd: Command): Promise<void> {
    if (cmd.type === 'load') return this.load(cmd);
    const sim = this.sim;
    if (!sim) return;
    switch (cmd.type) {
      case 'op':
        try {
          const before = new Set(sim.cluster.pods.keys());
          const notes = await performOp(sim, cmd.op);
          const created = [...sim.cluster.pods.keys()].filter((k) => !before.has(k));
          this.matrixDirty = true;
          this.post({ type: 'result', id: cmd.id, ok: true, t: sim.now, notes, created });
        } catch (error) {
          this.post({ type: 'result', id: cmd.id, ok: false, error: (error as Error).message });
        }
        return this.emitTick();
      case 'play':
        this.speed = cmd.speed;
        this.setPlaying(true);
        return;
      case 'pause':
        this.setPlaying(false);
        return this.emitTick();
      case 'speed':
        this.speed = cmd.speed;
        return;
      case 'nextEvent': {
        const at = sim.scheduler.nextAt();
        if (at !== undefined) await sim.runUntil(at);
        return this.emitTick();
      }
      case 'advance':
        await sim.advance(cmd.ms);
        return this.emitTick();
      case 'watch':
        this.watch = cmd.pod;
        return;
      case 'stepIssuance':
        await this.stepIssuance(sim, cmd.pod, cmd.until);
        this.post({ type: 'result', id: cmd.id, ok: true, t: sim.now });
        return this.emitTick();
      default:
        return this.handleQuery(sim, cmd);
    }
  }

  private async handleQuery(sim: MeshSimulation, cmd: Command): Promise<void> {
    const { handleQuery } = await import('./queries');
    await handleQuery(sim, this.bridge, cmd, this.post);
    if (cmd.type === 'call' || cmd.type === 'attack') this.emitTick();
  }

  private async load(cmd: Extract<Command, { type: 'load' }>): Promise<void> {
    this.setPlaying(false);
    try {
      this.bridge = await loadMeshBridge();
      const scenario = loadScenario(cmd.yaml, cmd.file);
      const sim = await MeshSimulation.create(presetConfig(scenario.mesh, cmd.preset), {
        keepEvents: false,
      });
      this.pending = [];
      sim.on((event) => this.pending.push(event));
      sim.apply(scenario.resources);
      // As `svid run` does: the resources' pods get their identities before the first step.
      await sim.settle();
      scheduleSteps(sim, scenario);
      await sim.settle();
      for (const { t, op } of cmd.log) {
        await sim.runUntil(t);
        try {
          await performOp(sim, op);
        } catch {
          // Refused again on replay, exactly as it was refused the first time.
        }
      }
      if (cmd.until !== undefined) await sim.runUntil(cmd.until);
      this.sim = sim;
      this.matrixDirty = true;
      this.post({ type: 'result', id: cmd.id, ok: true, t: sim.now });
      await this.emitTick();
    } catch (error) {
      this.post({ type: 'result', id: cmd.id, ok: false, error: (error as Error).message });
    }
  }

  /** Runs single actions until the watched pod emits one of `until` (at most 50 actions). */
  private async stepIssuance(sim: MeshSimulation, pod: string, until: IssuanceEventType[]) {
    for (let i = 0; i < 50; i++) {
      const from = this.pending.length;
      if ((await sim.scheduler.runOne()) === undefined) return;
      const fresh = this.pending.slice(from);
      if (fresh.some((e) => isFor(e, pod, ['cert.installed']))) this.watch = undefined;
      if (fresh.some((e) => isFor(e, pod, until))) return;
    }
  }

  private setPlaying(playing: boolean): void {
    this.playing = playing;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.meter.reset();
    if (playing) {
      this.lastWall = performance.now();
      this.carry = 0;
      this.schedule();
    }
  }

  private schedule(): void {
    this.timer = setTimeout(() => enqueue(() => this.tick()), TICK_INTERVAL_MS);
  }

  private async tick(): Promise<void> {
    const sim = this.sim;
    if (!this.playing || !sim) return;
    const wall = performance.now();
    const dt = Math.min(wall - this.lastWall, MAX_TICK_WALL_MS);
    this.lastWall = wall;
    const exact = this.speed * dt + this.carry;
    const ms = Math.floor(exact);
    this.carry = exact - ms;
    const pausedOn = await this.advanceWatched(sim, sim.now + ms);
    if (pausedOn) this.setPlaying(false);
    await this.emitTick(pausedOn);
    if (this.playing) this.schedule();
  }

  /** Advances to `target`, stopping early on an issuance step of the watched pod. */
  private async advanceWatched(sim: MeshSimulation, target: number): Promise<string | undefined> {
    const watch = this.watch;
    if (!watch) {
      await sim.runUntil(target);
      return undefined;
    }
    for (;;) {
      const next = sim.scheduler.nextAt();
      if (next === undefined || next > target) break;
      const from = this.pending.length;
      await sim.scheduler.runOne();
      const hit = this.pending.slice(from).find((e) => isFor(e, watch, STEP_EVENTS));
      if (hit?.type === 'cert.installed') this.watch = undefined;
      if (hit) return hit.type;
    }
    await sim.runUntil(target);
    return undefined;
  }

  private async emitTick(pausedOn?: string): Promise<void> {
    const sim = this.sim;
    if (!sim) return;
    const events = this.pending.slice(-MAX_EVENTS_PER_TICK);
    this.pending = [];
    if (
      events.some(
        (e) => e.type === 'pod.started' || e.type === 'pod.deleted' || e.type.startsWith('cert.'),
      )
    )
      this.matrixDirty = true;
    let matrix: AccessCell[] | undefined;
    if (this.matrixDirty && this.bridge.accessMatrix) {
      this.matrixDirty = false;
      matrix = await this.bridge.accessMatrix(sim);
    }
    this.post({
      type: 'tick',
      snapshot: snapshot(sim),
      events,
      playing: this.playing,
      effectiveSpeed: this.playing ? this.meter.sample(performance.now(), sim.now) : 0,
      policies: policyViews(sim),
      ...(matrix ? { matrix } : {}),
      ...(pausedOn ? { pausedOn } : {}),
    });
  }
}

const STEP_EVENTS: IssuanceEventType[] = [
  'token.mounted',
  'csr.sent',
  'token.reviewed',
  'cert.installed',
  'csr.retry',
];

function isFor(e: TimedEvent, pod: string, types: string[]): boolean {
  return 'pod' in e && e.pod === pod && types.includes(e.type);
}

/** The scenario's mesh, or the same with real Istio's rotation and key settings. */
function presetConfig(mesh: MeshConfig, preset: Preset): MeshConfig {
  if (preset === 'lesson') return mesh;
  const { renewAt, renewJitter, keyAlgorithm, rootKeyAlgorithm } = REAL_ISTIO_DEFAULTS;
  return { ...mesh, renewAt, renewJitter, keyAlgorithm, rootKeyAlgorithm };
}

function policyViews(sim: MeshSimulation): PolicyView[] {
  return [...sim.policies.manifests.entries()].map(([key, manifest]) => {
    const [kind, namespace = '', name = ''] = key.split('/');
    return { kind: kind as PolicyView['kind'], namespace, name, yaml: stringify(manifest) };
  });
}

let queue: Promise<void> = Promise.resolve();

/** Serialises work: a command and a playback tick never interleave their awaits. */
export function enqueue(work: () => Promise<void>): void {
  queue = queue.then(work).catch((error: unknown) => {
    postMessage({ type: 'fatal', message: (error as Error)?.stack ?? String(error) });
  });
}
