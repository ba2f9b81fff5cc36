import { type Progress, readProgress } from '../lessons/progress';
import { isSimTime, isSpeed, readLog } from '../share/state';
import type { LoggedOp, Preset } from '../worker/protocol';
import { scenarioByName } from './scenarios';
import type { Language, Persisted, ResetField, Theme } from './state';

/** Everything kept across visits: the settings, the sandbox and the lesson progress. */
export type Saved = Persisted & { lessons: Progress };

/** A field's check: the value when it is well-formed, undefined when it must be dropped. */
type Check<T> = (v: unknown) => T | undefined;

const oneOf =
  <T>(allowed: readonly T[]): Check<T> =>
  (v) =>
    allowed.includes(v as T) ? (v as T) : undefined;
const bool: Check<boolean> = (v) => (typeof v === 'boolean' ? v : undefined);
const text: Check<string> = (v) => (typeof v === 'string' ? v : undefined);

/** One check per saved field. */
const SCHEMA: { [K in keyof Saved]-?: Check<Saved[K]> } = {
  language: oneOf<Language>(['ko', 'en']),
  theme: oneOf<Theme>(['light', 'dark']),
  teaching: bool,
  preset: oneOf<Preset>(['lesson', 'istio']),
  scenario: (v) => (typeof v === 'string' && v.length > 0 && v.length <= 200 ? v : undefined),
  log: (v): LoggedOp[] | undefined => {
    try {
      return readLog(v);
    } catch {
      return undefined;
    }
  },
  now: (v) => (isSimTime(v) ? v : undefined),
  speed: (v) => (isSpeed(v) ? v : undefined),
  introDone: bool,
  rewindNoted: bool,
  scenarioYaml: text,
  lessons: readProgress,
};

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks what was read from storage field by field. A missing field takes its default quietly;
 * a field that is present but wrong is dropped and named in `reset`. A scenario that is neither
 * bundled nor saved as text is dropped with its changes and time, which belong to it.
 */
export function readSaved(raw: unknown, defaults: Saved): { saved: Saved; reset: ResetField[] } {
  if (raw === undefined || raw === null) return { saved: defaults, reset: [] };
  if (!isObj(raw)) return { saved: defaults, reset: ['all'] };
  const saved: Record<string, unknown> = { ...defaults };
  const reset: ResetField[] = [];
  for (const key of Object.keys(SCHEMA) as (keyof Saved)[]) {
    if (raw[key] === undefined) continue;
    const value = SCHEMA[key](raw[key]);
    if (value !== undefined) saved[key] = value;
    else if (key !== 'scenarioYaml') reset.push(key);
  }
  const result = saved as unknown as Saved;
  if (result.scenarioYaml === undefined && !scenarioByName(result.scenario)) {
    if (!reset.includes('scenario')) reset.push('scenario');
    result.scenario = defaults.scenario;
    result.log = [];
    delete result.now;
  }
  return { saved: result, reset };
}
