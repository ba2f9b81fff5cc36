import { CA_ACTIONS } from '../ca/actions';
import { CLUSTER_LABEL, type MeshConfig } from '../config';
import { parseDuration } from '../duration';
import { LIMITS, replicasProblem } from '../limits';
import { isRecord, ManifestError, readKubeObject, readService } from '../manifests';
import { validatePolicyManifest } from '../policy/validate';
import { lineOfPath } from '../yaml-lines';
import { parseYamlText, YamlProblem } from '../yaml-text';
import { checkSize, FieldError, onlyKeys, prose, shown } from './fields';
import { readMesh } from './mesh';
import { readAttack, readCall, readDeploymentRef, readPodExpectation, readRef } from './steps';
import { checkTotals } from './totals';
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
  'ca',
];

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
    case 'ca': {
      const actions = isRecord(value) ? CA_ACTIONS.filter((a) => a in value) : [];
      if (!isRecord(value) || actions.length !== 1) {
        throw new FieldError(
          at,
          `expected one of {${CA_ACTIONS.join(': name}, {')}: name}, with cluster: name in a multi-cluster mesh`,
        );
      }
      onlyKeys(value, [...CA_ACTIONS, 'cluster'], at);
      const action = actions[0]!;
      const root = value[action];
      const cluster = value.cluster;
      if (cluster !== undefined && typeof cluster !== 'string') {
        throw new FieldError([...at, 'cluster'], `expected a cluster name, got ${shown(cluster)}`);
      }
      if (typeof root !== 'string' || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(root)) {
        throw new FieldError(
          [...at, action],
          `expected a root name like root-2, got ${shown(root)}`,
        );
      }
      return { kind, action, root, ...(cluster ? { cluster } : {}), ...note };
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
    for (const [i, m] of resources.entries()) checkCluster(m, ['resources', i], mesh);
    const read = steps.map((s, i) => {
      const line = lineOf(['steps', i]);
      return { ...readStep(s, i), ...(line ? { line } : {}) };
    });
    checkTotals(read, mesh);
    checkCaSteps(read, mesh);
    return { name: data.scenario, ...description, mesh, resources, steps: read };
  } catch (error) {
    if (error instanceof FieldError) {
      throw new ScenarioError(file, formatPath(error.path), error.message, lineOf(error.path));
    }
    throw error;
  }
}

/** A pod (or a Deployment's pod template) may be placed only in a cluster of `mesh.clusters`. */
function checkCluster(manifest: unknown, path: (string | number)[], mesh: MeshConfig): void {
  if (!isRecord(manifest)) return;
  const spec = isRecord(manifest.spec) ? manifest.spec : {};
  const [meta, at] =
    manifest.kind === 'Deployment' && isRecord(spec.template)
      ? [spec.template.metadata, [...path, 'spec', 'template', 'metadata']]
      : [manifest.metadata, [...path, 'metadata']];
  const labels = isRecord(meta) && isRecord(meta.labels) ? meta.labels : {};
  const named = labels[CLUSTER_LABEL];
  if (named === undefined || mesh.clusters.some((c) => c.name === named)) return;
  throw new FieldError([...at, 'labels', CLUSTER_LABEL], noSuchCluster(shown(named), mesh));
}

/** Why `name` is not a cluster of the mesh, naming the ones it has. */
function noSuchCluster(name: string, mesh: MeshConfig): string {
  const known = mesh.clusters.map((c) => c.name).join(', ');
  return known
    ? `cluster ${name} is not in mesh.clusters (${known})`
    : `cluster ${name}: this mesh is one cluster (mesh.clusters is not set)`;
}

/** Each `ca` step must name a cluster of the mesh (if any) whose istiod runs on `cacerts`. */
function checkCaSteps(steps: Step[], mesh: MeshConfig): void {
  for (const [i, step] of steps.entries()) {
    const inner = step.kind === 'repeat' ? step.steps : [step];
    for (const s of inner) {
      if (s.kind !== 'ca') continue;
      const at = ['steps', i, 'ca'];
      let ca = mesh.ca;
      if (s.cluster !== undefined) {
        const cluster = mesh.clusters.find((c) => c.name === s.cluster);
        if (!cluster) throw new FieldError([...at, 'cluster'], noSuchCluster(s.cluster, mesh));
        ca = cluster.ca;
      } else if (mesh.clusters[0]) ca = mesh.clusters[0].ca;
      if (ca.mode !== 'plugged-in') {
        throw new FieldError(
          at,
          'ca steps edit the cacerts secret: they need mesh.ca.mode plugged-in',
        );
      }
    }
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
