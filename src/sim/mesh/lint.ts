import { lintPolicies } from '../policy/lint';
import type { LintWarning } from '../policy/types';
import type { Simulation } from '../simulation';

/** Lints the mesh's AuthorizationPolicies against its namespaces, ServiceAccounts and pods. */
export function lintMesh(sim: Simulation): LintWarning[] {
  return lintPolicies({
    policies: [...sim.policies.authorization.values()],
    trustDomain: sim.config.trustDomain,
    namespaces: [...sim.cluster.namespaces.keys()],
    serviceAccounts: [...sim.cluster.serviceAccounts.values()].map((s) => ({
      namespace: s.namespace,
      name: s.name,
    })),
    workloads: [...sim.cluster.pods.values()].map((p) => ({
      namespace: p.namespace,
      name: p.deployment ?? p.name,
      labels: p.labels,
      serviceAccount: p.serviceAccount,
    })),
  });
}
