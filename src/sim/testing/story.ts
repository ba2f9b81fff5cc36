import type { MeshConfig } from '../config';
import { parseDuration } from '../duration';
import type { SimEventType, TimedEvent } from '../events';
import { MeshSimulation } from '../mesh/mesh-simulation';

type Op = (sim: MeshSimulation) => void | Promise<void>;

/**
 * A fluent harness for engine tests, read as a short story:
 * `await story().serviceAccount('production', 'order-sa').pod('production/order-1', 'order-sa')
 *    .advance('18h').expectEvent('cert.rotated', { pod: 'production/order-1' })`.
 * Steps queue up and run, in order, when the story is awaited.
 */
export class Story implements PromiseLike<MeshSimulation> {
  private ops: Op[] = [];

  constructor(private readonly config: Partial<MeshConfig> = {}) {}

  /** Any action on the simulation. */
  do(op: Op): this {
    this.ops.push(op);
    return this;
  }

  apply(...manifests: unknown[]): this {
    return this.do(async (sim) => {
      const failed = sim.apply(manifests).filter((o) => o.error);
      if (failed.length > 0) throw new Error(failed.map((o) => o.error).join('; '));
      await sim.settle();
    });
  }

  namespace(name: string): this {
    return this.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  }

  serviceAccount(namespace: string, name: string): this {
    return this.apply({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace } });
  }

  /** A pod `ns/name` running as `serviceAccount` (namespace created when missing). */
  pod(
    key: string,
    serviceAccount = 'default',
    extra: { nodeName?: string; labels?: Record<string, string> } = {},
  ): this {
    const [namespace, name] = key.split('/') as [string, string];
    return this.do(async (sim) => {
      if (!sim.cluster.namespaces.has(namespace))
        sim.apply({ kind: 'Namespace', metadata: { name: namespace } });
      if (!sim.cluster.serviceAccounts.has(`${namespace}/${serviceAccount}`)) {
        sim.apply({ kind: 'ServiceAccount', metadata: { name: serviceAccount, namespace } });
      }
      const [outcome] = sim.apply({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name, namespace, labels: extra.labels ?? { app: name.replace(/-\d+$/, '') } },
        spec: {
          serviceAccountName: serviceAccount,
          ...(extra.nodeName ? { nodeName: extra.nodeName } : {}),
          containers: [{ name: 'app', image: 'app:1' }],
        },
      });
      if (outcome?.error) throw new Error(outcome.error);
      await sim.settle();
    });
  }

  advance(duration: string): this {
    return this.do((sim) => sim.advance(parseDuration(duration)));
  }

  restart(key: string): this {
    return this.do(async (sim) => {
      sim.restart(key);
      await sim.settle();
    });
  }

  delete(key: string): this {
    const [namespace, name] = key.split('/') as [string, string];
    return this.do(async (sim) => {
      sim.delete({ kind: 'Pod', namespace, name });
      await sim.settle();
    });
  }

  istiod(state: 'up' | 'down'): this {
    return this.do(async (sim) => {
      sim.setIstiod(state === 'up');
      await sim.settle();
    });
  }

  /** Fails unless an event of `type` with these fields has happened so far. */
  expectEvent(type: SimEventType, fields: Record<string, unknown> = {}): this {
    return this.do((sim) => {
      if (!findEvents(sim, type, fields).length) {
        throw new Error(
          `no ${type} event with ${JSON.stringify(fields)}; saw ${sim.events.map((e) => e.type).join(', ')}`,
        );
      }
    });
  }

  // biome-ignore lint/suspicious/noThenProperty: awaiting a story is what runs it.
  then<A = MeshSimulation, B = never>(
    onfulfilled?: ((value: MeshSimulation) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): PromiseLike<A | B> {
    const run = async () => {
      const sim = await MeshSimulation.create(this.config);
      for (const op of this.ops) await op(sim);
      return sim;
    };
    return run().then(onfulfilled, onrejected);
  }
}

/** Starts a story on a fresh mesh with the lesson's defaults, overridden by `config`. */
export function story(config: Partial<MeshConfig> = {}): Story {
  return new Story(config);
}

/** Events of `type` whose fields include `fields`. */
export function findEvents(
  sim: MeshSimulation,
  type: SimEventType,
  fields: Record<string, unknown> = {},
): TimedEvent[] {
  return sim.events.filter(
    (e) =>
      e.type === type &&
      Object.entries(fields).every(([k, v]) => (e as Record<string, unknown>)[k] === v),
  );
}

/** Hours since the simulation's start at which `event` happened. */
export function hoursIn(sim: MeshSimulation, event: TimedEvent): number {
  return (event.t - sim.config.start) / 3_600_000;
}

/** The lesson's AuthorizationPolicy: payment accepts order-sa only. */
export const allowOrderOnly = {
  apiVersion: 'security.istio.io/v1',
  kind: 'AuthorizationPolicy',
  metadata: { name: 'payment-allow-order', namespace: 'production' },
  spec: {
    selector: { matchLabels: { app: 'payment' } },
    rules: [{ from: [{ source: { principals: ['cluster.local/ns/production/sa/order-sa'] } }] }],
  },
};
