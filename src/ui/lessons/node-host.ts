/**
 * A LessonHost over a Simulation in the same process (tests): the worker's commands done
 * directly, so the player's logic runs against the real engine without a browser.
 */

import { parseAllDocuments } from 'yaml';
import type { TimedEvent } from '../../sim/events';
import { performAttack } from '../../sim/mesh/attacks';
import { performCall } from '../../sim/mesh/call';
import { MeshSimulation } from '../../sim/mesh/mesh-simulation';
import { loadScenario } from '../../sim/scenario/load';
import type { AttackSpec, CallSpec } from '../../sim/scenario/types';
import type { UserOp } from '../../worker/protocol';
import type { LessonHost } from './host';

/** The host, its event log and what the player selected. */
export interface NodeHost extends LessonHost {
  events: TimedEvent[];
  selected: { pod?: string; tab?: string }[];
  sim(): MeshSimulation;
}

/** Creates a host whose engine runs in this process. */
export function nodeHost(): NodeHost {
  let sim: MeshSimulation | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const events: TimedEvent[] = [];
  const selected: { pod?: string; tab?: string }[] = [];
  const need = () => {
    if (!sim) throw new Error('no stage loaded');
    return sim;
  };
  // Commands run in order, as the worker's queue runs them.
  const run = <T>(work: () => Promise<T> | T): Promise<T> => {
    const next = queue.then(work);
    queue = next.catch(() => {});
    return next;
  };
  return {
    events,
    selected,
    sim: need,
    loadStage: (name, yaml) =>
      run(async () => {
        const scenario = loadScenario(yaml, `${name}.yaml`);
        sim = await MeshSimulation.create(scenario.mesh, { keepEvents: false });
        events.length = 0;
        sim.on((e) => events.push(e));
        sim.apply(scenario.resources);
        await sim.settle();
        return { ok: true };
      }),
    op: (op) =>
      run(() => {
        try {
          perform(need(), op);
          return { ok: true };
        } catch (error) {
          return { ok: false, error: (error as Error).message };
        }
      }),
    advance: (ms) => void run(() => need().advance(ms)),
    call: (call) =>
      run(() => performCall(need(), { ...call, port: 8080, headers: {} } as CallSpec)),
    attack: (attack) =>
      run(() =>
        performAttack(need(), {
          method: 'GET',
          path: '/',
          port: 8080,
          ...attack,
        } as AttackSpec),
      ),
    stepIssuance: (pod, until) =>
      run(async () => {
        const s = need();
        for (let i = 0; i < 50; i++) {
          const from = events.length;
          if ((await s.scheduler.runOne()) === undefined) return;
          if (
            events
              .slice(from)
              .some((e) => 'pod' in e && e.pod === pod && until.includes(e.type as never))
          )
            return;
        }
      }),
    sync: () => run(() => undefined),
    pause: () => {},
    select: (pod, tab) => {
      selected.push({ ...(pod ? { pod } : {}), ...(tab ? { tab } : {}) });
    },
    eventCount: () => events.length,
    eventsSince: (count) => events.slice(count),
  };
}

/** The worker's ops, done the way src/worker/ops.ts does them (kept here so tests stand alone). */
function perform(sim: MeshSimulation, op: UserOp): void {
  switch (op.kind) {
    case 'apply': {
      const docs = parseAllDocuments(op.yaml);
      const outcomes = sim.apply((Array.isArray(docs) ? docs : [docs]).map((d) => d.toJS()));
      const errors = outcomes.filter((o) => o.error);
      if (errors.length === outcomes.length) throw new Error(errors.map((o) => o.error).join('; '));
      return;
    }
    case 'delete':
      sim.delete(op.ref);
      return;
    case 'restart':
      sim.restart(op.pod);
      return;
    case 'rollout':
      sim.rollout(op.namespace, op.name);
      return;
    case 'scale':
      sim.scale(op.namespace, op.name, op.replicas);
      return;
    case 'istiod':
      sim.setIstiod(op.up);
      return;
  }
}
