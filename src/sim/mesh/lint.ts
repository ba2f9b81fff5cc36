import { lintPolicies } from '../policy/lint';
import type { AuthorizationPolicy, LintWarning } from '../policy/types';
import type { Simulation } from '../simulation';

/**
 * Lints AuthorizationPolicies (by default the mesh's own; the policy editor passes a draft)
 * against the mesh's namespaces, ServiceAccounts and pods.
 */
export function lintMesh(
  sim: Simulation,
  policies: AuthorizationPolicy[] = [...sim.policies.authorization.values()],
): LintWarning[] {
  return lintPolicies({
    policies,
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
