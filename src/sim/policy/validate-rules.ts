/**
 * AuthorizationPolicy `rules`: from / to / when, checked as istio/istio
 * pkg/config/validation `ValidateAuthorizationPolicy` and pkg/config/security do.
 */
import { isIpBlock } from './match';
import type { AuthorizationAction, Condition, Operation, Rule, Source } from './types';
import {
  type FindingCode,
  type Findings,
  objectAt,
  stringList,
  unknownKeys,
} from './validate-core';

const SOURCE_FIELDS = [
  'principals',
  'notPrincipals',
  'requestPrincipals',
  'notRequestPrincipals',
  'namespaces',
  'notNamespaces',
  'serviceAccounts',
  'notServiceAccounts',
  'ipBlocks',
  'notIpBlocks',
  'remoteIpBlocks',
  'notRemoteIpBlocks',
  'trustDomains',
  'notTrustDomains',
] as const;
const OPERATION_FIELDS = [
  'hosts',
  'notHosts',
  'ports',
  'notPorts',
  'methods',
  'notMethods',
  'paths',
  'notPaths',
] as const;

const NOT_MODELLED: Partial<Record<(typeof SOURCE_FIELDS)[number], string>> = {
  requestPrincipals:
    'svid-lab models no JWT (RequestAuthentication): no request has a request principal',
  notRequestPrincipals:
    'svid-lab models no JWT (RequestAuthentication): no request has a request principal',
};

/** CheckServiceAccount: `sa` or `ns/sa`, no wildcard, at most 16, each under 320 characters. */
function checkServiceAccounts(f: Findings, values: string[] | undefined, path: string): void {
  if (!values) return;
  if (values.length > 16) f.error(path, 'may not have more than 16 values', 'tooManyValues');
  values.forEach((v, i) => {
    const p = `${path}[${i}]`;
    if (v.includes('*')) f.error(p, 'wildcard not allowed', 'wildcard');
    else if (v.length > 320) f.error(p, 'value cannot exceed 320 characters', 'tooLong');
    else if (!/^[^/]+(\/[^/]+)?$/.test(v))
      f.error(
        p,
        `expected format 'serviceAccount' or 'namespace/serviceAccount', found ${JSON.stringify(v)}`,
        'serviceAccountFormat',
        { found: JSON.stringify(v) },
      );
  });
}

function checkIps(f: Findings, values: string[] | undefined, path: string): void {
  values?.forEach((v, i) => {
    if (v !== '' && !isIpBlock(v))
      f.error(`${path}[${i}]`, `bad IP address or CIDR range (${v})`, 'badIp', { value: v });
  });
}

function checkPorts(f: Findings, values: string[] | undefined, path: string): void {
  values?.forEach((v, i) => {
    if (v !== '' && (!/^\d+$/.test(v) || Number(v) > 65535))
      f.error(`${path}[${i}]`, `bad port (${v}): expected 0-65535`, 'badPort', { value: v });
  });
}

/** CheckValidPathTemplate: `{*}` and `{**}` are whole segments, `{**}` last, no other braces. */
function checkPaths(f: Findings, values: string[] | undefined, path: string): void {
  values?.forEach((v, i) => {
    if (!v.includes('{') && !v.includes('}')) return;
    const segments = v.replace(/^\/+|\/+$/g, '').split('/');
    const anyAt = segments.indexOf('{**}');
    const bad = segments.some((s) => s !== '{*}' && s !== '{**}' && /[{}]/.test(s));
    if (bad)
      f.error(
        `${path}[${i}]`,
        `invalid path template ${v}: only whole-segment {*} and {**} are supported`,
        'pathTemplate',
        { value: v },
      );
    else if (anyAt >= 0 && anyAt !== segments.length - 1)
      f.error(
        `${path}[${i}]`,
        `invalid path template ${v}: {**} must be the last operator`,
        'pathTemplateLast',
        { value: v },
      );
  });
}

function source(
  f: Findings,
  v: unknown,
  path: string,
  action: AuthorizationAction,
): Source | undefined {
  if (v === undefined || v === null) {
    f.error(path, 'must not be nil', 'nil');
    return undefined;
  }
  const obj = objectAt(f, v, path);
  if (!obj) return undefined;
  unknownKeys(f, obj, SOURCE_FIELDS, path, 'a source');
  const out: Source = {};
  for (const key of SOURCE_FIELDS) {
    const values = stringList(f, obj[key], `${path}.${key}`);
    if (!values) continue;
    out[key] = values;
    const why = NOT_MODELLED[key];
    if (why) f.ignore(`${path}.${key}`, why, 'noJwt');
    if (action === 'CUSTOM' && /rincipals|amespaces|erviceAccounts/.test(key)) {
      f.error(`${path}.${key}`, 'is currently not supported with CUSTOM action', 'customIdentity');
    }
  }
  if (Object.keys(out).length === 0 && Object.keys(obj).length === 0)
    f.error(path, 'must not be empty', 'empty');
  const identity = ['principals', 'notPrincipals', 'namespaces', 'notNamespaces'].some(
    (k) => obj[k] !== undefined,
  );
  if (identity && (obj.serviceAccounts !== undefined || obj.notServiceAccounts !== undefined)) {
    f.error(
      path,
      'cannot set serviceAccounts with namespaces or principals',
      'serviceAccountsWithIdentity',
    );
  }
  checkServiceAccounts(f, out.serviceAccounts, `${path}.serviceAccounts`);
  checkServiceAccounts(f, out.notServiceAccounts, `${path}.notServiceAccounts`);
  for (const k of ['ipBlocks', 'notIpBlocks', 'remoteIpBlocks', 'notRemoteIpBlocks'] as const)
    checkIps(f, out[k], `${path}.${k}`);
  return out;
}

function operation(f: Findings, v: unknown, path: string): Operation | undefined {
  if (v === undefined || v === null) {
    f.error(path, 'must not be nil', 'nil');
    return undefined;
  }
  const obj = objectAt(f, v, path);
  if (!obj) return undefined;
  unknownKeys(f, obj, OPERATION_FIELDS, path, 'an operation');
  const out: Operation = {};
  for (const key of OPERATION_FIELDS) {
    const values = stringList(f, obj[key], `${path}.${key}`);
    if (values) out[key] = values;
  }
  if (Object.keys(obj).length === 0) f.error(path, 'must not be empty', 'empty');
  checkPorts(f, out.ports, `${path}.ports`);
  checkPorts(f, out.notPorts, `${path}.notPorts`);
  checkPaths(f, out.paths, `${path}.paths`);
  checkPaths(f, out.notPaths, `${path}.notPaths`);
  return out;
}

const MAP_KEY = /^[^[]+\[.+\]$/;
const IGNORED_KEYS: [RegExp, string, FindingCode][] = [
  [
    /^request\.auth\./,
    'svid-lab models no JWT (RequestAuthentication): the attribute is always empty',
    'ignoredJwtAttr',
  ],
  [
    /^connection\.sni$/,
    'SNI is not modelled: an ALLOW rule using it never matches, a DENY rule drops it',
    'ignoredSni',
  ],
  [
    /^experimental\.envoy\.filters\./,
    'Envoy filter metadata is not modelled: an ALLOW rule using it never matches, a DENY rule drops it',
    'ignoredEnvoy',
  ],
  [
    /^request\.experimental\.inline\.headers\[/,
    'not modelled: an ALLOW rule using it never matches, a DENY rule drops it',
    'ignoredInline',
  ],
];

/** security.ValidateAttribute: the condition keys Istio knows and what their values must look like. */
function checkConditionKey(f: Findings, key: string, values: string[], path: string): void {
  const keyPath = path.replace(/\.(values|notValues)$/, '.key');
  const each = (
    ok: (v: string) => boolean,
    what: string,
    code: 'badConditionIp' | 'badConditionPort',
  ) => {
    for (const v of values)
      if (!ok(v))
        f.error(path, `invalid value for key ${key}: ${what} (${v})`, code, { key, value: v });
  };
  if (
    /^(request\.headers|request\.auth\.claims|request\.experimental\.inline\.headers|experimental\.envoy\.filters\.)/.test(
      key,
    )
  ) {
    if (!MAP_KEY.test(key))
      f.error(keyPath, `bad key (${key}): should have format a[b]`, 'badMapKey', { key });
  } else if (['source.ip', 'remote.ip', 'destination.ip'].includes(key)) {
    each(isIpBlock, 'bad IP address or CIDR range', 'badConditionIp');
  } else if (key === 'destination.port') {
    each((v) => /^\d+$/.test(v) && Number(v) <= 65535, 'bad port', 'badConditionPort');
  } else if (key === 'source.serviceAccount') {
    checkServiceAccounts(f, values, path);
  } else if (key === 'destination.namespace') {
    f.error(path, `attribute ${key} is replaced by the metadata.namespace`, 'replacedByNamespace', {
      key,
    });
  } else if (key === 'destination.name' || key === 'destination.user') {
    f.error(path, `deprecated attribute ${key}: only supported in v1alpha1`, 'deprecatedAttr', {
      key,
    });
  } else if (key.startsWith('destination.labels')) {
    f.error(path, `attribute ${key} is replaced by the workload selector`, 'replacedBySelector', {
      key,
    });
  } else if (!KNOWN_PLAIN_KEYS.includes(key)) {
    f.error(keyPath, `unknown attribute: ${key}`, 'unknownAttr', { key });
  }
}

const KNOWN_PLAIN_KEYS = [
  'source.namespace',
  'source.principal',
  'request.auth.principal',
  'request.auth.audiences',
  'request.auth.presenter',
  'connection.sni',
];

function condition(f: Findings, v: unknown, path: string): Condition | undefined {
  if (v === null) {
    f.error(path, 'must not be nil', 'nil');
    return undefined;
  }
  const obj = objectAt(f, v, path);
  if (!obj) return undefined;
  unknownKeys(f, obj, ['key', 'values', 'notValues'], path, 'a condition');
  const values = stringList(f, obj.values, `${path}.values`);
  const notValues = stringList(f, obj.notValues, `${path}.notValues`);
  if (typeof obj.key !== 'string' || obj.key === '') {
    f.error(`${path}.key`, 'required: a non-empty attribute name', 'keyRequired');
    return undefined;
  }
  const key = obj.key;
  if (!values?.length && !notValues?.length)
    f.error(
      path,
      `at least one of values or notValues must be set for key ${key}`,
      'valuesRequired',
      { key },
    );
  const before = f.errors.length;
  checkConditionKey(f, key, values ?? [], `${path}.values`);
  if (f.errors.length === before) checkConditionKey(f, key, notValues ?? [], `${path}.notValues`);
  const ignored = IGNORED_KEYS.find(([re]) => re.test(key));
  if (ignored) f.ignore(`${path}.key`, `${key}: ${ignored[1]}`, ignored[2], { key });
  const out: Condition = { key };
  if (values) out.values = values;
  if (notValues) out.notValues = notValues;
  return out;
}

/** A non-empty list at `path`, each element passed through `each`. */
function entries<T>(
  f: Findings,
  v: unknown,
  path: string,
  each: (x: unknown, p: string) => T | undefined,
): T[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) {
    f.error(path, 'expected a list', 'expectedList');
    return undefined;
  }
  if (v.length === 0) f.error(path, 'must not be empty', 'empty');
  return v.map((x, i) => each(x, `${path}[${i}]`)).filter((x): x is T => x !== undefined);
}

/** Validates `spec.rules`; returns the typed rules (undefined when absent or not a list). */
export function validateRules(
  f: Findings,
  v: unknown,
  action: AuthorizationAction,
): Rule[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) {
    f.error('spec.rules', 'expected a list of rules', 'expectedRules');
    return undefined;
  }
  return v.flatMap((r, i): Rule[] => {
    const path = `spec.rules[${i}]`;
    if (r === null) {
      f.error(path, 'must not be nil', 'nil');
      return [];
    }
    const rule = objectAt(f, r, path);
    if (!rule) return [];
    unknownKeys(f, rule, ['from', 'to', 'when'], path, 'a rule');
    const out: Rule = {};
    const from = entries(f, rule.from, `${path}.from`, (x, p) => {
      const o = objectAt(f, x, p);
      if (o) unknownKeys(f, o, ['source'], p, 'a from entry');
      const s = o ? source(f, o.source, `${p}.source`, action) : undefined;
      return s ? { source: s } : undefined;
    });
    if (from) out.from = from;
    const to = entries(f, rule.to, `${path}.to`, (x, p) => {
      const o = objectAt(f, x, p);
      if (o) unknownKeys(f, o, ['operation'], p, 'a to entry');
      const op = o ? operation(f, o.operation, `${p}.operation`) : undefined;
      return op ? { operation: op } : undefined;
    });
    if (to) out.to = to;
    if (rule.when !== undefined && !Array.isArray(rule.when))
      f.error(`${path}.when`, 'expected a list of conditions', 'expectedConditions');
    else if (Array.isArray(rule.when))
      out.when = rule.when
        .map((c, j) => condition(f, c, `${path}.when[${j}]`))
        .filter((c): c is Condition => c !== undefined);
    return [out];
  });
}
