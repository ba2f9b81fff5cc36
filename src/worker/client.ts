import type { IssuanceStop } from '../sim/issuance';
import type { CallRecord } from '../sim/mesh/types';
import type {
  AttackCommand,
  CallRequest,
  Command,
  PodDetail,
  PolicyProblem,
  Reply,
  Tick,
  UserOp,
} from './protocol';

type Pending = (reply: Reply) => void;
type OpReply = Extract<Reply, { type: 'result' }>;

/** Result of a command that changes the mesh. */
export interface OpResult {
  ok: boolean;
  created?: string[];
  error?: string;
  t?: number;
  notes?: string[];
  calls?: CallRecord[];
}

/**
 * The main thread's handle on the engine worker: typed commands, promises for replies, and a
 * callback for every tick. Nothing here touches cryptography.
 */
export class EngineClient {
  private worker: Worker;
  private nextId = 1;
  private waiting = new Map<number, Pending>();
  private ticks: Tick[] = [];
  private frame?: number;

  /**
   * `onTicks` gets the frames that arrived since the last animation frame, together: when the
   * main thread falls behind the worker, frames are merged instead of queueing up. A reply is
   * only delivered once every frame posted before it is in.
   */
  constructor(onTicks: (ticks: Tick[]) => void, onFatal: (message: string) => void) {
    this.worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
    const flush = () => {
      if (this.frame !== undefined) cancelAnimationFrame(this.frame);
      this.frame = undefined;
      const ticks = this.ticks;
      this.ticks = [];
      if (ticks.length > 0) onTicks(ticks);
    };
    this.worker.addEventListener('message', (event: MessageEvent<Reply>) => {
      const reply = event.data;
      if (reply.type === 'tick') {
        this.ticks.push(reply);
        this.frame ??= requestAnimationFrame(flush);
        return;
      }
      flush();
      if (reply.type === 'fatal') return onFatal(reply.message);
      const done = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      done?.(reply);
    });
    this.worker.addEventListener('error', (event) => onFatal(event.message || 'worker failed'));
  }

  /** Sends a command that needs no answer. */
  send(
    cmd: Extract<
      Command,
      { type: 'play' | 'pause' | 'speed' | 'nextEvent' | 'advance' | 'watch' | 'teaching' }
    >,
  ) {
    this.worker.postMessage(cmd);
  }

  private ask<R extends Reply>(make: (id: number) => Command): Promise<R> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (reply) => resolve(reply as R));
      this.worker.postMessage(make(id));
    });
  }

  load(args: Omit<Extract<Command, { type: 'load' }>, 'type' | 'id'>): Promise<OpResult> {
    return this.ask<OpReply>((id) => ({ type: 'load', id, ...args }));
  }

  op(op: UserOp): Promise<OpResult> {
    return this.ask<OpReply>((id) => ({ type: 'op', id, op }));
  }

  /** Resolves once the worker has handled every command sent before (and posted their ticks). */
  async sync(): Promise<void> {
    await this.ask<OpReply>((id) => ({ type: 'sync', id }));
  }

  stepIssuance(pod: string, until: IssuanceStop): Promise<OpResult> {
    return this.ask<OpReply>((id) => ({ type: 'stepIssuance', id, pod, until }));
  }

  async detail(pod: string): Promise<PodDetail> {
    const reply = await this.ask<Extract<Reply, { type: 'detail' }>>((id) => ({
      type: 'detail',
      id,
      pod,
    }));
    if (!reply.detail) throw new Error(reply.error ?? 'no detail');
    return reply.detail;
  }

  async call(call: CallRequest): Promise<CallRecord> {
    const reply = await this.ask<Extract<Reply, { type: 'call' }>>((id) => ({
      type: 'call',
      id,
      call,
    }));
    if (!reply.record) throw new Error(reply.error ?? 'call failed');
    return reply.record;
  }

  async checkPolicies(yaml: string): Promise<PolicyProblem[]> {
    const reply = await this.ask<Extract<Reply, { type: 'policyCheck' }>>((id) => ({
      type: 'checkPolicies',
      id,
      yaml,
    }));
    return reply.problems;
  }

  /** Runs one attack; its `attack` event arrives with the next tick. */
  async attack(attack: AttackCommand) {
    const reply = await this.ask<Extract<Reply, { type: 'attack' }>>((id) => ({
      type: 'attack',
      id,
      attack,
    }));
    if (!reply.outcome) throw new Error(reply.error ?? 'attack failed');
    return { ...reply.outcome, t: reply.t };
  }

  /** The sandbox as kubectl-ready manifests, and the commands to observe it on a real mesh. */
  async exportSandbox(): Promise<{ yaml: string; commands: string[] }> {
    const reply = await this.ask<Extract<Reply, { type: 'export' }>>((id) => ({
      type: 'export',
      id,
    }));
    return { yaml: reply.yaml, commands: reply.commands };
  }
}
