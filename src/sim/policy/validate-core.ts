/**
 * Shared machinery for turning parsed YAML into typed manifests: a collector of
 * errors / ignored fields / warnings, each prefixed with the field's path
 * (`spec.rules[0].from[0].source.principals`), and the small shape checks.
 */
import type { WorkloadSelector } from './types';

export type Obj = Record<string, unknown>;

/** Collects findings while walking one manifest. */
export class Findings {
  readonly errors: string[] = [];
  readonly ignored: string[] = [];
  readonly warnings: string[] = [];
  /** Each finding's words, by its English line: what the app says in the reader's language. */
  readonly words: Record<string, FindingWords> = {};
  error(path: string, message: string, code: FindingCode, params: FindingParams = {}): void {
    this.errors.push(this.said(path, message, code, params));
  }
  ignore(path: string, why: string, code: FindingCode, params: FindingParams = {}): void {
    this.ignored.push(this.said(path, why, code, params));
  }
  warn(path: string, message: string, code: FindingCode, params: FindingParams = {}): void {
    this.warnings.push(this.said(path, message, code, params));
  }
  private said(path: string, message: string, code: FindingCode, params: FindingParams): string {
    const line = `${path}: ${message}`;
    this.words[line] = { path, code, params };
    return line;
  }
}

type FindingParams = Record<string, string | number>;

/** A webhook finding as a code, the field it names and the values it quotes. */
export interface FindingWords {
  path: string;
  code: FindingCode;
  params: FindingParams;
}

/** What the admission webhook (and svid-lab's notes on what it ignores) says of a field. */
export type FindingCode =
  // shapes
  | 'yamlSyntax'
  | 'unknownField'
  | 'expectedMapping'
  | 'expectedManifest'
  | 'invalidManifest'
  | 'expectedStrings'
  | 'expectedStringsQuote'
  | 'expectedString'
  | 'expectedOneOf'
  | 'expectedList'
  | 'expectedRules'
  | 'expectedConditions'
  | 'expectedRefs'
  | 'emptyValue'
  | 'empty'
  | 'nil'
  // the envelope and metadata
  | 'apiVersion'
  | 'kind'
  | 'metadataRequired'
  | 'nameRequired'
  | 'notDnsSubdomain'
  | 'badNamespace'
  | 'namespaceDefault'
  | 'dryRun'
  | 'notUsed'
  | 'status'
  | 'overLimit'
  // selectors and attachment
  | 'selectorWildcard'
  | 'targetRefBoth'
  | 'targetRefsAndSelector'
  | 'targetRefs'
  | 'rootSelector'
  // actions and providers
  | 'providerNotCustom'
  | 'noRules'
  | 'providerNameEmpty'
  | 'customIdentity'
  // sources and operations
  | 'tooManyValues'
  | 'wildcard'
  | 'tooLong'
  | 'serviceAccountFormat'
  | 'serviceAccountsWithIdentity'
  | 'badIp'
  | 'badPort'
  | 'pathTemplate'
  | 'pathTemplateLast'
  | 'noJwt'
  // conditions
  | 'badConditionIp'
  | 'badConditionPort'
  | 'badMapKey'
  | 'replacedByNamespace'
  | 'deprecatedAttr'
  | 'replacedBySelector'
  | 'unknownAttr'
  | 'keyRequired'
  | 'valuesRequired'
  | 'ignoredJwtAttr'
  | 'ignoredSni'
  | 'ignoredEnvoy'
  | 'ignoredInline'
  // PeerAuthentication
  | 'portLevelNoSelector'
  | 'portLevelEmpty'
  | 'portRange';

export function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Reports every key of `obj` not in `allowed` as an error naming what is allowed. */
export function unknownKeys(
  f: Findings,
  obj: Obj,
  allowed: readonly string[],
  path: string,
  what: string,
): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) {
      f.error(
        `${path}.${key}`,
        `unknown field: ${what} has ${allowed.join(', ')}`,
        'unknownField',
        {
          allowed: allowed.join(', '),
        },
      );
    }
  }
}

/** An object at `path` (or undefined when absent); reports a wrong type. */
export function objectAt(f: Findings, v: unknown, path: string): Obj | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v)) {
    f.error(path, 'expected a mapping', 'expectedMapping');
    return undefined;
  }
  return v;
}

/** A list of non-empty strings (Istio CheckEmptyValues); numbers must be quoted in YAML. */
export function stringList(f: Findings, v: unknown, path: string): string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
    const numbers = Array.isArray(v) && v.some((x) => typeof x === 'number');
    if (numbers)
      f.error(path, 'expected a list of strings (quote numbers: "8080")', 'expectedStringsQuote');
    else f.error(path, 'expected a list of strings', 'expectedStrings');
    return undefined;
  }
  const empty = v.indexOf('');
  if (empty >= 0) f.error(`${path}[${empty}]`, 'empty value not allowed', 'emptyValue');
  return v as string[];
}

/** A string from a closed set. */
export function oneOf<T extends string>(
  f: Findings,
  v: unknown,
  allowed: readonly T[],
  path: string,
): T | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    f.error(
      path,
      `expected one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`,
      'expectedOneOf',
      {
        allowed: allowed.join(', '),
        got: JSON.stringify(v),
      },
    );
    return undefined;
  }
  return v as T;
}

/** istio/api type/v1beta1/selector.proto: matchLabels only, no wildcards, no empty keys. */
export function workloadSelector(
  f: Findings,
  v: unknown,
  path: string,
): WorkloadSelector | undefined {
  const sel = objectAt(f, v, path);
  if (!sel) return undefined;
  unknownKeys(f, sel, ['matchLabels'], path, 'a workload selector');
  const labels = objectAt(f, sel.matchLabels, `${path}.matchLabels`);
  if (!labels) return {};
  const out: Record<string, string> = {};
  for (const [k, val] of Object.entries(labels)) {
    const p = `${path}.matchLabels.${k}`;
    if (typeof val !== 'string')
      f.error(p, 'expected a string (quote numbers and booleans)', 'expectedString');
    else if (k === '' || k.includes('*') || val.includes('*'))
      f.error(p, 'wildcard not allowed in a selector', 'selectorWildcard');
    else out[k] = val;
  }
  return { matchLabels: out };
}

const META_FIELDS = [
  'name',
  'namespace',
  'labels',
  'annotations',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'generateName',
  'managedFields',
  'ownerReferences',
  'finalizers',
] as const;

const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Kubernetes ObjectMeta: name required; namespace defaults to `default` as kubectl does. */
export function objectMeta(
  f: Findings,
  v: unknown,
): { name: string; namespace: string } | undefined {
  if (v === undefined) {
    f.error('metadata', 'required (with at least a name)', 'metadataRequired');
    return undefined;
  }
  const meta = objectAt(f, v, 'metadata');
  if (!meta) return undefined;
  unknownKeys(f, meta, META_FIELDS, 'metadata', 'Kubernetes metadata');
  const { name, namespace } = meta;
  if (typeof name !== 'string' || name === '')
    f.error('metadata.name', 'required: a non-empty string', 'nameRequired');
  else if (name.length > 253 || !DNS_SUBDOMAIN.test(name))
    f.error(
      'metadata.name',
      `${JSON.stringify(name)} is not a DNS-1123 subdomain`,
      'notDnsSubdomain',
      {
        name: JSON.stringify(name),
      },
    );
  let ns = 'default';
  if (namespace === undefined)
    f.warn('metadata.namespace', 'not set: using "default", as kubectl does', 'namespaceDefault');
  else if (typeof namespace !== 'string' || namespace.length > 63 || !DNS_LABEL.test(namespace)) {
    f.error(
      'metadata.namespace',
      `${JSON.stringify(namespace)} is not a valid namespace name`,
      'badNamespace',
      { namespace: JSON.stringify(namespace) },
    );
  } else ns = namespace;
  const annotations = isObj(meta.annotations) ? meta.annotations : {};
  if (annotations['istio.io/dry-run'] !== undefined) {
    f.ignore(
      'metadata.annotations.istio.io/dry-run',
      'dry-run is not modelled: svid-lab enforces this policy',
      'dryRun',
    );
  }
  for (const key of Object.keys(meta)) {
    if (key !== 'name' && key !== 'namespace' && key !== 'annotations')
      f.ignore(`metadata.${key}`, 'not used by svid-lab', 'notUsed');
  }
  return typeof name === 'string' ? { name, namespace: ns } : undefined;
}
