import { isRecord } from '../manifests';
import type { ApplyOutcome, KindHandler, Simulation } from '../simulation';
import { lintMesh } from './lint-mesh';
import type { AuthorizationPolicy, PeerAuthentication } from './types';
import { validatePolicyManifest } from './validate';

/** The Istio security resources a mesh holds, keyed `namespace/name`. */
export interface PolicyStore {
  authorization: Map<string, AuthorizationPolicy>;
  peerAuthentication: Map<string, PeerAuthentication>;
  /** The manifests as applied, for export and the editor. */
  manifests: Map<string, Record<string, unknown>>;
}

/** A fresh, empty store. */
export function emptyPolicyStore(): PolicyStore {
  return { authorization: new Map(), peerAuthentication: new Map(), manifests: new Map() };
}

/**
 * Registers AuthorizationPolicy and PeerAuthentication (security.istio.io/v1 and v1beta1)
 * with `sim.apply`/`sim.delete`, kept in `store`: validated as Istio's webhook would, fields
 * the simulation does not model reported as ignored.
 */
export function registerPolicyKinds(sim: Simulation, store: PolicyStore): void {
  for (const kind of ['AuthorizationPolicy', 'PeerAuthentication'] as const) {
    const handler: KindHandler = {
      apply(manifest): ApplyOutcome {
        const meta = isRecord(manifest.metadata) ? manifest.metadata : {};
        const resource = `${kind} ${String(meta.namespace ?? 'default')}/${String(meta.name ?? '?')}`;
        const result = validatePolicyManifest(manifest);
        if (!result.ok)
          return { resource, ignored: result.ignored, error: result.errors.join('; ') };
        const policy = result.value;
        const key = `${policy.metadata.namespace}/${policy.metadata.name}`;
        const map = kind === 'AuthorizationPolicy' ? store.authorization : store.peerAuthentication;
        const action = map.has(key) ? 'configured' : 'created';
        if (!sim.cluster.namespaces.has(policy.metadata.namespace)) {
          return {
            resource,
            ignored: result.ignored,
            error: `namespaces "${policy.metadata.namespace}" not found`,
          };
        }
        (map as Map<string, typeof policy>).set(key, policy);
        store.manifests.set(`${kind}/${key}`, manifest);
        // Lint warnings never block an apply; they are said where the user will see them.
        for (const w of lintMesh(sim, [...store.authorization.values()]).filter(
          (w) => w.policy === key,
        )) {
          sim.emit({
            type: 'policy.warning',
            policy: key,
            path: w.path,
            code: w.code,
            message: w.message,
            ...(w.suggestion ? { suggestion: w.suggestion } : {}),
            said: w.said,
          });
        }
        return { resource, ignored: result.ignored, action };
      },
      delete(namespace, name) {
        const key = `${namespace}/${name}`;
        const map = kind === 'AuthorizationPolicy' ? store.authorization : store.peerAuthentication;
        store.manifests.delete(`${kind}/${key}`);
        return map.delete(key);
      },
    };
    sim.kinds.set(kind, handler);
  }
}
