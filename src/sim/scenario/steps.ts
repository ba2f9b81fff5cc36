import { isRecord } from '../manifests';
import { FieldError, onlyKeys, shown } from './fields';
import {
  ATTACK_KINDS,
  type AttackExpectation,
  type AttackKind,
  type AttackSpec,
  type CallExpectation,
  type CallSpec,
  type PodExpectation,
  type ResourceRef,
} from './types';

type Path = (string | number)[];

const REF = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?\/[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

function ref(value: unknown, path: Path, what = 'a pod or Deployment'): string {
  if (typeof value !== 'string' || !REF.test(value)) {
    throw new FieldError(
      path,
      `expected ${what} as namespace/name (e.g. production/order-1), got ${shown(value)}`,
    );
  }
  return value;
}

function str(value: unknown, path: Path): string {
  if (typeof value !== 'string' || value === '')
    throw new FieldError(path, 'expected a non-empty string');
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: Path): T {
  if (!allowed.includes(value as T)) {
    throw new FieldError(path, `expected one of ${allowed.join(', ')}, got ${shown(value)}`);
  }
  return value as T;
}

function request(
  value: Record<string, unknown>,
  path: Path,
): Pick<CallSpec, 'method' | 'path' | 'port'> {
  const method =
    value.method === undefined ? 'GET' : str(value.method, [...path, 'method']).toUpperCase();
  const reqPath = value.path === undefined ? '/' : str(value.path, [...path, 'path']);
  if (!reqPath.startsWith('/'))
    throw new FieldError([...path, 'path'], `a request path starts with '/', got '${reqPath}'`);
  const port = value.port === undefined ? 8080 : value.port;
  if (!Number.isInteger(port) || (port as number) < 1 || (port as number) > 65535) {
    throw new FieldError(
      [...path, 'port'],
      `expected a port from 1 to 65535, got ${shown(value.port)}`,
    );
  }
  return { method, path: reqPath, port: port as number };
}

/** A `call` step and its optional `expect`. */
export function readCall(
  value: unknown,
  expect: unknown,
  path: Path,
): { call: CallSpec; expect?: CallExpectation } {
  if (!isRecord(value))
    throw new FieldError(path, 'expected {from: ns/pod, to: ns/pod, method?, path?}');
  onlyKeys(value, ['from', 'to', 'method', 'path', 'port', 'headers'], path);
  const headers: Record<string, string> = {};
  if (value.headers !== undefined) {
    if (!isRecord(value.headers))
      throw new FieldError([...path, 'headers'], 'expected a map of header names to values');
    for (const [k, v] of Object.entries(value.headers)) headers[k.toLowerCase()] = String(v);
  }
  const call: CallSpec = {
    from: ref(value.from, [...path, 'from']),
    to: ref(value.to, [...path, 'to']),
    ...request(value, path),
    headers,
  };
  if (expect === undefined) return { call };
  const at: Path = [...path.slice(0, -1), 'expect'];
  if (!isRecord(expect)) throw new FieldError(at, 'expected a map like {result: allowed}');
  onlyKeys(expect, ['result', 'reason', 'peer', 'policy', 'status'], at);
  const out: CallExpectation = {};
  if (expect.result !== undefined)
    out.result = oneOf(expect.result, ['allowed', 'denied', 'failed'] as const, [...at, 'result']);
  if (expect.reason !== undefined) out.reason = str(expect.reason, [...at, 'reason']);
  if (expect.peer !== undefined) out.peer = str(expect.peer, [...at, 'peer']);
  if (expect.policy !== undefined) out.policy = str(expect.policy, [...at, 'policy']);
  if (expect.status !== undefined) out.status = Number(expect.status);
  return { call, expect: out };
}

/** An `attack` step and its optional `expect`. */
export function readAttack(
  value: unknown,
  expect: unknown,
  path: Path,
): { attack: AttackSpec; expect?: AttackExpectation } {
  if (!isRecord(value)) throw new FieldError(path, 'expected {kind: ..., from: ns/pod, ...}');
  onlyKeys(
    value,
    ['kind', 'from', 'to', 'as', 'victim', 'impostor', 'method', 'path', 'port'],
    path,
  );
  const kind: AttackKind = oneOf(value.kind, ATTACK_KINDS, [...path, 'kind']);
  const attack: AttackSpec = {
    kind,
    from: ref(value.from, [...path, 'from']),
    ...request(value, path),
  };
  const connection = [
    'forged-cert',
    'foreign-trust-domain',
    'expired-cert',
    'plaintext',
    'impersonated-server',
  ].includes(kind);
  if (connection) attack.to = ref(value.to, [...path, 'to']);
  else if (value.to !== undefined) attack.to = ref(value.to, [...path, 'to']);
  if (kind === 'forged-cert' || kind === 'csr-other-identity') {
    attack.as = ref(value.as, [...path, 'as'], 'a ServiceAccount');
  }
  if (kind === 'impersonated-server')
    attack.impostor = ref(value.impostor, [...path, 'impostor'], 'a pod');
  if (kind === 'stolen-token' || kind === 'replayed-token')
    attack.victim = ref(value.victim, [...path, 'victim'], 'a pod');
  if (expect === undefined) return { attack };
  const at: Path = [...path.slice(0, -1), 'expect'];
  if (!isRecord(expect)) throw new FieldError(at, 'expected a map like {result: failed}');
  onlyKeys(expect, ['result', 'reason', 'spiffeId', 'peer'], at);
  const results = connection
    ? (['allowed', 'denied', 'failed'] as const)
    : (['issued', 'rejected'] as const);
  const out: AttackExpectation = {};
  if (expect.result !== undefined) out.result = oneOf(expect.result, results, [...at, 'result']);
  if (expect.reason !== undefined) out.reason = str(expect.reason, [...at, 'reason']);
  if (expect.spiffeId !== undefined) out.spiffeId = str(expect.spiffeId, [...at, 'spiffeId']);
  if (expect.peer !== undefined) out.peer = str(expect.peer, [...at, 'peer']);
  return { attack, expect: out };
}

/** A standalone `expect` step on a pod. */
export function readPodExpectation(value: unknown, path: Path): PodExpectation {
  if (!isRecord(value)) throw new FieldError(path, 'expected {pod: ns/name, ...checks}');
  onlyKeys(
    value,
    ['pod', 'exists', 'spiffeId', 'certValid', 'rotations', 'ip', 'serviceAccount'],
    path,
  );
  const out: PodExpectation = { pod: ref(value.pod, [...path, 'pod']) };
  for (const key of ['exists', 'certValid'] as const) {
    if (value[key] === undefined) continue;
    if (typeof value[key] !== 'boolean')
      throw new FieldError([...path, key], 'expected true or false');
    out[key] = value[key] as boolean;
  }
  if (value.rotations !== undefined) {
    if (!Number.isInteger(value.rotations))
      throw new FieldError([...path, 'rotations'], 'expected a whole number');
    out.rotations = value.rotations as number;
  }
  for (const key of ['spiffeId', 'ip', 'serviceAccount'] as const) {
    if (value[key] !== undefined) out[key] = str(value[key], [...path, key]);
  }
  return out;
}

/** The `deployment` of a `scale` step: `namespace/name`. */
export function readDeploymentRef(value: unknown, path: Path): string {
  return ref(value, path, 'a Deployment');
}

/** `delete: {kind, namespace, name}` */
export function readRef(value: unknown, path: Path): ResourceRef {
  if (!isRecord(value))
    throw new FieldError(path, 'expected {kind: Pod, namespace: ns, name: name}');
  onlyKeys(value, ['kind', 'namespace', 'name', 'apiVersion'], path);
  return {
    kind: str(value.kind, [...path, 'kind']),
    name: str(value.name, [...path, 'name']),
    ...(value.namespace === undefined
      ? {}
      : { namespace: str(value.namespace, [...path, 'namespace']) }),
  };
}
