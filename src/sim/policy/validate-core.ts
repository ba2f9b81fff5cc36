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
  error(path: string, message: string): void {
    this.errors.push(`${path}: ${message}`);
  }
  ignore(path: string, why: string): void {
    this.ignored.push(`${path}: ${why}`);
  }
  warn(path: string, message: string): void {
    this.warnings.push(`${path}: ${message}`);
  }
}

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
      f.error(`${path}.${key}`, `unknown field: ${what} has ${allowed.join(', ')}`);
    }
  }
}

/** An object at `path` (or undefined when absent); reports a wrong type. */
export function objectAt(f: Findings, v: unknown, path: string): Obj | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v)) {
    f.error(path, 'expected a mapping');
    return undefined;
  }
  return v;
}

/** A list of non-empty strings (Istio CheckEmptyValues); numbers must be quoted in YAML. */
export function stringList(f: Findings, v: unknown, path: string): string[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
    const hint =
      Array.isArray(v) && v.some((x) => typeof x === 'number') ? ' (quote numbers: "8080")' : '';
    f.error(path, `expected a list of strings${hint}`);
    return undefined;
  }
  const empty = v.indexOf('');
  if (empty >= 0) f.error(`${path}[${empty}]`, 'empty value not allowed');
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
    f.error(path, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
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
    if (typeof val !== 'string') f.error(p, 'expected a string (quote numbers and booleans)');
    else if (k === '' || k.includes('*') || val.includes('*'))
      f.error(p, 'wildcard not allowed in a selector');
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
    f.error('metadata', 'required (with at least a name)');
    return undefined;
  }
  const meta = objectAt(f, v, 'metadata');
  if (!meta) return undefined;
  unknownKeys(f, meta, META_FIELDS, 'metadata', 'Kubernetes metadata');
  const { name, namespace } = meta;
  if (typeof name !== 'string' || name === '')
    f.error('metadata.name', 'required: a non-empty string');
  else if (name.length > 253 || !DNS_SUBDOMAIN.test(name))
    f.error('metadata.name', `${JSON.stringify(name)} is not a DNS-1123 subdomain`);
  let ns = 'default';
  if (namespace === undefined)
    f.warn('metadata.namespace', 'not set: using "default", as kubectl does');
  else if (typeof namespace !== 'string' || namespace.length > 63 || !DNS_LABEL.test(namespace)) {
    f.error('metadata.namespace', `${JSON.stringify(namespace)} is not a valid namespace name`);
  } else ns = namespace;
  const annotations = isObj(meta.annotations) ? meta.annotations : {};
  if (annotations['istio.io/dry-run'] !== undefined) {
    f.ignore(
      'metadata.annotations.istio.io/dry-run',
      'dry-run is not modelled: svid-lab enforces this policy',
    );
  }
  for (const key of Object.keys(meta)) {
    if (key !== 'name' && key !== 'namespace' && key !== 'annotations')
      f.ignore(`metadata.${key}`, 'not used by svid-lab');
  }
  return typeof name === 'string' ? { name, namespace: ns } : undefined;
}
