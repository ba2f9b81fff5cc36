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
  TraceWords,
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
  absent: Said;
  match: Matcher;
  /** Set when svid-lab cannot evaluate the attribute at all. */
  unevaluable?: Said;
}

/** A reason in English (the CLI's) and as words the app says in the reader's language. */
export interface Said {
  text: string;
  words: TraceWords;
}

export const said = (
  text: string,
  code: Extract<TraceWords, { code: unknown }>['code'],
  params?: Record<string, string | number | TraceWords>,
): Said => ({ text, words: params ? { code, params } : { code } });

/** Several reasons as one, joined the same way in both forms. */
export function joined(parts: Said[], join: ', ' | '; '): Said {
  return {
    text: parts.map((p) => p.text).join(join),
    words: { join, parts: parts.map((p) => p.words) },
  };
}

interface Outcome extends Said {
  ok: boolean;
}

/** The verdict on one rule, with the plain-English why. */
export interface RuleVerdict {
  matched: boolean;
  detail: string;
  words: TraceWords;
}

const exact: Matcher = (p, v) => p === v;
const list = (xs: string[]) => `[${xs.join(', ')}]`;

/** Values ORed, not-values NOT(OR), the two ANDed (model.go `rule.principal`/`permission`). */
function checkField(f: Field): Outcome[] {
  const actual = f.actual ?? '';
  const out: Outcome[] = [];
  const push = (ok: boolean, s: Said) => out.push({ ok, ...s });
  if (f.values?.length) {
    const field = f.label;
    const hit = firstMatch(f.values, f.actual, f.match);
    const values = list(f.values);
    if (f.actual === undefined)
      push(
        false,
        said(`${field} cannot match: ${f.absent.text}`, 'field.absent', {
          field,
          absent: f.absent.words,
        }),
      );
    else if (hit === undefined)
      push(
        false,
        said(`${field} ${values} does not include ${actual}`, 'field.notIncluded', {
          field,
          values,
          actual,
        }),
      );
    else if (hit === f.actual)
      push(true, said(`${field} contains ${actual}`, 'field.contains', { field, actual }));
    else
      push(
        true,
        said(`${field} "${hit}" matches ${actual}`, 'field.matches', {
          field,
          pattern: hit,
          actual,
        }),
      );
  }
  if (f.notValues?.length) {
    const field = f.notLabel;
    const hit = firstMatch(f.notValues, f.actual, f.match);
    const values = list(f.notValues);
    // A negative match on a missing attribute always holds (NOT of a matcher that is false).
    if (f.actual === undefined)
      push(
        true,
        said(`${field} holds: ${f.absent.text}`, 'not.holds', { field, absent: f.absent.words }),
      );
    else if (hit === undefined)
      push(
        true,
        said(`${field} ${values} does not include ${actual}`, 'not.notIncluded', {
          field,
          values,
          actual,
        }),
      );
    else
      push(
        false,
        said(`${field} "${hit}" matches ${actual}`, 'not.matches', {
          field,
          pattern: hit,
          actual,
        }),
      );
  }
  return out;
}

const NO_PEER = said('no principal (plaintext request)', 'absent.peer');
const NO_NAMESPACE = said('no namespace (plaintext request)', 'absent.namespace');
const NO_SOURCE_IP = said('no source IP', 'absent.sourceIp');
const NO_JWT = said(
  'no request principal (svid-lab models no JWT authentication)',
  'absent.requestPrincipal',
);
const NO_JWT_ATTR = said(
  'no JWT on the request (svid-lab models no RequestAuthentication)',
  'absent.jwt',
);
const NOTHING = said('', 'absent.nothing');

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
      absent: NO_NAMESPACE,
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
      absent: said('no trust domain (plaintext request)', 'absent.trustDomain'),
      match: matchString,
    },
    {
      ...pair('ipBlocks', 'notIpBlocks', s.ipBlocks, s.notIpBlocks),
      actual: ctx.source.ip,
      absent: NO_SOURCE_IP,
      match: ipInBlock,
    },
    {
      // Envoy's remote address: without X-Forwarded-For or proxy protocol (a direct sidecar
      // call) it is the peer of the connection, the caller's pod IP.
      ...pair('remoteIpBlocks', 'notRemoteIpBlocks', s.remoteIpBlocks, s.notRemoteIpBlocks),
      actual: ctx.source.ip,
      absent: said('no remote IP', 'absent.remoteIp'),
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
      absent: said('no Host header', 'absent.host'),
      match: matchHost,
    },
    {
      ...op('ports', 'notPorts', o.ports, o.notPorts),
      actual: String(ctx.destination.port),
      absent: NOTHING,
      match: exact,
    },
    {
      ...op('methods', 'notMethods', o.methods, o.notMethods),
      actual: ctx.request.method,
      absent: said('no method', 'absent.method'),
      match: matchString,
    },
    {
      ...op('paths', 'notPaths', o.paths, o.notPaths),
      actual: ctx.request.path,
      absent: said('no path', 'absent.path'),
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
      absent: said(`no ${headerName} header`, 'absent.header', { header: headerName }),
      match: matchString,
    };
  }
  switch (k) {
    case 'source.ip':
    case 'remote.ip':
      return { ...base, actual: ctx.source.ip, absent: NO_SOURCE_IP, match: ipInBlock };
    case 'source.namespace':
      return {
        ...base,
        actual: peerNamespace(ctx),
        absent: NO_NAMESPACE,
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
      return {
        ...base,
        actual: ctx.destination.ip,
        absent: said('no destination IP', 'absent.destinationIp'),
        match: ipInBlock,
      };
    case 'destination.port':
      return { ...base, actual: String(ctx.destination.port), absent: NOTHING, match: exact };
  }
  if (k.startsWith('request.auth.'))
    return { ...base, actual: undefined, absent: NO_JWT_ATTR, match: matchString };
  return {
    ...base,
    actual: undefined,
    absent: NOTHING,
    match: exact,
    unevaluable: said(`${k} is not modelled by svid-lab`, 'unevaluable', { key: k }),
  };
}

/** Evaluates the entries of `from` or `to`: ORed, each entry's fields ANDed. */
function anyEntry(name: string, entries: Field[][]): Outcome {
  const misses: Said[] = [];
  for (const [i, fields] of entries.entries()) {
    const outcomes = fields.flatMap(checkField);
    const miss = outcomes.find((o) => !o.ok);
    if (!miss) return { ok: true, ...joined(outcomes, ', ') };
    misses.push(
      entries.length > 1
        ? said(`${name}[${i}]: ${miss.text}`, 'entry', { entry: `${name}[${i}]`, miss: miss.words })
        : miss,
    );
  }
  return { ok: false, ...joined(misses, '; ') };
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
    return verdict(
      false,
      said(
        `when key ${unknown.key} is not an Istio attribute, so Istio skips this rule`,
        'rule.unknownWhen',
        { key: unknown.key },
      ),
    );
  }
  const from = (rule.from ?? []).map((f) => sourceFields(f.source ?? {}, ctx, policyNamespace));
  const to = (rule.to ?? []).map((t) => operationFields(t.operation ?? {}, ctx));
  const when = (rule.when ?? []).map((c, i) => conditionField(c, i, ctx, policyNamespace));
  const isSet = (f: Field) => Boolean(f.values?.length || f.notValues?.length);
  const blind = [...from.flat(), ...to.flat(), ...when].filter((f) => isSet(f) && f.unevaluable);
  const unseen = (f: Field, field: string) => {
    const why = f.unevaluable ?? NOTHING;
    return said(`${field} (${why.text})`, 'rule.blind', { field, why: why.words });
  };
  if (blind.length > 0 && action === 'ALLOW') {
    const what = joined(
      blind.map((f) => unseen(f, f.values?.length ? f.label : f.notLabel)),
      '; ',
    );
    return verdict(
      false,
      said(
        `cannot evaluate ${what.text}: an ALLOW rule that needs it never matches`,
        'rule.cannotEvaluate',
        { what: what.words },
      ),
    );
  }
  const usable = (fields: Field[]) => fields.filter((f) => isSet(f) && !f.unevaluable);
  const parts: Outcome[] = [];
  if (from.length > 0) parts.push(anyEntry('from', from.map(usable)));
  if (to.length > 0) parts.push(anyEntry('to', to.map(usable)));
  for (const f of usable(when)) parts.push(...checkField(f));
  const notes = blind.map((f) => {
    const why = f.unevaluable ?? NOTHING;
    return said(`${f.label} ignored (${why.text}; ${action} drops it)`, 'rule.ignored', {
      field: f.label,
      why: why.words,
      action,
    });
  });
  const miss = parts.find((p) => !p.ok);
  if (miss) return verdict(false, miss);
  const shown = parts.filter((p) => p.text !== '');
  const why =
    shown.length > 0
      ? joined(shown, ', ')
      : said('the rule has no conditions and matches every request', 'rule.noConditions');
  return verdict(true, joined([why, ...notes], '; '));
}

function verdict(matched: boolean, why: Said): RuleVerdict {
  return { matched, detail: why.text, words: why.words };
}
