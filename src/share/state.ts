import type { Language } from '../i18n/text';
import { CA_ACTIONS } from '../sim/ca/actions';
import { SPEEDS } from '../worker/clock';
import type { LoggedOp, Preset, TrafficOp, UserOp } from '../worker/protocol';

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
  language?: Language;
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

/** Latest simulated time accepted (9999-12-31T23:59:59.999Z): anything later is not a date. */
export const MAX_SIM_TIME = 253_402_300_799_999;

/** Whether `v` is a simulated time (epoch ms) a sandbox can run to. */
export function isSimTime(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_SIM_TIME;
}

/** Whether `v` is one of the playback speeds the app offers. */
export function isSpeed(v: unknown): v is (typeof SPEEDS)[number] {
  return SPEEDS.includes(v as (typeof SPEEDS)[number]);
}

function time(v: unknown, path: string): number {
  if (!isSimTime(v)) fail(path, `expected a time between 1970 and 9999, got ${JSON.stringify(v)}`);
  return v;
}

function optStr(v: Record<string, unknown>, key: string, path: string): Record<string, string> {
  return v[key] === undefined ? {} : { [key]: str(v[key], `${path}.${key}`) };
}

function readOp(v: unknown, path: string): UserOp | TrafficOp {
  if (!isObj(v)) fail(path, 'expected an object');
  const kind = oneOf(
    v.kind,
    ['apply', 'delete', 'restart', 'rollout', 'scale', 'istiod', 'ca', 'call', 'attack'] as const,
    `${path}.kind`,
  );
  switch (kind) {
    case 'call': {
      const c = v.call;
      if (!isObj(c)) fail(`${path}.call`, 'expected {from, to, method, path}');
      const at = `${path}.call`;
      return {
        kind,
        call: {
          from: str(c.from, `${at}.from`),
          to: str(c.to, `${at}.to`),
          method: str(c.method, `${at}.method`),
          path: str(c.path, `${at}.path`),
        },
      };
    }
    case 'attack': {
      const a = v.attack;
      if (!isObj(a)) fail(`${path}.attack`, 'expected {kind, from, ...}');
      const at = `${path}.attack`;
      const extra = ['to', 'as', 'victim', 'impostor', 'method', 'path'];
      return {
        kind,
        attack: {
          kind: str(a.kind, `${at}.kind`),
          from: str(a.from, `${at}.from`),
          ...Object.assign({}, ...extra.map((key) => optStr(a, key, at))),
        },
      };
    }
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
    case 'ca':
      return {
        kind,
        action: oneOf(v.action, CA_ACTIONS, `${path}.action`),
        root: str(v.root, `${path}.root`),
      };
  }
}

/** Reads an applied log (a list of `{t, op}`); throws ShareError naming the first bad entry. */
export function readLog(v: unknown, path = 'log'): LoggedOp[] {
  if (!Array.isArray(v)) fail(path, 'expected a list of changes');
  return v.map((entry, i) => {
    if (!isObj(entry)) fail(`${path}[${i}]`, 'expected {t, op}');
    return { t: time(entry.t, `${path}[${i}].t`), op: readOp(entry.op, `${path}[${i}].op`) };
  });
}

/** Checks a decoded object field by field; throws ShareError naming the first bad field. */
export function readSharedState(data: unknown): SharedState {
  if (!isObj(data)) fail('state', 'expected an object');
  const sc = data.scenario;
  if (!isObj(sc)) fail('scenario', 'expected {name, yaml}');
  const state: SharedState = {
    scenario: { name: str(sc.name, 'scenario.name'), yaml: str(sc.yaml, 'scenario.yaml') },
    preset: oneOf(data.preset, ['lesson', 'istio'] as const, 'preset'),
    log: readLog(data.log),
  };
  if (data.now !== undefined) state.now = time(data.now, 'now');
  if (data.speed !== undefined) {
    if (!isSpeed(data.speed))
      fail('speed', `expected one of ${SPEEDS.join(', ')}, got ${JSON.stringify(data.speed)}`);
    state.speed = data.speed;
  }
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
