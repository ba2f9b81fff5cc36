import { validateTrustDomain } from '../../pki/spiffe-id';
import { LESSON_DEFAULTS, type MeshConfig } from '../config';
import { formatDuration, parseDuration } from '../duration';
import { MAX_WORKLOAD_CERT_TTL_MS } from '../istiod';
import {
  EARLIEST_TIME,
  LATEST_TIME,
  LIMITS,
  MIN_CERT_TTL_MS,
  MIN_TOKEN_TTL_MS,
  replicasProblem,
} from '../limits';
import { isRecord, ManifestError, readKubeObject, readService } from '../manifests';
import { validatePolicyManifest } from '../policy/validate';
import { lineOfPath } from '../yaml-lines';
import { parseYamlText, YamlProblem } from '../yaml-text';
import { checkSize, FieldError, onlyKeys, prose, shown } from './fields';
import { readAttack, readCall, readDeploymentRef, readPodExpectation, readRef } from './steps';
import { checkTotals, iso } from './totals';
import type { Scenario, Step } from './types';

/** A scenario that cannot run: the message names the file, the step or key, and why. */
export class ScenarioError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly why: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    const at = line ? ` (line ${line}${column ? `, column ${column}` : ''})` : '';
    super(`${file}: ${where ? `${where}: ` : ''}${why}${at}`);
  }
}

const TOP_KEYS = ['scenario', 'description', 'mesh', 'resources', 'steps'];
const MESH_KEYS = [
  'trustDomain',
  'certTTL',
  'renewAt',
  'renewJitter',
  'keyAlgorithm',
  'rootKeyAlgorithm',
  'rootCertTTL',
  'tokenTTL',
  'start',
  'seed',
];
const STEP_KINDS = [
  'wait',
  'apply',
  'delete',
  'restart',
  'rollout',
  'scale',
  'istiod',
  'call',
  'attack',
  'repeat',
];
const KEY_ALGORITHMS = ['ECDSA_P256', 'RSA_2048'] as const;

function readMesh(value: unknown): MeshConfig {
  if (value === undefined || value === null) return { ...LESSON_DEFAULTS };
  if (!isRecord(value)) throw new FieldError(['mesh'], 'expected a map of settings');
  onlyKeys(value, MESH_KEYS, ['mesh']);
  const mesh = { ...LESSON_DEFAULTS };
  const duration = (key: string, fallback: number, min: number, minWhy: string) => {
    const raw = value[key];
    if (raw === undefined) return fallback;
    let ms: number;
    try {
      ms = parseDuration(String(raw));
    } catch (error) {
      throw new FieldError(['mesh', key], (error as Error).message);
    }
    if (ms < min) {
      throw new FieldError(
        ['mesh', key],
        `${shown(raw)} is shorter than the minimum ${formatDuration(min)}: ${minWhy}`,
      );
    }
    return ms;
  };
  const fraction = (key: string, fallback: number, min: number, max: number) => {
    const raw = value[key];
    if (raw === undefined) return fallback;
    if (typeof raw !== 'number' || !(raw >= min && raw <= max)) {
      throw new FieldError(
        ['mesh', key],
        `expected a number from ${min} to ${max}, got ${shown(raw)}`,
      );
    }
    return raw;
  };
  const algorithm = (key: string, fallback: MeshConfig['keyAlgorithm']) => {
    const raw = value[key];
    if (raw === undefined) return fallback;
    if (!KEY_ALGORITHMS.includes(raw as never)) {
      throw new FieldError(
        ['mesh', key],
        `expected ${KEY_ALGORITHMS.join(' or ')}, got ${shown(raw)}`,
      );
    }
    return raw as MeshConfig['keyAlgorithm'];
  };
  if (value.trustDomain !== undefined) {
    if (typeof value.trustDomain !== 'string') {
      throw new FieldError(
        ['mesh', 'trustDomain'],
        `expected a trust domain such as cluster.local, got ${shown(value.trustDomain)}`,
      );
    }
    const problem = validateTrustDomain(value.trustDomain);
    if (problem) throw new FieldError(['mesh', 'trustDomain'], problem.message);
    mesh.trustDomain = value.trustDomain;
  }
  mesh.certTtlMs = duration(
    'certTTL',
    mesh.certTtlMs,
    MIN_CERT_TTL_MS,
    "svid-lab's shortest workload certificate",
  );
  if (mesh.certTtlMs > MAX_WORKLOAD_CERT_TTL_MS) {
    throw new FieldError(
      ['mesh', 'certTTL'],
      `${shown(value.certTTL)} is longer than istiod allows: "requested TTL ${mesh.certTtlMs / 3_600_000}h is greater than the max allowed TTL ${MAX_WORKLOAD_CERT_TTL_MS / 3_600_000}h" (90d at most)`,
    );
  }
  mesh.rootCertTtlMs = duration(
    'rootCertTTL',
    mesh.rootCertTtlMs,
    1000,
    'a root lives whole seconds',
  );
  mesh.tokenTtlMs = duration(
    'tokenTTL',
    mesh.tokenTtlMs,
    MIN_TOKEN_TTL_MS,
    'Kubernetes: "may not specify a duration less than 10 minutes"',
  );
  mesh.renewAt = fraction('renewAt', mesh.renewAt, 0.01, 0.99);
  mesh.renewJitter = fraction('renewJitter', mesh.renewJitter, 0, 0.2);
  mesh.keyAlgorithm = algorithm('keyAlgorithm', mesh.keyAlgorithm);
  mesh.rootKeyAlgorithm = algorithm('rootKeyAlgorithm', mesh.rootKeyAlgorithm);
  if (value.start !== undefined) {
    const start =
      value.start instanceof Date ? value.start.getTime() : Date.parse(String(value.start));
    if (Number.isNaN(start)) {
      throw new FieldError(
        ['mesh', 'start'],
        `expected an ISO date-time like "2025-12-10T00:00:00Z", got ${shown(value.start)}`,
      );
    }
    mesh.start = start;
  }
  if (mesh.start < EARLIEST_TIME || mesh.start + mesh.rootCertTtlMs > LATEST_TIME) {
    throw new FieldError(
      value.start === undefined ? ['mesh', 'rootCertTTL'] : ['mesh', 'start'],
      `the root certificate would be valid from ${iso(mesh.start)} to ${iso(mesh.start + mesh.rootCertTtlMs)}; certificates here must fall between ${iso(EARLIEST_TIME)} and ${iso(LATEST_TIME)}`,
    );
  }
  if (value.seed !== undefined) {
    if (!Number.isInteger(value.seed) || (value.seed as number) < 0) {
      throw new FieldError(['mesh', 'seed'], `expected a whole number, got ${shown(value.seed)}`);
    }
    mesh.seed = value.seed as number;
  }
  return mesh;
}

/** Checks a manifest's structure now, so a broken one is an invalid file, not a runtime surprise. */
function checkManifest(manifest: unknown, path: (string | number)[]): void {
  const kind = isRecord(manifest) ? manifest.kind : undefined;
  if (kind === 'AuthorizationPolicy' || kind === 'PeerAuthentication') {
    const result = validatePolicyManifest(manifest);
    if (!result.ok) throw new FieldError(path, `invalid ${kind}: ${result.errors.join('; ')}`);
    return;
  }
  try {
    if (kind === 'Service') readService(manifest);
    else readKubeObject(manifest);
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    const at = error.path.split('.').filter(Boolean);
    throw new FieldError([...path, ...at], error.message.replace(`${error.path}: `, ''));
  }
}

function readStep(
  raw: unknown,
  index: number,
  parent: (string | number)[] = [],
): Step & { note?: string } {
  const path: (string | number)[] = [...parent, 'steps', index];
  if (!isRecord(raw)) throw new FieldError(path, 'a step must be a map such as {wait: 18h}');
  const kinds = Object.keys(raw).filter((k) => STEP_KINDS.includes(k));
  if (kinds.length > 1)
    throw new FieldError(path, `one action per step, found ${kinds.join(' and ')}`);
  const kind = kinds[0] ?? (raw.expect !== undefined ? 'expect' : undefined);
  if (!kind) {
    const keys = Object.keys(raw).join(', ') || 'nothing';
    throw new FieldError(
      path,
      `unknown step with ${keys}: a step is one of ${[...STEP_KINDS, 'expect'].join(', ')}`,
    );
  }
  const withExpect = ['call', 'attack', 'apply'].includes(kind);
  onlyKeys(raw, [kind, 'note', ...(withExpect ? ['expect'] : [])], path);
  const note =
    raw.note === undefined ? {} : { note: prose(raw.note, [...path, 'note'], LIMITS.noteChars) };
  const value = raw[kind];
  const at = [...path, kind];
  switch (kind) {
    case 'wait': {
      try {
        const ms = parseDuration(String(value));
        return { kind, ms, text: String(value), ...note };
      } catch (error) {
        throw new FieldError(at, (error as Error).message);
      }
    }
    case 'apply': {
      const manifests = Array.isArray(value) ? value : [value];
      for (const [i, m] of manifests.entries())
        checkManifest(m, Array.isArray(value) ? [...at, i] : at);
      const expect = raw.expect;
      if (
        expect !== undefined &&
        !(isRecord(expect) && typeof expect.error === 'string' && Object.keys(expect).length === 1)
      ) {
        throw new FieldError(
          [...path, 'expect'],
          "an apply step may only expect {error: '<part of the message>'}",
        );
      }
      return {
        kind,
        manifests,
        ...(isRecord(expect) ? { expectError: String(expect.error) } : {}),
        ...note,
      };
    }
    case 'delete':
      return { kind, ref: readRef(value, at), ...note };
    case 'restart':
      if (typeof value !== 'string' || !/^[^/\s]+\/[^/\s]+$/.test(value)) {
        throw new FieldError(at, `expected a pod as namespace/name, got ${shown(value)}`);
      }
      return { kind, pod: value, ...note };
    case 'rollout':
      return { kind, deployment: readDeploymentRef(value, at), ...note };
    case 'scale': {
      if (!isRecord(value)) throw new FieldError(at, 'expected {deployment: ns/name, replicas: n}');
      onlyKeys(value, ['deployment', 'replicas'], at);
      const deployment = readDeploymentRef(value.deployment, [...at, 'deployment']);
      const problem = replicasProblem(value.replicas);
      if (problem) throw new FieldError([...at, 'replicas'], problem);
      return { kind, deployment, replicas: value.replicas as number, ...note };
    }
    case 'istiod':
      if (value !== 'up' && value !== 'down')
        throw new FieldError(at, `expected up or down, got ${shown(value)}`);
      return { kind, up: value === 'up', ...note };
    case 'repeat': {
      if (parent.length > 0) throw new FieldError(at, 'a repeat cannot hold another repeat');
      if (!isRecord(value)) throw new FieldError(at, 'expected {times: n, steps: [...]}');
      onlyKeys(value, ['times', 'steps'], at);
      const times = value.times;
      if (!Number.isInteger(times) || (times as number) < 1 || (times as number) > 10_000) {
        throw new FieldError(
          [...at, 'times'],
          `expected a whole number from 1 to 10000, got ${shown(times)}`,
        );
      }
      if (Array.isArray(value.steps))
        checkSize([...at, 'steps'], 'steps', value.steps.length, LIMITS.steps);
      if (!Array.isArray(value.steps) || value.steps.length === 0) {
        throw new FieldError([...at, 'steps'], 'expected a non-empty list of steps');
      }
      const steps = value.steps.map((s, i) => readStep(s, i, at));
      return { kind, times: times as number, steps, ...note };
    }
    case 'call':
      return { kind, ...readCall(value, raw.expect, at), ...note };
    case 'attack':
      return { kind, ...readAttack(value, raw.expect, at), ...note };
    default:
      return {
        kind: 'expect',
        expect: readPodExpectation(raw.expect, [...path, 'expect']),
        ...note,
      };
  }
}

/** Parses and validates a scenario file; throws ScenarioError naming file, place and reason. */
export function loadScenario(text: string, file = 'scenario'): Scenario {
  let parsed: ReturnType<typeof parseYamlText>;
  try {
    parsed = parseYamlText(text, LIMITS.scenarioBytes);
  } catch (error) {
    if (!(error instanceof YamlProblem)) throw error;
    throw new ScenarioError(file, '', error.message, error.line, error.column);
  }
  const { doc, lineCounter, data } = parsed;
  const lineOf = (path: (string | number)[]) => lineOfPath(doc, lineCounter, path);
  try {
    if (!isRecord(data))
      throw new FieldError([], 'a scenario is a map with at least `scenario:` and `steps:`');
    onlyKeys(data, TOP_KEYS, []);
    if (typeof data.scenario !== 'string' || !/^[a-z0-9-]+$/.test(data.scenario)) {
      throw new FieldError(
        ['scenario'],
        `a name of lowercase letters, digits and '-' is required, got ${shown(data.scenario)}`,
      );
    }
    const resources = data.resources ?? [];
    if (!Array.isArray(resources))
      throw new FieldError(['resources'], 'expected a list of manifests');
    for (const [i, m] of resources.entries()) checkManifest(m, ['resources', i]);
    const steps = data.steps ?? [];
    if (!Array.isArray(steps)) throw new FieldError(['steps'], 'expected a list of steps');
    checkSize(['steps'], 'steps', steps.length, LIMITS.steps);
    const description =
      data.description === undefined
        ? {}
        : { description: prose(data.description, ['description'], LIMITS.descriptionChars) };
    const mesh = readMesh(data.mesh);
    const read = steps.map((s, i) => {
      const line = lineOf(['steps', i]);
      return { ...readStep(s, i), ...(line ? { line } : {}) };
    });
    checkTotals(read, mesh);
    return { name: data.scenario, ...description, mesh, resources, steps: read };
  } catch (error) {
    if (error instanceof FieldError) {
      throw new ScenarioError(file, formatPath(error.path), error.message, lineOf(error.path));
    }
    throw error;
  }
}

/** `['steps', 3, 'call', 'from']` -> `steps[3].call.from`; steps are numbered from 1 for people. */
export function formatPath(path: (string | number)[]): string {
  let out = '';
  path.forEach((part, i) => {
    if (typeof part === 'number') out += path[i - 1] === 'steps' ? `[${part + 1}]` : `[${part}]`;
    else out += out ? `.${part}` : part;
  });
  return out.replace(/^steps\[(\d+)\]/, 'step $1');
}
