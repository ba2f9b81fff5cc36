import type { LoggedOp, Preset, UserOp } from '../worker/protocol';

/**
 * The whole sandbox, as a shared link carries it: the scenario text (so the link opens the same
 * mesh even if the bundled file changes), the changes applied since, the settings and the
 * simulated time. Mirrors what the app's store persists (`Persisted`), plus the lesson step.
 */
export interface SharedState {
  scenario: { name: string; yaml: string };
  preset: Preset;
  log: LoggedOp[];
  /** Simulated time (epoch ms) to run up to. */
  now?: number;
  speed?: number;
  language?: 'ko' | 'en';
  theme?: 'light' | 'dark';
  teaching?: boolean;
  lesson?: { id: string; step: number };
}

/** A link that cannot be opened; the message says what is wrong and where. */
export class ShareError extends Error {
  override name = 'ShareError';
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(path: string, what: string): never {
  throw new ShareError(`${path}: ${what}`);
}

function str(v: unknown, path: string): string {
  if (typeof v !== 'string') fail(path, `expected text, got ${JSON.stringify(v)}`);
  return v;
}

function oneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T {
  if (!allowed.includes(v as T))
    fail(path, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
  return v as T;
}

function num(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v))
    fail(path, `expected a number, got ${JSON.stringify(v)}`);
  return v;
}

function readOp(v: unknown, path: string): UserOp {
  if (!isObj(v)) fail(path, 'expected an object');
  const kind = oneOf(
    v.kind,
    ['apply', 'delete', 'restart', 'rollout', 'scale', 'istiod'] as const,
    `${path}.kind`,
  );
  switch (kind) {
    case 'apply':
      return { kind, yaml: str(v.yaml, `${path}.yaml`) };
    case 'delete': {
      const ref = v.ref;
      if (!isObj(ref)) fail(`${path}.ref`, 'expected {kind, namespace?, name}');
      return {
        kind,
        ref: {
          kind: str(ref.kind, `${path}.ref.kind`),
          name: str(ref.name, `${path}.ref.name`),
          ...(ref.namespace === undefined
            ? {}
            : { namespace: str(ref.namespace, `${path}.ref.namespace`) }),
        },
      };
    }
    case 'restart':
      return { kind, pod: str(v.pod, `${path}.pod`) };
    case 'rollout':
      return {
        kind,
        namespace: str(v.namespace, `${path}.namespace`),
        name: str(v.name, `${path}.name`),
      };
    case 'scale':
      return {
        kind,
        namespace: str(v.namespace, `${path}.namespace`),
        name: str(v.name, `${path}.name`),
        replicas: num(v.replicas, `${path}.replicas`),
      };
    case 'istiod':
      if (typeof v.up !== 'boolean') fail(`${path}.up`, 'expected true or false');
      return { kind, up: v.up };
  }
}

/** Checks a decoded object field by field; throws ShareError naming the first bad field. */
export function readSharedState(data: unknown): SharedState {
  if (!isObj(data)) fail('state', 'expected an object');
  const sc = data.scenario;
  if (!isObj(sc)) fail('scenario', 'expected {name, yaml}');
  if (!Array.isArray(data.log)) fail('log', 'expected a list of changes');
  const state: SharedState = {
    scenario: { name: str(sc.name, 'scenario.name'), yaml: str(sc.yaml, 'scenario.yaml') },
    preset: oneOf(data.preset, ['lesson', 'istio'] as const, 'preset'),
    log: data.log.map((entry, i) => {
      if (!isObj(entry)) fail(`log[${i}]`, 'expected {t, op}');
      return { t: num(entry.t, `log[${i}].t`), op: readOp(entry.op, `log[${i}].op`) };
    }),
  };
  if (data.now !== undefined) state.now = num(data.now, 'now');
  if (data.speed !== undefined) state.speed = num(data.speed, 'speed');
  if (data.language !== undefined)
    state.language = oneOf(data.language, ['ko', 'en'] as const, 'language');
  if (data.theme !== undefined)
    state.theme = oneOf(data.theme, ['light', 'dark'] as const, 'theme');
  if (data.teaching !== undefined) {
    if (typeof data.teaching !== 'boolean') fail('teaching', 'expected true or false');
    state.teaching = data.teaching;
  }
  if (data.lesson !== undefined) {
    const l = data.lesson;
    if (!isObj(l)) fail('lesson', 'expected {id, step}');
    state.lesson = { id: str(l.id, 'lesson.id'), step: num(l.step, 'lesson.step') };
  }
  return state;
}
