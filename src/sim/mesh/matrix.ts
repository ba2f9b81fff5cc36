import { principalOf } from '../../pki/spiffe-id';
import type { Pod } from '../cluster';
import { authorize } from '../policy/authorization';
import { effectiveMtlsMode } from '../policy/peer-authentication';
import { decisionPart, type Why, why } from '../why';
import type { MeshSimulation } from './mesh-simulation';
import type { AccessCell } from './types';

/**
 * One pod per workload (a Deployment's first pod, or a bare pod): the rows and columns of
 * the access matrix.
 */
export function workloads(sim: MeshSimulation): Pod[] {
  const seen = new Set<string>();
  const out: Pod[] = [];
  for (const pod of [...sim.cluster.pods.values()].sort((a, b) => a.key.localeCompare(b.key))) {
    const id = pod.deployment ? `${pod.namespace}/${pod.deployment}` : pod.key;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(pod);
  }
  return out;
}

/**
 * The outcome of a call between every two workloads, predicted from the same rules a real
 * call uses (PeerAuthentication mode, certificates present and in date, AuthorizationPolicy)
 * without running the handshake: cheap enough to recompute on every change.
 */
export function accessMatrix(sim: MeshSimulation, port = 8080): AccessCell[] {
  const pods = workloads(sim);
  const cells: AccessCell[] = [];
  const policies = [...sim.policies.authorization.values()];
  const pas = [...sim.policies.peerAuthentication.values()];
  for (const client of pods) {
    for (const server of pods) {
      if (client === server) continue;
      const from = client.deployment ? `${client.namespace}/${client.deployment}` : client.key;
      const to = server.deployment ? `${server.namespace}/${server.deployment}` : server.key;
      const mtls = effectiveMtlsMode(
        pas,
        { namespace: server.namespace, labels: server.labels },
        port,
      );
      let principal: string | undefined;
      if (mtls.mode !== 'DISABLE') {
        const problem = certProblem(sim, client, 'client') ?? certProblem(sim, server, 'server');
        if (problem) {
          cells.push({ from, to, result: 'failed', reason: problem.reason, why: problem.why });
          continue;
        }
        principal = principalOf(sim.proxies.get(client.key)!.current!.spiffeId);
      }
      const decision = authorize(policies, {
        destination: { namespace: server.namespace, labels: server.labels, port, ip: server.ip },
        source: { ip: client.ip, ...(principal ? { principal, namespace: client.namespace } : {}) },
        request: {
          method: 'GET',
          path: '/',
          headers: {
            host: `${server.deployment ?? server.name}.${server.namespace}.svc.cluster.local`,
          },
        },
      });
      cells.push({
        from,
        to,
        result: decision.allowed ? 'allowed' : 'denied',
        reason: decision.reason,
        why: { ...why('matrix.decision'), decision: decisionPart(decision) },
        ...(decision.policy ? { policy: decision.policy } : {}),
        ...(principal ? { peer: principal } : {}),
      });
    }
  }
  return cells;
}

function certProblem(
  sim: MeshSimulation,
  pod: Pod,
  side: 'client' | 'server',
): { reason: string; why: Why } | undefined {
  const cert = sim.proxies.get(pod.key)?.current;
  if (!cert)
    return {
      reason: `the ${side} ${pod.key} has no certificate yet`,
      why: why('matrix.noCert', { side, pod: pod.key }),
    };
  if (sim.now > cert.notAfter) {
    const at = new Date(cert.notAfter).toISOString();
    return {
      reason: `the ${side}'s certificate expired at ${at}`,
      why: why('matrix.certExpired', { side, pod: pod.key, at }),
    };
  }
  return undefined;
}
