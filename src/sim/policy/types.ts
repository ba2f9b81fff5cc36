/**
 * Istio security manifests as svid-lab models them, and the request a server-side
 * proxy authorizes. Field names follow istio/api security/v1beta1
 * (authorization_policy.proto, peer_authentication.proto) in their YAML (camelCase) form.
 */

export interface Meta {
  name: string;
  namespace: string;
}

/** istio/api type/v1beta1/selector.proto: only `matchLabels` exists. */
export interface WorkloadSelector {
  matchLabels?: Record<string, string>;
}

export type AuthorizationAction = 'ALLOW' | 'DENY' | 'AUDIT' | 'CUSTOM';

export interface AuthorizationPolicy {
  kind: 'AuthorizationPolicy';
  metadata: Meta;
  spec: {
    selector?: WorkloadSelector;
    /** Gateway/Service/waypoint attachment: not modelled; such a policy applies to no sidecar. */
    targetRefs?: unknown;
    /** Absent means ALLOW (proto: "Default is ALLOW if not specified"). */
    action?: AuthorizationAction;
    rules?: Rule[];
    /** CUSTOM's extension provider: not modelled. */
    provider?: unknown;
  };
}

/** from/to/when are ANDed; entries within from (and within to) are ORed. */
export interface Rule {
  from?: { source: Source }[];
  to?: { operation: Operation }[];
  when?: Condition[];
}

/** Fields ANDed, values within a field ORed (proto: Source). */
export interface Source {
  principals?: string[];
  notPrincipals?: string[];
  namespaces?: string[];
  notNamespaces?: string[];
  /** `<namespace>/<sa>` or `<sa>` (the policy's namespace); no wildcards. */
  serviceAccounts?: string[];
  notServiceAccounts?: string[];
  trustDomains?: string[];
  notTrustDomains?: string[];
  ipBlocks?: string[];
  notIpBlocks?: string[];
  remoteIpBlocks?: string[];
  notRemoteIpBlocks?: string[];
  requestPrincipals?: string[];
  notRequestPrincipals?: string[];
}

/** Fields ANDed, values within a field ORed (proto: Operation). */
export interface Operation {
  methods?: string[];
  notMethods?: string[];
  paths?: string[];
  notPaths?: string[];
  ports?: string[];
  notPorts?: string[];
  hosts?: string[];
  notHosts?: string[];
}

/** At least one of values / notValues is set (proto: Condition). */
export interface Condition {
  key: string;
  values?: string[];
  notValues?: string[];
}

export type MtlsMode = 'UNSET' | 'DISABLE' | 'PERMISSIVE' | 'STRICT';

export interface PeerAuthentication {
  kind: 'PeerAuthentication';
  metadata: Meta;
  spec: {
    selector?: WorkloadSelector;
    mtls?: { mode?: MtlsMode };
    /** Keys are workload (container) port numbers as strings; only with a selector. */
    portLevelMtls?: Record<string, { mode?: MtlsMode }>;
  };
}

/** What the server-side proxy knows about an inbound request. */
export interface RequestContext {
  destination: { namespace: string; labels: Record<string, string>; port: number; ip: string };
  source: {
    /** `cluster.local/ns/x/sa/y` (no `spiffe://`); absent for plaintext. */
    principal?: string;
    /** Derived from the principal; absent for plaintext. */
    namespace?: string;
    ip: string;
  };
  /** `headers` names are matched case-insensitively; put the Host in `host` for `hosts` rules. */
  request: { method: string; path: string; headers: Record<string, string> };
  /** The mesh's trust domain bundle (trust-domain.ts); when set, policy principals are rewritten for it. */
  trustDomains?: string[];
}

/** What a trace line says, as a code the app says in the reader's language (src/i18n/trace.ts). */
export type TraceCode =
  // one field of a rule against the request
  | 'field.absent'
  | 'field.notIncluded'
  | 'field.contains'
  | 'field.matches'
  | 'not.holds'
  | 'not.notIncluded'
  | 'not.matches'
  // why the request has no value to compare
  | 'absent.peer'
  | 'absent.namespace'
  | 'absent.trustDomain'
  | 'absent.sourceIp'
  | 'absent.remoteIp'
  | 'absent.destinationIp'
  | 'absent.requestPrincipal'
  | 'absent.jwt'
  | 'absent.host'
  | 'absent.method'
  | 'absent.path'
  | 'absent.header'
  | 'absent.nothing'
  | 'unevaluable'
  // a rule
  | 'entry'
  | 'rule.unknownWhen'
  | 'rule.blind'
  | 'rule.cannotEvaluate'
  | 'rule.ignored'
  | 'rule.noConditions'
  | 'rule.matched'
  | 'rule.missed'
  // a policy
  | 'policy.noRules'
  | 'policy.alreadyAllowed'
  | 'policy.alreadyDenied'
  | 'policy.customDenyAll'
  | 'policy.audited'
  | 'policy.notAudited'
  // whether a policy applies to the workload
  | 'scope.targetRefs'
  | 'scope.otherNamespace'
  | 'scope.noSelector'
  | 'scope.selectorMismatch'
  | 'scope.selectorMatches'
  | 'scope.meshWide'
  | 'scope.namespace'
  | 'scope.noLabels';

/** A trace line's words: a code and the values it names, or several joined. */
export type TraceWords =
  | { code: TraceCode; params?: Record<string, string | number | TraceWords> }
  | { join: ', ' | '; '; parts: TraceWords[] };

export interface TraceEntry {
  policy: string;
  action: string;
  applies: boolean;
  matched: boolean;
  ruleIndex?: number;
  /** In English, as the CLI prints it. */
  detail: string;
  /** The same in words the app says in the reader's language. */
  words: TraceWords;
}

export interface Decision {
  allowed: boolean;
  status?: 403;
  body?: 'RBAC: access denied';
  /** `ns/name` of the deciding policy; absent when allowed or denied by default. */
  policy?: string;
  action?: 'ALLOW' | 'DENY' | 'CUSTOM';
  ruleIndex?: number;
  reason: string;
  trace: TraceEntry[];
  audited?: string[];
}

/** What a lint warning says, as a code the app says in the reader's language (src/i18n). */
export type LintCode =
  | 'principal-spiffe-prefix'
  | 'principal-matches-nothing'
  | 'principal-malformed'
  | 'principal-trust-domain'
  | 'principal-namespace-missing'
  | 'principal-namespace-missing-nowhere'
  | 'principal-sa-wrong-namespace'
  | 'principal-sa-missing'
  | 'principal-shared-sa'
  | 'namespace-missing'
  | 'namespace-pattern-missing'
  | 'service-account-missing'
  | 'service-account-elsewhere'
  | 'selector-matches-nothing'
  | 'selector-matches-nothing-mesh'
  | 'policy-namespace-missing'
  | 'shared-default-service-account';

export interface LintWarning {
  policy: string;
  path: string;
  /** The code on the wire (the CLI's `policy.warning` event). */
  code: string;
  /** In English, as the CLI prints it. */
  message: string;
  suggestion?: string;
  /** The warning as words the app says in the reader's language. */
  said: { code: LintCode; params: Record<string, string | number> };
}

/** `ns/name`, the way Istio and kubectl name a namespaced resource in messages. */
export function refOf(meta: Meta): string {
  return `${meta.namespace}/${meta.name}`;
}

/** Istio's default root namespace (MeshConfig.rootNamespace). */
export const DEFAULT_ROOT_NAMESPACE = 'istio-system';

/** A selector matches when every matchLabels pair is on the workload; none or `{}` matches all. */
export function selectorMatches(
  selector: WorkloadSelector | undefined,
  labels: Record<string, string>,
): boolean {
  return Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
}

/** True when the selector selects specific workloads (a non-empty matchLabels). */
export function hasSelector(selector: WorkloadSelector | undefined): boolean {
  return Object.keys(selector?.matchLabels ?? {}).length > 0;
}
