import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TimedEvent } from '../sim/events';
import type { PodView } from '../sim/snapshot';
import type { LoggedOp, Reply, TrafficOp, UserOp } from './protocol';
import { EngineSession } from './session';
import { splitLog } from './split-log';

const HOUR = 3_600_000;
const yaml = readFileSync(
  join(import.meta.dirname, '..', '..', 'scenarios', 'lesson-cluster.yaml'),
  'utf8',
);

/** A worker session driven as the app drives it, recording what the UI would hold. */
class Driver {
  private replies: Reply[] = [];
  private session: EngineSession;
  /** The effective speed of the last tick. */
  effectiveSpeed = 0;
  private id = 1;
  readonly log: LoggedOp[] = [];
  pods = new Map<string, PodView>();
  events: TimedEvent[] = [];
  now = 0;

  /** `wall` stands in for performance.now(): a faster one plays a machine that cannot keep up. */
  constructor(wall?: () => number) {
    this.session = new EngineSession((reply) => this.replies.push(reply), wall);
  }

  async load(log: LoggedOp[], until?: number) {
    this.pods = new Map();
    this.events = [];
    await this.session.submit({
      type: 'load',
      id: this.id++,
      yaml,
      file: 'lesson-cluster.yaml',
      preset: 'lesson',
      log,
      ...(until === undefined ? {} : { until }),
    });
    const result = this.last('result');
    expect(result.ok).toBe(true);
    this.log.push(...log);
    return this.drain();
  }

  async advanceTo(t: number) {
    await this.session.submit({ type: 'advance', ms: t - this.now });
    return this.drain();
  }

  async perform(op: UserOp | TrafficOp) {
    const id = this.id++;
    if (op.kind === 'call') await this.session.submit({ type: 'call', id, call: op.call });
    else if (op.kind === 'attack')
      await this.session.submit({ type: 'attack', id, attack: op.attack });
    else await this.session.submit({ type: 'op', id, op });
    const reply = this.replies.find((r) => 'id' in r && r.id === id);
    const t = reply && 't' in reply ? reply.t : undefined;
    expect(t).toBeTypeOf('number');
    this.log.push({ t: t as number, op });
    return this.drain();
  }

  /** Replays `later` as the learner did: each at its own time, then on to `until`. */
  async forward(later: LoggedOp[], until: number) {
    for (const { t, op } of later) {
      await this.advanceTo(t);
      await this.perform(op);
    }
    await this.advanceTo(until);
  }

  /** Pauses, as the app does before a rewind, and waits for the background checkpoints. */
  async pauseAndBuild() {
    await this.session.submit({ type: 'pause' });
    this.drain();
    return this.session.checkpointsBuilt();
  }

  /** Plays at `speed` until the simulated clock has reached `t`, as the Play button does. */
  async playUntil(t: number, speed: number) {
    await this.session.submit({ type: 'play', speed });
    while (this.drain().now < t) await new Promise((resolve) => setTimeout(resolve, 20));
    return this;
  }

  /** The checkpoint the last load started from, if any. */
  rewoundFrom() {
    return this.session.rewoundFrom;
  }

  private last<T extends Reply['type']>(type: T) {
    const found = this.replies.filter((r) => r.type === type).pop();
    return found as Extract<Reply, { type: T }>;
  }

  private drain() {
    for (const r of this.replies) {
      if (r.type !== 'tick') continue;
      if (r.delta.reset) this.pods = new Map();
      for (const key of r.delta.gone) this.pods.delete(key);
      for (const pod of r.delta.pods) this.pods.set(pod.key, pod);
      this.events.push(...r.events);
      this.now = r.delta.now;
      this.effectiveSpeed = r.effectiveSpeed;
    }
    this.replies = [];
    return this;
  }

  /** Pod states as the Pod panel and the timeline show them. */
  podStates() {
    return [...this.pods.values()]
      .map((p) => ({
        key: p.key,
        uid: p.uid,
        ip: p.ip,
        spiffeId: p.spiffeId,
        stage: p.stage,
        rotations: p.rotations,
        cert: p.cert,
        trustBundle: p.trustBundle,
      }))
      .sort((a, b) => a.key.localeCompare(b.key));
  }

  eventTimes() {
    return this.events.map((e) => `${e.t} ${e.type} ${'pod' in e ? e.pod : ''}`);
  }
}

describe('rewind and replay', () => {
  it('a rewind straight out of playback starts from the checkpoint kept up beside it', async () => {
    const first = new Driver();
    await first.load([]);
    const start = first.now;
    await first.perform({
      kind: 'call',
      call: { from: 'production/order-1', to: 'production/payment-1', method: 'GET', path: '/' },
    });
    // Four days a second, to day 4 and a half: the trailing checkpoint stands at day 1 or, once
    // it has moved on, day 2 (half the session).
    await first.playUntil(start + 108 * HOUR, 345_600);
    const states = await (async () => {
      const t1 = start + 60 * HOUR;
      const [kept] = splitLog(first.log, t1);
      await first.load(kept, t1);
      return first.podStates();
    })();
    expect([start + 24 * HOUR, start + 48 * HOUR]).toContain(first.rewoundFrom());
    const fromStart = new Driver();
    await fromStart.load(first.log.slice(0, 1), start + 60 * HOUR);
    expect(fromStart.rewoundFrom()).toBeUndefined();
    expect(states).toEqual(fromStart.podStates());
  });

  it('playback that cannot keep up gets no checkpoint beside it, and says how fast it runs', async () => {
    // Wall time that runs ten times as fast: every tick looks over 100 ms long, more than a tick
    // may turn into simulated time, so playback falls behind the chosen speed.
    const began = performance.now();
    const first = new Driver(() => began + (performance.now() - began) * 10);
    await first.load([]);
    const start = first.now;
    await first.playUntil(start + 60 * HOUR, 345_600);
    expect(first.effectiveSpeed).toBeGreaterThan(0);
    expect(first.effectiveSpeed).toBeLessThan(345_600 * 0.9);
    const [kept] = splitLog(first.log, start + 48 * HOUR);
    await first.load(kept, start + 48 * HOUR);
    expect(first.rewoundFrom()).toBeUndefined();
  });

  it('rewinding to an earlier moment and going forward with the same ops gives the same mesh', async () => {
    const first = new Driver();
    await first.load([]);
    const start = first.now;
    await first.advanceTo(start + 2 * HOUR);
    await first.perform({ kind: 'restart', pod: 'production/order-1' });
    await first.advanceTo(start + 5 * HOUR);
    const call = {
      from: 'production/order-2',
      to: 'production/payment-1',
      method: 'GET',
      path: '/',
    };
    await first.perform({ kind: 'call', call });
    await first.advanceTo(start + 9 * HOUR);
    await first.perform({
      kind: 'attack',
      attack: {
        kind: 'forged-cert',
        from: 'default/legacy',
        to: 'production/payment-1',
        as: 'production/order-sa',
      },
    });
    await first.perform({ kind: 'scale', namespace: 'production', name: 'order', replicas: 3 });
    await first.advanceTo(start + 20 * HOUR);
    await first.perform({ kind: 'call', call });
    const end = start + 40 * HOUR;
    await first.advanceTo(end);
    const states = first.podStates();
    const events = first.eventTimes();
    // The run did what it says: renewals, the new replica, the calls and the attack.
    expect(states.map((p) => p.key)).toContain('production/order-3');
    expect(states.every((p) => p.cert && p.rotations >= 1)).toBe(true);
    expect(first.events.filter((e) => e.type === 'call')).toHaveLength(2);
    expect(first.events.filter((e) => e.type === 'attack')).toHaveLength(1);

    const t1 = start + 6 * HOUR;
    const [kept, later] = splitLog(first.log, t1);
    expect(kept.map((e) => e.op.kind)).toEqual(['restart', 'call']);
    const second = new Driver();
    await second.load(kept, t1);
    expect(second.now).toBe(t1);
    // The moment shown is the one the first run passed through: order-1 restarted, no order-3.
    expect(second.podStates().map((p) => p.key)).not.toContain('production/order-3');
    expect(second.eventTimes()).toEqual(events.filter((e) => Number(e.split(' ')[0]) <= t1));
    await second.forward(later, end);
    expect(second.podStates()).toEqual(states);
    expect(second.eventTimes()).toEqual(events);
  });

  it('a reload of the whole log lands on the same mesh, calls and attacks included', async () => {
    const first = new Driver();
    await first.load([]);
    const start = first.now;
    await first.advanceTo(start + 3 * HOUR);
    await first.perform({
      kind: 'call',
      call: { from: 'default/legacy', to: 'production/payment-1', method: 'GET', path: '/' },
    });
    await first.perform({
      kind: 'attack',
      attack: {
        kind: 'forged-cert',
        from: 'default/legacy',
        to: 'production/payment-1',
        as: 'production/pay-sa',
      },
    });
    await first.perform({ kind: 'restart', pod: 'production/payment-1' });
    await first.advanceTo(start + 30 * HOUR);
    const again = new Driver();
    await again.load(first.log, start + 30 * HOUR);
    expect(again.podStates()).toEqual(first.podStates());
    expect(again.eventTimes()).toEqual(first.eventTimes());
  });

  it('a rewind from a background checkpoint lands on the same mesh as a replay from the start', async () => {
    const first = new Driver();
    await first.load([]);
    const start = first.now;
    const call = {
      from: 'production/order-1',
      to: 'production/payment-1',
      method: 'GET',
      path: '/',
    };
    for (let h = 6; h <= 72; h += 6) {
      await first.advanceTo(start + h * HOUR);
      await first.perform({ kind: 'call', call });
    }
    await first.advanceTo(start + 80 * HOUR);
    // Three days and more: checkpoints at the ends of days one, two and three.
    expect(await first.pauseAndBuild()).toBe(3);
    const t1 = start + 62 * HOUR;
    const [kept] = splitLog(first.log, t1);
    await first.load(kept, t1);
    expect(first.rewoundFrom()).toBe(start + 48 * HOUR);
    const fresh = new Driver();
    await fresh.load(kept, t1);
    expect(fresh.rewoundFrom()).toBeUndefined();
    expect(first.now).toBe(t1);
    expect(first.podStates()).toEqual(fresh.podStates());
    expect(first.eventTimes()).toEqual(fresh.eventTimes());
    expect(first.events.filter((e) => e.type === 'call')).toHaveLength(10);
  });

  it('a checkpoint serves no rewind whose log differs before its moment', async () => {
    const first = new Driver();
    await first.load([]);
    const start = first.now;
    await first.advanceTo(start + 30 * HOUR);
    await first.perform({ kind: 'restart', pod: 'production/order-1' });
    await first.advanceTo(start + 50 * HOUR);
    expect(await first.pauseAndBuild()).toBe(2);
    // The same moment, but without the restart: no checkpoint after it may be used.
    await first.load([], start + 49 * HOUR);
    expect(first.rewoundFrom()).toBe(start + 24 * HOUR);
    const fresh = new Driver();
    await fresh.load([], start + 49 * HOUR);
    expect(first.podStates()).toEqual(fresh.podStates());
  });
});
