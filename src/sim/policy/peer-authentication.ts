/**
 * Effective mTLS mode of a workload port, composed the way istio/istio
 * pilot/pkg/security/authn ComposePeerAuthentication does:
 * - mesh level: the root namespace, no selector (or an empty matchLabels);
 * - namespace level: the workload's namespace, no selector;
 * - workload level: the workload's namespace, a selector matching its labels.
 *   A selector policy in the root namespace is ignored (peer_authentication.proto:
 *   "policies with workload selectors are ignored when deployed in the root namespace").
 * The narrowest level that sets a mode wins; UNSET inherits from the level above;
 * nothing at all is PERMISSIVE. portLevelMtls counts only on the workload-level
 * policy, and an UNSET port inherits the workload's resulting mode. When a level has
 * several policies the oldest wins; svid-lab takes list order as age (first = oldest).
 */
import {
  DEFAULT_ROOT_NAMESPACE,
  hasSelector,
  type MtlsMode,
  type PeerAuthentication,
  refOf,
  selectorMatches,
} from './types';

type Mode = Exclude<MtlsMode, 'UNSET'>;

/** The effective mode, the resource that set it, and a plain-English why. */
export interface MtlsDecision {
  mode: Mode;
  source?: string;
  reason: string;
}

interface Workload {
  namespace: string;
  labels: Record<string, string>;
}

/** The mesh-, namespace- and workload-level PeerAuthentication that count for a workload. */
export function peerAuthenticationLevels(
  pas: PeerAuthentication[],
  workload: Workload,
  rootNamespace = DEFAULT_ROOT_NAMESPACE,
): { mesh?: PeerAuthentication; namespace?: PeerAuthentication; workload?: PeerAuthentication } {
  const first = (pred: (pa: PeerAuthentication) => boolean) => pas.find(pred);
  const ns = (pa: PeerAuthentication) => pa.metadata.namespace;
  return {
    mesh: first((pa) => ns(pa) === rootNamespace && !hasSelector(pa.spec.selector)),
    namespace: first(
      (pa) =>
        ns(pa) === workload.namespace && ns(pa) !== rootNamespace && !hasSelector(pa.spec.selector),
    ),
    workload: first(
      (pa) =>
        ns(pa) === workload.namespace &&
        ns(pa) !== rootNamespace &&
        hasSelector(pa.spec.selector) &&
        selectorMatches(pa.spec.selector, workload.labels),
    ),
  };
}

const isSet = (mode: MtlsMode | undefined): mode is Mode => mode !== undefined && mode !== 'UNSET';

/**
 * Effective mTLS mode for `workload` on `port`: workload selector policy >
 * namespace-wide > mesh-wide; portLevelMtls only on the workload-level policy;
 * UNSET inherits; nothing = PERMISSIVE.
 */
export function effectiveMtlsMode(
  pas: PeerAuthentication[],
  workload: Workload,
  port: number,
  rootNamespace = DEFAULT_ROOT_NAMESPACE,
): MtlsDecision {
  const levels = peerAuthenticationLevels(pas, workload, rootNamespace);
  let result: MtlsDecision = {
    mode: 'PERMISSIVE',
    reason: 'no PeerAuthentication sets a mode: PERMISSIVE by default',
  };
  const inherited: string[] = [];
  const steps: [PeerAuthentication | undefined, string][] = [
    [levels.mesh, 'mesh-wide'],
    [levels.namespace, 'namespace-wide'],
    [levels.workload, 'workload'],
  ];
  for (const [pa, level] of steps) {
    if (!pa) continue;
    const mode = pa.spec.mtls?.mode;
    if (isSet(mode)) {
      result = {
        mode,
        source: refOf(pa.metadata),
        reason: `${level} PeerAuthentication ${refOf(pa.metadata)} sets ${mode}`,
      };
    } else {
      inherited.push(`${refOf(pa.metadata)} leaves mtls UNSET`);
    }
  }
  const portLevel = levels.workload?.spec.portLevelMtls?.[String(port)];
  if (levels.workload && portLevel) {
    const ref = refOf(levels.workload.metadata);
    if (isSet(portLevel.mode)) {
      result = {
        mode: portLevel.mode,
        source: ref,
        reason: `${ref} portLevelMtls[${port}] sets ${portLevel.mode}`,
      };
    } else {
      inherited.push(`${ref} portLevelMtls[${port}] is UNSET`);
    }
  }
  const extra: string[] = [];
  if (inherited.length > 0) extra.push(`${inherited.join('; ')}, so the mode is inherited`);
  const ignored = pas.filter(
    (pa) =>
      pa.metadata.namespace === rootNamespace &&
      hasSelector(pa.spec.selector) &&
      selectorMatches(pa.spec.selector, workload.labels),
  );
  for (const pa of ignored) {
    extra.push(
      `${refOf(pa.metadata)} is ignored: a selector policy in the root namespace has no effect`,
    );
  }
  const shadowed = pas.filter(
    (pa) =>
      pa !== levels.mesh &&
      pa !== levels.namespace &&
      pa !== levels.workload &&
      !ignored.includes(pa) &&
      [levels.mesh, levels.namespace, levels.workload].some(
        (chosen) => chosen && sameLevel(pa, chosen, workload, rootNamespace),
      ),
  );
  for (const pa of shadowed) {
    extra.push(`${refOf(pa.metadata)} is ignored: an older policy at the same level wins`);
  }
  return extra.length > 0
    ? { ...result, reason: `${result.reason} (${extra.join('; ')})` }
    : result;
}

/** Whether `pa` would have competed with `chosen` for the same level of this workload. */
function sameLevel(
  pa: PeerAuthentication,
  chosen: PeerAuthentication,
  workload: Workload,
  rootNamespace: string,
): boolean {
  if (pa.metadata.namespace !== chosen.metadata.namespace) return false;
  if (hasSelector(chosen.spec.selector)) {
    return (
      pa.metadata.namespace !== rootNamespace &&
      hasSelector(pa.spec.selector) &&
      selectorMatches(pa.spec.selector, workload.labels)
    );
  }
  return !hasSelector(pa.spec.selector);
}
