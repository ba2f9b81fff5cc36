/**
 * Warnings (never errors) about AuthorizationPolicies that are valid but cannot do
 * what their author meant: principals no workload can ever present, namespaces
 * that do not exist, selectors that select no pod, and identities shared so
 * widely that a principal rule cannot tell services apart (SEED-NOTES §6-7).
 * A principal is `<trust domain>/ns/<namespace>/sa/<service account>`, written
 * without `spiffe://` (authorization_policy.proto, Source.principals).
 */
import { matchString, parsePrincipal } from './match';
import {
  type AuthorizationPolicy,
  DEFAULT_ROOT_NAMESPACE,
  hasSelector,
  type LintCode,
  type LintWarning,
  refOf,
  selectorMatches,
} from './types';

/**
 * The code a warning carries on the wire: the app tells a few cases apart (a pattern, the whole
 * mesh, no other namespace) that share one code in the CLI's events.
 */
function wireCode(code: LintCode): string {
  switch (code) {
    case 'principal-namespace-missing-nowhere':
      return 'principal-namespace-missing';
    case 'namespace-pattern-missing':
      return 'namespace-missing';
    case 'service-account-elsewhere':
      return 'service-account-missing';
    case 'selector-matches-nothing-mesh':
      return 'selector-matches-nothing';
    default:
      return code;
  }
}

export interface LintInput {
  policies: AuthorizationPolicy[];
  trustDomain: string;
  /** The mesh's trustDomainAliases: a principal in one of them is the mesh's own. */
  trustDomainAliases?: string[];
  namespaces: string[];
  serviceAccounts: { namespace: string; name: string }[];
  workloads: {
    namespace: string;
    name: string;
    labels: Record<string, string>;
    serviceAccount: string;
  }[];
  /** Mesh root namespace, default `istio-system`. */
  rootNamespace?: string;
}

/** A warning: where, its code and the values it names, the CLI's English, and a fix if there is one. */
type Warn = (
  path: string,
  code: LintCode,
  params: Record<string, string | number>,
  message: string,
  suggestion?: string,
) => void;

/** Context shared by the checks of one lint run. */
class Mesh {
  readonly td: string;
  readonly namespaces: Set<string>;
  /** ServiceAccount name -> namespaces it exists in (every namespace has `default`). */
  readonly saNamespaces = new Map<string, string[]>();
  readonly identities: string[] = [];

  constructor(readonly input: LintInput) {
    this.td = input.trustDomain;
    this.namespaces = new Set(input.namespaces);
    const accounts = [
      ...input.serviceAccounts,
      ...input.namespaces.map((namespace) => ({ namespace, name: 'default' })),
    ];
    for (const { namespace, name } of accounts) {
      const list = this.saNamespaces.get(name) ?? [];
      if (!list.includes(namespace)) list.push(namespace);
      this.saNamespaces.set(name, list);
    }
    for (const [name, nss] of this.saNamespaces)
      for (const ns of nss) this.identities.push(this.principal(ns, name));
  }

  principal(ns: string, sa: string): string {
    return `${this.td}/ns/${ns}/sa/${sa}`;
  }

  saExists(ns: string, sa: string): boolean {
    return this.saNamespaces.get(sa)?.includes(ns) ?? false;
  }

  /** Workloads running as ns/sa, and how many distinct services (app label, else pod name) they are. */
  users(ns: string, sa: string) {
    const pods = this.input.workloads.filter((w) => w.namespace === ns && w.serviceAccount === sa);
    return { pods, apps: new Set(pods.map((w) => w.labels.app ?? w.name)) };
  }
}

/** Checks one principal value (from principals, notPrincipals or a source.principal condition). */
function checkPrincipal(mesh: Mesh, value: string, path: string, warn: Warn): void {
  if (value.startsWith('spiffe://')) {
    const fixed = value.slice('spiffe://'.length);
    warn(
      path,
      'principal-spiffe-prefix',
      { value, fix: fixed },
      `${value} starts with spiffe://: Istio adds spiffe:// itself, so this principal never matches`,
      fixed,
    );
    return;
  }
  if (value === '*') return;
  if (value.includes('*')) {
    if (!mesh.identities.some((id) => matchString(value, id))) {
      warn(
        path,
        'principal-matches-nothing',
        { value },
        `the pattern ${value} matches no ServiceAccount identity in the mesh`,
      );
    }
    return;
  }
  const id = parsePrincipal(value);
  if (!id) {
    warn(
      path,
      'principal-malformed',
      { value },
      `${value} is not of the form <trust domain>/ns/<namespace>/sa/<service account>, so it matches no workload`,
    );
    return;
  }
  const elsewhere = (mesh.saNamespaces.get(id.serviceAccount) ?? []).filter(
    (ns) => ns !== id.namespace,
  );
  const fix = mesh.saExists(id.namespace, id.serviceAccount)
    ? mesh.principal(id.namespace, id.serviceAccount)
    : elsewhere[0] !== undefined
      ? mesh.principal(elsewhere[0], id.serviceAccount)
      : undefined;
  if (id.trustDomain !== mesh.td && !mesh.input.trustDomainAliases?.includes(id.trustDomain)) {
    warn(
      path,
      'principal-trust-domain',
      { value, trustDomain: id.trustDomain, mesh: mesh.td, ...(fix ? { fix } : {}) },
      `${value} names trust domain ${id.trustDomain}, but this mesh's trust domain is ${mesh.td}`,
      fix,
    );
    return;
  }
  if (mesh.saExists(id.namespace, id.serviceAccount)) {
    checkShared(mesh, id.namespace, id.serviceAccount, path, warn);
    return;
  }
  const where =
    elsewhere.length > 0
      ? `ServiceAccount ${id.serviceAccount} exists in namespace ${elsewhere.join(', ')}`
      : `no ServiceAccount ${id.serviceAccount} exists in any namespace`;
  const names = { value, namespace: id.namespace, sa: id.serviceAccount, ...(fix ? { fix } : {}) };
  const found = { ...names, elsewhere: elsewhere.join(', ') };
  if (!mesh.namespaces.has(id.namespace)) {
    warn(
      path,
      elsewhere.length > 0 ? 'principal-namespace-missing' : 'principal-namespace-missing-nowhere',
      found,
      `${value} matches no identity: namespace ${id.namespace} does not exist (${where})`,
      fix,
    );
  } else if (elsewhere.length > 0) {
    warn(
      path,
      'principal-sa-wrong-namespace',
      found,
      `${value} matches no identity: ${where}, not ${id.namespace}`,
      fix,
    );
  } else {
    warn(
      path,
      'principal-sa-missing',
      names,
      `${value} matches no identity: no ServiceAccount ${id.serviceAccount} in namespace ${id.namespace}`,
    );
  }
}

/** An identity worn by several services admits all of them (SEED-NOTES §6 anti-pattern). */
function checkShared(mesh: Mesh, ns: string, sa: string, path: string, warn: Warn): void {
  const { pods, apps } = mesh.users(ns, sa);
  if (apps.size < 2) return;
  const principal = mesh.principal(ns, sa);
  warn(
    path,
    'principal-shared-sa',
    {
      principal,
      n: apps.size,
      apps: [...apps].join(', '),
      pods: pods.map((p) => p.name).join(', '),
    },
    `${principal} is the identity of ${apps.size} different services (${[...apps].join(', ')}; pods ${pods.map((p) => p.name).join(', ')}): this rule admits all of them`,
    'give each service its own ServiceAccount (spec.serviceAccountName)',
  );
}

function checkNamespace(mesh: Mesh, value: string, path: string, warn: Warn): void {
  if (value === '*') return;
  const exists = [...mesh.namespaces].some((ns) => matchString(value, ns));
  if (!exists) {
    if (value.includes('*'))
      warn(
        path,
        'namespace-pattern-missing',
        { value },
        `the pattern ${value} matches no namespace`,
      );
    else warn(path, 'namespace-missing', { value }, `namespace ${value} does not exist`);
  }
}

function checkServiceAccount(
  mesh: Mesh,
  value: string,
  policyNs: string,
  path: string,
  warn: Warn,
): void {
  const slash = value.indexOf('/');
  const ns = slash < 0 ? policyNs : value.slice(0, slash);
  const sa = slash < 0 ? value : value.slice(slash + 1);
  if (mesh.saExists(ns, sa)) {
    checkShared(mesh, ns, sa, path, warn);
    return;
  }
  const elsewhere = mesh.saNamespaces.get(sa) ?? [];
  const suggestion = elsewhere[0] !== undefined ? `${elsewhere[0]}/${sa}` : undefined;
  const where = elsewhere.length > 0 ? `; it exists in namespace ${elsewhere.join(', ')}` : '';
  warn(
    path,
    elsewhere.length > 0 ? 'service-account-elsewhere' : 'service-account-missing',
    {
      sa,
      namespace: ns,
      elsewhere: elsewhere.join(', '),
      ...(suggestion ? { fix: suggestion } : {}),
    },
    `no ServiceAccount ${sa} in namespace ${ns}${where}`,
    suggestion,
  );
}

function checkSelector(mesh: Mesh, policy: AuthorizationPolicy, root: string, warn: Warn): void {
  const sel = policy.spec.selector;
  if (!hasSelector(sel)) return;
  const ns = policy.metadata.namespace;
  const scope = mesh.input.workloads.filter((w) => ns === root || w.namespace === ns);
  if (scope.some((w) => selectorMatches(sel, w.labels))) return;
  const wanted = Object.entries(sel?.matchLabels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const seen = [
    ...new Set(scope.flatMap((w) => Object.entries(w.labels).map(([k, v]) => `${k}=${v}`))),
  ];
  const where = ns === root ? 'in the mesh' : `in namespace ${ns}`;
  warn(
    'spec.selector.matchLabels',
    ns === root ? 'selector-matches-nothing-mesh' : 'selector-matches-nothing',
    { selector: wanted, namespace: ns, labels: seen.join(', ') },
    `selector ${wanted} matches no pod ${where}, so this policy applies to nothing`,
    seen.length > 0 ? `labels on pods ${where}: ${seen.join(', ')}` : undefined,
  );
}

/** Lints policies against the mesh: every warning names the policy and the field path. */
export function lintPolicies(input: LintInput): LintWarning[] {
  const mesh = new Mesh(input);
  const root = input.rootNamespace ?? DEFAULT_ROOT_NAMESPACE;
  const out: LintWarning[] = [];
  const allDefault =
    input.workloads.length >= 2 && input.workloads.every((w) => w.serviceAccount === 'default');
  for (const policy of input.policies) {
    const ref = refOf(policy.metadata);
    const warn: Warn = (path, code, params, message, suggestion) => {
      // With every pod on `default`, one policy-level warning says it better than one per principal.
      if (allDefault && code === 'principal-shared-sa') return;
      out.push(
        suggestion === undefined
          ? { policy: ref, path, code: wireCode(code), message, said: { code, params } }
          : {
              policy: ref,
              path,
              code: wireCode(code),
              message,
              suggestion,
              said: { code, params },
            },
      );
    };
    if (!mesh.namespaces.has(policy.metadata.namespace)) {
      warn(
        'metadata.namespace',
        'policy-namespace-missing',
        { namespace: policy.metadata.namespace },
        `namespace ${policy.metadata.namespace} does not exist, so this policy applies to nothing`,
      );
    }
    checkSelector(mesh, policy, root, warn);
    let usesIdentity = false;
    for (const [i, rule] of (policy.spec.rules ?? []).entries()) {
      for (const [j, from] of (rule.from ?? []).entries()) {
        const s = from.source ?? {};
        const base = `spec.rules[${i}].from[${j}].source`;
        for (const key of ['principals', 'notPrincipals'] as const) {
          s[key]?.forEach((v, k) => {
            checkPrincipal(mesh, v, `${base}.${key}[${k}]`, warn);
          });
        }
        for (const key of ['namespaces', 'notNamespaces'] as const) {
          s[key]?.forEach((v, k) => {
            checkNamespace(mesh, v, `${base}.${key}[${k}]`, warn);
          });
        }
        for (const key of ['serviceAccounts', 'notServiceAccounts'] as const) {
          s[key]?.forEach((v, k) => {
            checkServiceAccount(mesh, v, policy.metadata.namespace, `${base}.${key}[${k}]`, warn);
          });
        }
        usesIdentity ||= Boolean(
          s.principals?.length ||
            s.notPrincipals?.length ||
            s.serviceAccounts?.length ||
            s.notServiceAccounts?.length,
        );
      }
      for (const [j, c] of (rule.when ?? []).entries()) {
        for (const key of ['values', 'notValues'] as const) {
          const path = (k: number) => `spec.rules[${i}].when[${j}].${key}[${k}]`;
          if (c.key === 'source.principal')
            c[key]?.forEach((v, k) => {
              checkPrincipal(mesh, v, path(k), warn);
            });
          if (c.key === 'source.namespace')
            c[key]?.forEach((v, k) => {
              checkNamespace(mesh, v, path(k), warn);
            });
        }
        usesIdentity ||= c.key === 'source.principal' || c.key === 'source.serviceAccount';
      }
    }
    if (allDefault && usesIdentity) {
      out.push({
        policy: ref,
        path: 'spec.rules',
        code: 'shared-default-service-account',
        said: { code: 'shared-default-service-account', params: { n: input.workloads.length } },
        message: `all ${input.workloads.length} workloads run as ServiceAccount default, so within a namespace they share one identity and a principal rule cannot tell them apart`,
        suggestion:
          'give each service its own ServiceAccount (spec.serviceAccountName) and name that one in the policy',
      });
    }
  }
  return out;
}
