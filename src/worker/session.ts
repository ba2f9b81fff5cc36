import { stringify } from 'yaml';
import { type MeshConfig, REAL_ISTIO_DEFAULTS } from '../sim/config';
import type { TimedEvent } from '../sim/events';
import { MeshSimulation } from '../sim/mesh/mesh-simulation';
import type { AccessCell, CallRecord } from '../sim/mesh/types';
import { loadScenario } from '../sim/scenario/load';
import {
  bestCheckpoint,
  CHECKPOINT_EVENTS,
  CHECKPOINTS_KEPT,
  type Checkpoint,
  checkpointTimes,
  logUpTo,
  scenarioKey,
  trailTime,
} from './checkpoints';
import { PlaybackClock, SpeedMeter } from './clock';
import { DeltaTracker, type MeshDelta } from './delta';
import { loadMeshBridge, type MeshBridge } from './mesh-bridge';
import { performOp } from './ops';
import type { Command, LoggedOp, PolicyView, Preset, Reply } from './protocol';
import { replayLog } from './rewind';
import { scheduleSteps } from './scenario-steps';
import { advanceWatched, stepIssuance } from './stepping';

const TICK_INTERVAL_MS = 16;
/** Simulated time a background checkpoint replays between two looks at the command queue. */
const CHECKPOINT_SLICE_MS = 3_600_000;
/**
 * A checkpoint beside playback starts only while playback runs at this share of the chosen speed
 * or more, and is given up when playback falls below TRAIL_STOP_BELOW (a renewal wave dips
 * briefly in between). When the engine cannot keep up, playback comes first, and checkpoints are
 * built when it pauses.
 */
const TRAIL_START_AT = 0.9;
const TRAIL_STOP_BELOW = 0.5;
/** Wall time the effective speed must have been measured over before it is trusted (ms). */
const TRAIL_MEASURED_MS = 750;
/** Events kept for one tick message at most (the store keeps a bounded log anyway). */
const MAX_EVENTS_PER_TICK = 2000;

/** The scenario a session's sandbox is built from: its key, text, file name and preset. */
interface SessionScenario {
  key: string;
  yaml: string;
  file: string;
  preset: Preset;
}

/**
 * One engine session in the worker: owns the MeshSimulation and its clock, runs playback in its own
 * loop, and answers the UI's commands strictly one at a time (a command and a playback tick never
 * interleave their awaits). Everything it says goes through `post`.
 */
export class EngineSession {
  private sim?: MeshSimulation;
  private mesh?: MeshBridge;
  private pending: TimedEvent[] = [];
  private playing = false;
  private speed = 1;
  private watch?: string;
  private teaching = false;
  private clock = new PlaybackClock();
  private meter = new SpeedMeter();
  /** The effective speed last posted, in simulated ms per wall ms. */
  private effective = 0;
  private matrixDirty = true;
  private deltas = new DeltaTracker();
  /** The manifests whose views were last posted (compared by identity). */
  private sentPolicies?: unknown[];
  private timer?: ReturnType<typeof setTimeout>;
  private queue: Promise<void> = Promise.resolve();
  /** The scenario the live sandbox was built from, and the log it has applied since. */
  private scenario?: SessionScenario;
  private log: LoggedOp[] = [];
  private checkpoints: Checkpoint[] = [];
  /** The background build of checkpoints under way, if any; bumped to stop it. */
  private building?: Promise<void>;
  /** The build under way is the one kept up beside playback. */
  private beside = false;
  private buildRun = 0;

  constructor(
    private readonly post: (reply: Reply) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Queues a command behind everything received before it. */
  submit(cmd: Command): Promise<void> {
    return this.enqueue(() => this.handle(cmd));
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(work).catch((error: unknown) => {
      this.setPlaying(false);
      this.post({ type: 'fatal', message: (error as Error)?.stack ?? String(error) });
    });
    return this.queue;
  }

  private async handle(cmd: Command): Promise<void> {
    if (cmd.type === 'load') return this.load(cmd);
    if (cmd.type === 'sync') return this.post({ type: 'result', id: cmd.id, ok: true });
    const sim = this.sim;
    const mesh = this.mesh;
    if (!sim || !mesh) {
      if ('id' in cmd)
        this.post({ type: 'result', id: cmd.id, ok: false, error: 'no scenario is loaded' });
      return;
    }
    switch (cmd.type) {
      case 'op':
        try {
          const before = new Set(sim.cluster.pods.keys());
          const notes = await performOp(sim, cmd.op);
          const created = [...sim.cluster.pods.keys()].filter((k) => !before.has(k));
          this.log.push({ t: sim.now, op: cmd.op });
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
        this.buildCheckpoints();
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
      case 'teaching':
        this.teaching = cmd.on;
        return;
      case 'stepIssuance': {
        const seen = await stepIssuance(sim, this.pending, cmd.pod, cmd.until);
        if (this.watch === cmd.pod && seen.some((e) => e.type === 'cert.installed'))
          this.watch = undefined;
        this.post({ type: 'result', id: cmd.id, ok: true, t: sim.now });
        return this.emitTick();
      }
      default: {
        // Loaded on first use: certificate rendering and policy checks stay off the start.
        const { handleQuery } = await import('./queries');
        await handleQuery(sim, mesh, cmd, (reply) => {
          // A call or attack that ran is in the log, as the app records it.
          if (reply.type === 'call' && reply.record && cmd.type === 'call')
            this.log.push({ t: reply.record.t, op: { kind: 'call', call: cmd.call } });
          if (reply.type === 'attack' && reply.t !== undefined && cmd.type === 'attack')
            this.log.push({ t: reply.t, op: { kind: 'attack', attack: cmd.attack } });
          this.post(reply);
        });
        if (cmd.type === 'call' || cmd.type === 'attack') await this.emitTick();
      }
    }
  }

  private async load(cmd: Extract<Command, { type: 'load' }>): Promise<void> {
    this.setPlaying(false);
    // The checkpoint kept up during playback moves on a day at a time: let it arrive.
    if (this.beside) await this.building;
    this.stopBuilding();
    try {
      this.mesh = await loadMeshBridge();
      const key = scenarioKey(cmd.file, cmd.preset, cmd.yaml);
      // A rewind starts from the latest checkpoint it can, and replays only what follows it.
      const from =
        cmd.until === undefined
          ? undefined
          : bestCheckpoint(this.checkpoints, key, cmd.log, cmd.until);
      let sim: MeshSimulation;
      let calls: CallRecord[] = [];
      let rest: readonly LoggedOp[] = cmd.log;
      this.rewoundFrom = from?.t;
      if (from) {
        this.checkpoints = this.checkpoints.filter((c) => c !== from);
        sim = from.sim;
        calls = from.calls;
        rest = cmd.log.filter((e) => e.t > from.t);
        this.pending = from.events;
        this.live = sim;
      } else {
        this.pending = [];
        // On a first load the screen is empty: draw the pods at once, before a workshop mesh's
        // hundreds of certificates are signed. Its events wait for the first real tick.
        sim = await this.sandbox(cmd.yaml, cmd.file, cmd.preset, (built) => {
          if (!this.sim) this.postPreview(new DeltaTracker().next(built));
        });
      }
      calls = [...calls, ...(await replayLog(sim, this.mesh, rest))];
      if (cmd.until !== undefined) await sim.runUntil(cmd.until);
      this.sim = sim;
      this.scenario = { key, yaml: cmd.yaml, file: cmd.file, preset: cmd.preset };
      this.log = [...cmd.log];
      this.matrixDirty = true;
      this.deltas.reset();
      this.sentPolicies = undefined;
      this.post({ type: 'result', id: cmd.id, ok: true, t: sim.now, calls: calls.slice(-100) });
      await this.emitTick();
      this.buildCheckpoints();
    } catch (error) {
      // The previous simulation (if any) carries on untouched; say it is paused.
      this.post({ type: 'result', id: cmd.id, ok: false, error: (error as Error).message });
      this.live = this.sim;
      this.pending = [];
      // Take back a preview of the refused scenario's pods, when nothing ran before it.
      if (!this.sim) this.postPreview({ now: 0, pods: [], gone: [], csrPerHour: 0, reset: true });
      await this.emitTick();
    }
  }

  /** The sandbox whose events go to the app; a checkpoint's go to the checkpoint. */
  private live?: MeshSimulation;

  /**
   * A scenario's sandbox, as `svid run` builds it: its resources applied and their pods given
   * their identities, then its steps scheduled. `applied` sees it before the first signature.
   * Its events go to the app, or into `events` for a checkpoint.
   */
  private async sandbox(
    yaml: string,
    file: string,
    preset: Preset,
    applied: (sim: MeshSimulation) => void,
    events?: TimedEvent[],
  ): Promise<MeshSimulation> {
    const scenario = loadScenario(yaml, file);
    const sim = await MeshSimulation.create(presetConfig(scenario.mesh, preset), {
      keepEvents: false,
    });
    sim.on((event) => {
      if (sim === this.live) this.pending.push(event);
      else if (events) {
        events.push(event);
        if (events.length > CHECKPOINT_EVENTS * 2) events.splice(0, CHECKPOINT_EVENTS);
      }
    });
    if (!events) this.live = sim;
    sim.apply(scenario.resources);
    applied(sim);
    await sim.settle();
    scheduleSteps(sim, scenario);
    await sim.settle();
    return sim;
  }

  /** Stops a background build of checkpoints (a new sandbox or playback needs the machine). */
  private stopBuilding(): void {
    this.buildRun++;
    this.building = undefined;
  }

  /**
   * Builds, in the background and a simulated hour at a time between commands, the checkpoints
   * the session lacks: the same scenario and log replayed to a quarter, a half, three quarters
   * and all of the time it has reached.
   */
  private buildCheckpoints(): void {
    const sim = this.sim;
    const scenario = this.scenario;
    if (!sim || !scenario || this.playing || this.building) return;
    const log = [...this.log];
    const wanted = checkpointTimes(sim.config.start, sim.now).filter(
      (t) =>
        !this.checkpoints.some(
          (c) => c.scenario === scenario.key && c.t === t && c.log === logUpTo(log, t),
        ),
    );
    if (wanted.length === 0) return;
    this.background(async (current) => {
      for (const t of wanted) {
        const fresh = await this.freshCheckpoint(scenario);
        if (!(await this.replayTo(fresh.sim, log, -Infinity, t, fresh.calls, current))) return;
        this.keep({ ...fresh, t, log: logUpTo(log, t) });
      }
    }, false);
  }

  /**
   * During playback, keeps one checkpoint trailing the session at half its length, moved on a
   * day at a time from where it stands. The replay shares the worker with playback, so it starts
   * only while playback keeps up (a mesh too large for the chosen speed gets its checkpoints when
   * paused). A rewind straight out of playback then replays at most half of the session.
   */
  private trailCheckpoint(): void {
    const sim = this.sim;
    const scenario = this.scenario;
    if (!sim || !scenario || this.building || !this.keepingUp(TRAIL_START_AT)) return;
    const t = trailTime(sim.config.start, sim.now);
    if (t === undefined) return;
    const log = [...this.log];
    const usable = this.checkpoints.filter(
      (c) => c.scenario === scenario.key && c.t <= t && c.log === logUpTo(log, c.t),
    );
    if (usable.some((c) => c.t === t)) return;
    const from = usable.sort((a, b) => b.t - a.t)[0];
    this.background(async (current) => {
      if (from) this.checkpoints = this.checkpoints.filter((c) => c !== from);
      const checkpoint = from ?? (await this.freshCheckpoint(scenario));
      const calls = [...checkpoint.calls];
      if (!(await this.replayTo(checkpoint.sim, log, from?.t ?? -Infinity, t, calls, current)))
        return;
      this.keep({ ...checkpoint, t, log: logUpTo(log, t), calls: calls.slice(-100) });
    }, true);
  }

  /**
   * Playback is paused, or has run at `share` of the chosen speed or more over most of the last
   * second: there is time for a checkpoint beside it.
   */
  private keepingUp(share: number): boolean {
    if (!this.playing) return true;
    return this.meter.span >= TRAIL_MEASURED_MS && this.effective >= this.speed * share;
  }

  /** A checkpoint at the scenario's start: its sandbox built, nothing of the log replayed yet. */
  private async freshCheckpoint(scenario: SessionScenario): Promise<Checkpoint> {
    const events: TimedEvent[] = [];
    const sim = await this.sandbox(scenario.yaml, scenario.file, scenario.preset, () => {}, events);
    return { scenario: scenario.key, t: sim.now, log: '', sim, events, calls: [] };
  }

  /**
   * Runs a background build of checkpoints; `current` turns false when it should stop (a new
   * sandbox; playback starting, when the build is not one that runs beside it; playback falling
   * behind, when it is).
   */
  private background(
    build: (current: () => boolean) => Promise<void>,
    duringPlayback: boolean,
  ): void {
    const run = ++this.buildRun;
    const current = () =>
      run === this.buildRun && (duringPlayback ? this.keepingUp(TRAIL_STOP_BELOW) : !this.playing);
    this.beside = duringPlayback;
    this.building = build(current)
      // A checkpoint that cannot be built is not kept; a rewind then replays from the start.
      .catch(() => undefined)
      .finally(() => {
        if (run === this.buildRun) this.building = undefined;
      });
  }

  /** Keeps a built checkpoint, the oldest going when there are too many. */
  private keep(checkpoint: Checkpoint): void {
    this.checkpoints = [...this.checkpoints.slice(-(CHECKPOINTS_KEPT - 1)), checkpoint];
  }

  /**
   * Replays the entries of `log` after `after` and up to `t` into a checkpoint's sandbox and runs
   * it to `t`, a simulated hour at a time between looks at the command queue. False when told to
   * stop.
   */
  private async replayTo(
    built: MeshSimulation,
    log: readonly LoggedOp[],
    after: number,
    t: number,
    calls: CallRecord[],
    current: () => boolean,
  ): Promise<boolean> {
    const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
    for (const entry of log.filter((e) => e.t > after && e.t <= t)) {
      while (built.now + CHECKPOINT_SLICE_MS < entry.t) {
        if (!current()) return false;
        await built.runUntil(built.now + CHECKPOINT_SLICE_MS);
        await pause();
      }
      if (!current() || !this.mesh) return false;
      calls.push(...(await replayLog(built, this.mesh, [entry])));
    }
    while (built.now < t) {
      if (!current()) return false;
      await built.runUntil(Math.min(t, built.now + CHECKPOINT_SLICE_MS));
      await pause();
    }
    return current();
  }

  /** The checkpoint the last load started from, if it started from one: for tests and benches. */
  rewoundFrom?: number;

  /** Resolves when the background build of checkpoints (if any) has ended: for tests. */
  async checkpointsBuilt(): Promise<number> {
    await this.building;
    return this.checkpoints.length;
  }

  /** A frame of a sandbox still being built: its pods, no events, the clock stopped. */
  private postPreview(delta: MeshDelta): void {
    this.post({ type: 'tick', delta, events: [], playing: false, effectiveSpeed: 0 });
  }

  private setPlaying(playing: boolean): void {
    this.playing = playing;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.meter.reset();
    if (playing) {
      this.clock.start(this.now());
      this.schedule();
    }
  }

  /**
   * The next tick comes TICK_INTERVAL_MS after the last one began, not after it ended: a tick
   * that took most of the interval (a renewal wave's crypto) leaves no idle wait behind it, so
   * the clock keeps up until the engine itself cannot.
   */
  private schedule(began = this.now()): void {
    const wait = Math.max(0, TICK_INTERVAL_MS - (this.now() - began));
    this.timer = setTimeout(() => void this.enqueue(() => this.tick()), wait);
  }

  private async tick(): Promise<void> {
    const sim = this.sim;
    if (!this.playing || !sim) return;
    const began = this.now();
    const ms = this.clock.advance(began, this.speed);
    const hit = await advanceWatched(sim, this.pending, this.watch, sim.now + ms, this.teaching);
    if (hit?.type === 'cert.installed') this.watch = undefined;
    if (hit) this.setPlaying(false);
    await this.emitTick(hit?.type);
    if (this.playing) {
      this.trailCheckpoint();
      this.schedule(began);
    }
  }

  private async emitTick(pausedOn?: string): Promise<void> {
    const sim = this.sim;
    const mesh = this.mesh;
    if (!sim || !mesh) return;
    this.deltas.observe(this.pending);
    const events = this.pending.slice(-MAX_EVENTS_PER_TICK);
    this.pending = [];
    if (
      events.some(
        (e) => e.type === 'pod.started' || e.type === 'pod.deleted' || e.type.startsWith('cert.'),
      )
    )
      this.matrixDirty = true;
    let matrix: AccessCell[] | undefined;
    if (this.matrixDirty) {
      this.matrixDirty = false;
      matrix = await mesh.accessMatrix(sim);
    }
    const manifests = [...sim.policies.manifests.values()];
    const policiesChanged =
      manifests.length !== this.sentPolicies?.length ||
      manifests.some((m, i) => m !== this.sentPolicies?.[i]);
    if (policiesChanged) this.sentPolicies = manifests;
    this.effective = this.playing ? this.meter.sample(this.now(), sim.now) : 0;
    this.post({
      type: 'tick',
      delta: this.deltas.next(sim),
      events,
      playing: this.playing,
      effectiveSpeed: this.effective,
      ...(policiesChanged ? { policies: policyViews(sim) } : {}),
      ...(matrix ? { matrix } : {}),
      ...(pausedOn ? { pausedOn } : {}),
    });
  }
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
