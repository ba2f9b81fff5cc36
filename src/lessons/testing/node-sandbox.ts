/**
 * A LessonSandbox over a MeshSimulation in the same process (tests): the worker's ops and issuance
 * stepping run directly, so the player's logic runs against the real engine without a browser.
 */
import type { TimedEvent } from '../../sim/events';
import { performAttack } from '../../sim/mesh/attacks';
import { performCall } from '../../sim/mesh/call';
import { MeshSimulation } from '../../sim/mesh/mesh-simulation';
import { loadScenario } from '../../sim/scenario/load';
import type { AttackSpec, CallSpec } from '../../sim/scenario/types';
import { performOp } from '../../worker/ops';
import { stepIssuance } from '../../worker/stepping';
import type { LessonSandbox } from '../sandbox';

/** The sandbox, its event log and what the player selected. */
export interface NodeSandbox extends LessonSandbox {
  events: TimedEvent[];
  selected: { pod?: string; tab?: string }[];
  sim(): MeshSimulation;
}

/** Creates a sandbox whose engine runs in this process. */
export function nodeSandbox(): NodeSandbox {
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
      run(async () => {
        try {
          await performOp(need(), op);
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
    stepIssuance: (pod, until) => run(() => stepIssuance(need(), events, pod, until)),
    sync: () => run(() => undefined),
    pause: () => {},
    select: (pod, tab) => {
      selected.push({ ...(pod ? { pod } : {}), ...(tab ? { tab } : {}) });
    },
    eventCount: () => events.length,
    eventsSince: (count) => events.slice(count),
  };
}
