import type { Simulation } from '../simulation';
import { lintPolicies } from './lint';
import type { AuthorizationPolicy, LintWarning } from './types';

/**
 * Lints AuthorizationPolicies (the mesh's own, or the policy editor's draft) against the
 * cluster's namespaces, ServiceAccounts and pods. In a multi-cluster mesh a policy applies in
 * every cluster, so every cluster's trust domain is the mesh's own.
 */
export function lintMesh(sim: Simulation, policies: AuthorizationPolicy[]): LintWarning[] {
  return lintPolicies({
    policies,
    trustDomain: sim.config.trustDomain,
    trustDomainAliases: [
      ...new Set(sim.planes.flatMap((p) => [p.config.trustDomain, ...p.config.trustDomainAliases])),
    ],
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
