import { buildSpiffeId } from '../../pki/spiffe-id';
import type { Pod } from '../cluster';
import { readService } from '../manifests';
import type { ApplyOutcome, KindHandler, Simulation } from '../simulation';

/** A Service as the mesh routes to it: its name and the pods behind it. */
export interface MeshService {
  namespace: string;
  name: string;
  /** Applied as `kind: Service`, or derived from a workload's `app` label or Deployment. */
  explicit: boolean;
  selector: Record<string, string>;
}

/**
 * The `app` a pod serves under when no Service was applied for it: its `app` label, or, for a
 * Deployment's pod without labels, the Deployment's name (the labels the exported manifests give
 * it). One implicit Service per such name and namespace.
 */
export function workloadApp(pod: Pod): string | undefined {
  if (pod.labels.app) return pod.labels.app;
  return Object.keys(pod.labels).length === 0 ? pod.deployment : undefined;
}

/** Every Service of the mesh: the applied ones, then one implicit Service per unserved app. */
export function listServices(sim: Simulation): MeshService[] {
  const out: MeshService[] = [...sim.cluster.services.values()].map((s) => ({
    namespace: s.namespace,
    name: s.name,
    explicit: true,
    selector: s.selector,
  }));
  const seen = new Set(out.map((s) => `${s.namespace}/${s.name}`));
  for (const pod of sim.cluster.pods.values()) {
    const app = workloadApp(pod);
    if (!app || seen.has(`${pod.namespace}/${app}`)) continue;
    seen.add(`${pod.namespace}/${app}`);
    out.push({ namespace: pod.namespace, name: app, explicit: false, selector: { app } });
  }
  return out;
}

/** The running pods a Service sends traffic to. An empty selector picks none, as in Kubernetes. */
export function endpointsOf(sim: Simulation, service: MeshService): Pod[] {
  return [...sim.cluster.pods.values()].filter((pod) => {
    if (pod.namespace !== service.namespace) return false;
    if (!service.explicit) return workloadApp(pod) === service.name;
    const wanted = Object.entries(service.selector);
    return wanted.length > 0 && wanted.every(([k, v]) => pod.labels[k] === v);
  });
}

/**
 * The Service a call to `ref` (ns/name) is addressed to: a Service of that name; for a
 * Deployment or a pod, the first Service whose endpoints include it (the Deployment's first pod).
 */
export function destinationService(sim: Simulation, ref: string): MeshService | undefined {
  const services = listServices(sim);
  const named = services.find((s) => `${s.namespace}/${s.name}` === ref);
  if (named) return named;
  const pod = sim.resolvePod(ref);
  if (!pod) return undefined;
  return services.find((s) => endpointsOf(sim, s).some((p) => p.key === pod.key));
}

/**
 * What pilot puts in the client's SAN match for a Service: the SPIFFE IDs of the
 * ServiceAccounts of its endpoints (each in its own cluster's trust domain), sorted and without
 * repeats.
 */
export function serviceIdentities(sim: Simulation, service: MeshService): string[] {
  const ids = endpointsOf(sim, service).map((p) =>
    buildSpiffeId(sim.planeOf(p).config.trustDomain, p.namespace, p.serviceAccount),
  );
  return [...new Set(ids)].sort();
}

/** `kind: Service` for `apply`/`delete`, kept in the cluster. */
export function serviceKind(sim: Simulation): KindHandler {
  return {
    apply(manifest): ApplyOutcome {
      const { object, ignored } = readService(manifest);
      const resource = `Service ${object.namespace}/${object.name}`;
      return { resource, ignored, action: sim.cluster.applyService(object) };
    },
    delete(namespace, name) {
      return sim.cluster.services.delete(`${namespace}/${name}`);
    },
  };
}
