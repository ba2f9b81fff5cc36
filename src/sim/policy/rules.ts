/**
 * One AuthorizationPolicy rule against one request, the way istio/istio
 * pilot/pkg/security/authz/model/model.go turns a Rule into Envoy RBAC:
 * `from` entries ORed, `to` entries ORed, `when` conditions ANDed, and the three
 * ANDed; inside one source/operation the fields are ANDed; a field's values are
 * ORed and its not-values are NOT(OR(...)).
 *
 * Attributes that need mTLS (principal, namespace, service account, trust domain)
 * are empty on a plaintext request: a positive match never matches and a
 * negative one always does (istio.io ISTIO-SECURITY-2021-004, "compared to an
 * empty value"; Envoy's `authenticated` matcher is false without TLS).
 */
import {
  firstMatch,
  ipInBlock,
  matchHost,
  matchPath,
  matchServiceAccount,
  matchString,
  parsePrincipal,
} from './match';
import { expandPrincipals } from './trust-domain';
import type {
  AuthorizationAction,
  Condition,
  Operation,
  RequestContext,
  Rule,
  Source,
} from './types';

type Matcher = (pattern: string, value: string | undefined) => boolean;

/** One field of a rule, resolved against the request. */
interface Field {
  label: string;
  notLabel: string;
  values?: string[];
  notValues?: string[];
  actual: string | undefined;
  /** How to name a missing value, e.g. "no principal (plaintext request)". */
  absent: string;
  match: Matcher;
  /** Set when svid-lab cannot evaluate the attribute at all. */
  unevaluable?: string;
}

interface Outcome {
  ok: boolean;
  text: string;
}

/** The verdict on one rule, with the plain-English why. */
export interface RuleVerdict {
  matched: boolean;
  detail: string;
}

const exact: Matcher = (p, v) => p === v;
const list = (xs: string[]) => `[${xs.join(', ')}]`;

/** Values ORed, not-values NOT(OR), the two ANDed (model.go `rule.principal`/`permission`). */
function checkField(f: Field): Outcome[] {
  const shown = f.actual ?? '';
  const out: Outcome[] = [];
  if (f.values?.length) {
    const hit = firstMatch(f.values, f.actual, f.match);
    if (f.actual === undefined)
      out.push({ ok: false, text: `${f.label} cannot match: ${f.absent}` });
    else if (hit === undefined)
      out.push({ ok: false, text: `${f.label} ${list(f.values)} does not include ${shown}` });
    else if (hit === f.actual) out.push({ ok: true, text: `${f.label} contains ${shown}` });
    else out.push({ ok: true, text: `${f.label} "${hit}" matches ${shown}` });
  }
  if (f.notValues?.length) {
    const hit = firstMatch(f.notValues, f.actual, f.match);
    // A negative match on a missing attribute always holds (NOT of a matcher that is false).
    if (f.actual === undefined) out.push({ ok: true, text: `${f.notLabel} holds: ${f.absent}` });
    else if (hit === undefined)
      out.push({ ok: true, text: `${f.notLabel} ${list(f.notValues)} does not include ${shown}` });
    else out.push({ ok: false, text: `${f.notLabel} "${hit}" matches ${shown}` });
  }
  return out;
}

const NO_PEER = 'no principal (plaintext request)';
const NO_JWT = 'no request principal (svid-lab models no JWT authentication)';
const NO_JWT_ATTR = 'no JWT on the request (svid-lab models no RequestAuthentication)';

function peerNamespace(ctx: RequestContext): string | undefined {
  return ctx.source.namespace ?? parsePrincipal(ctx.source.principal)?.namespace;
}

function header(ctx: RequestContext, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(ctx.request.headers)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

function pair(label: string, notName: string, values?: string[], notValues?: string[]) {
  return { label: `source.${label}`, notLabel: `source.${notName}`, values, notValues };
}

/** A policy's principals as istiod hands them to Envoy: rewritten for the trust domain bundle. */
function principalsFor(ctx: RequestContext, values: string[] | undefined): string[] | undefined {
  return values && ctx.trustDomains ? expandPrincipals(ctx.trustDomains, values) : values;
}

function sourceFields(s: Source, ctx: RequestContext, policyNs: string): Field[] {
  const principal = ctx.source.principal;
  const id = parsePrincipal(principal);
  return [
    {
      ...pair(
        'principals',
        'notPrincipals',
        principalsFor(ctx, s.principals),
        principalsFor(ctx, s.notPrincipals),
      ),
      actual: principal,
      absent: NO_PEER,
      match: matchString,
    },
    {
      ...pair('namespaces', 'notNamespaces', s.namespaces, s.notNamespaces),
      actual: peerNamespace(ctx),
      absent: 'no namespace (plaintext request)',
      match: matchString,
    },
    {
      ...pair('serviceAccounts', 'notServiceAccounts', s.serviceAccounts, s.notServiceAccounts),
      actual: principal,
      absent: NO_PEER,
      match: (p, v) => matchServiceAccount(p, v, policyNs),
    },
    {
      ...pair('trustDomains', 'notTrustDomains', s.trustDomains, s.notTrustDomains),
      actual: id?.trustDomain,
      absent: 'no trust domain (plaintext request)',
      match: matchString,
    },
    {
      ...pair('ipBlocks', 'notIpBlocks', s.ipBlocks, s.notIpBlocks),
      actual: ctx.source.ip,
      absent: 'no source IP',
      match: ipInBlock,
    },
    {
      // Envoy's remote address: without X-Forwarded-For or proxy protocol (a direct sidecar
      // call) it is the peer of the connection, the caller's pod IP.
      ...pair('remoteIpBlocks', 'notRemoteIpBlocks', s.remoteIpBlocks, s.notRemoteIpBlocks),
      actual: ctx.source.ip,
      absent: 'no remote IP',
      match: ipInBlock,
    },
    {
      ...pair(
        'requestPrincipals',
        'notRequestPrincipals',
        s.requestPrincipals,
        s.notRequestPrincipals,
      ),
      actual: undefined,
      absent: NO_JWT,
      match: matchString,
    },
  ];
}

function operationFields(o: Operation, ctx: RequestContext): Field[] {
  const op = (label: string, notName: string, values?: string[], notValues?: string[]) => ({
    label: `to.operation.${label}`,
    notLabel: `to.operation.${notName}`,
    values,
    notValues,
  });
  const host = header(ctx, 'host') ?? header(ctx, ':authority');
  return [
    {
      ...op('hosts', 'notHosts', o.hosts, o.notHosts),
      actual: host,
      absent: 'no Host header',
      match: matchHost,
    },
    {
      ...op('ports', 'notPorts', o.ports, o.notPorts),
      actual: String(ctx.destination.port),
      absent: '',
      match: exact,
    },
    {
      ...op('methods', 'notMethods', o.methods, o.notMethods),
      actual: ctx.request.method,
      absent: 'no method',
      match: matchString,
    },
    {
      ...op('paths', 'notPaths', o.paths, o.notPaths),
      actual: ctx.request.path,
      absent: 'no path',
      match: matchPath,
    },
  ];
}

/** Condition keys from istio.io "Authorization Policy Conditions"; see model.go `New`. */
function conditionField(c: Condition, i: number, ctx: RequestContext, policyNs: string): Field {
  const base = {
    label: `when[${i}] ${c.key}`,
    notLabel: `when[${i}] ${c.key} notValues`,
    values: c.values,
    notValues: c.notValues,
  };
  const k = c.key;
  const headerName = /^request\.headers\[(.+)\]$/.exec(k)?.[1];
  if (headerName !== undefined) {
    return {
      ...base,
      actual: header(ctx, headerName),
      absent: `no ${headerName} header`,
      match: matchString,
    };
  }
  switch (k) {
    case 'source.ip':
    case 'remote.ip':
      return { ...base, actual: ctx.source.ip, absent: 'no source IP', match: ipInBlock };
    case 'source.namespace':
      return {
        ...base,
        actual: peerNamespace(ctx),
        absent: 'no namespace (plaintext request)',
        match: matchString,
      };
    case 'source.principal':
      return {
        ...base,
        values: principalsFor(ctx, c.values),
        notValues: principalsFor(ctx, c.notValues),
        actual: ctx.source.principal,
        absent: NO_PEER,
        match: matchString,
      };
    case 'source.serviceAccount':
      return {
        ...base,
        actual: ctx.source.principal,
        absent: NO_PEER,
        match: (p, v) => matchServiceAccount(p, v, policyNs),
      };
    case 'destination.ip':
      return { ...base, actual: ctx.destination.ip, absent: 'no destination IP', match: ipInBlock };
    case 'destination.port':
      return { ...base, actual: String(ctx.destination.port), absent: '', match: exact };
  }
  if (k.startsWith('request.auth.'))
    return { ...base, actual: undefined, absent: NO_JWT_ATTR, match: matchString };
  return {
    ...base,
    actual: undefined,
    absent: '',
    match: exact,
    unevaluable: `${k} is not modelled by svid-lab`,
  };
}

/** Evaluates the entries of `from` or `to`: ORed, each entry's fields ANDed. */
function anyEntry(name: string, entries: Field[][]): Outcome {
  const misses: string[] = [];
  for (const [i, fields] of entries.entries()) {
    const outcomes = fields.flatMap(checkField);
    const miss = outcomes.find((o) => !o.ok);
    if (!miss) return { ok: true, text: outcomes.map((o) => o.text).join(', ') };
    misses.push(entries.length > 1 ? `${name}[${i}]: ${miss.text}` : miss.text);
  }
  return { ok: false, text: misses.join('; ') };
}

const KNOWN_WHEN =
  /^(source\.(ip|namespace|principal|serviceAccount)|destination\.(ip|port)|remote\.ip|connection\.sni|request\.auth\.|request\.headers\[|request\.experimental\.inline\.headers\[|experimental\.envoy\.filters\.)/;

/**
 * Whether `rule` matches `ctx`. An attribute svid-lab cannot evaluate follows
 * Istio's rule for attributes a filter cannot see (builder.go / model.go
 * `checkError`): an ALLOW rule that needs it is skipped (never matches), while
 * DENY and AUDIT drop just that value, so the rule matches more, never less.
 */
export function evaluateRule(
  rule: Rule,
  ctx: RequestContext,
  action: AuthorizationAction,
  policyNamespace: string,
): RuleVerdict {
  const unknown = (rule.when ?? []).find((c) => !KNOWN_WHEN.test(c.key));
  if (unknown) {
    // model.go New(): "unknown attribute" fails the whole rule, whatever the action.
    return {
      matched: false,
      detail: `when key ${unknown.key} is not an Istio attribute, so Istio skips this rule`,
    };
  }
  const from = (rule.from ?? []).map((f) => sourceFields(f.source ?? {}, ctx, policyNamespace));
  const to = (rule.to ?? []).map((t) => operationFields(t.operation ?? {}, ctx));
  const when = (rule.when ?? []).map((c, i) => conditionField(c, i, ctx, policyNamespace));
  const isSet = (f: Field) => Boolean(f.values?.length || f.notValues?.length);
  const blind = [...from.flat(), ...to.flat(), ...when].filter((f) => isSet(f) && f.unevaluable);
  if (blind.length > 0 && action === 'ALLOW') {
    const what = blind
      .map((f) => `${f.values?.length ? f.label : f.notLabel} (${f.unevaluable})`)
      .join('; ');
    return {
      matched: false,
      detail: `cannot evaluate ${what}: an ALLOW rule that needs it never matches`,
    };
  }
  const usable = (fields: Field[]) => fields.filter((f) => isSet(f) && !f.unevaluable);
  const parts: Outcome[] = [];
  if (from.length > 0) parts.push(anyEntry('from', from.map(usable)));
  if (to.length > 0) parts.push(anyEntry('to', to.map(usable)));
  for (const f of usable(when)) parts.push(...checkField(f));
  const notes = blind.map((f) => `${f.label} ignored (${f.unevaluable}; ${action} drops it)`);
  const miss = parts.find((p) => !p.ok);
  if (miss) return { matched: false, detail: miss.text };
  const texts = parts.map((p) => p.text).filter((t) => t !== '');
  const why =
    texts.length > 0 ? texts.join(', ') : 'the rule has no conditions and matches every request';
  return { matched: true, detail: [why, ...notes].join('; ') };
}
