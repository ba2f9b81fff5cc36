import { parseDocument, stringify } from 'yaml';
import type { CaAction } from '../sim/ca/actions';
import { parseDuration } from '../sim/duration';
import type { AttackCommand, CallRequest, UserOp } from '../worker/protocol';
import type { Lesson, ScenarioStep } from './types';

/** An attack as the worker takes it (its `attack` command). */
export type AttackRequest = AttackCommand;

/** What the app does for one scenario step: an op, a jump in time, a call or an attack. */
export type SandboxCommand =
  | { kind: 'op'; op: UserOp }
  | { kind: 'advance'; ms: number }
  | { kind: 'call'; call: CallRequest }
  | { kind: 'attack'; attack: AttackRequest };

/** The step keys that are only checks or commentary: they do nothing to the mesh. */
const CHECK_KEYS = new Set(['expect', 'note']);

/**
 * Turns one scenario step (as written in YAML) into the app's commands. `expect` and `note`
 * are dropped; a step that is only an `expect` gives nothing. Throws on a step it does not know,
 * so a lesson cannot silently skip an action.
 */
export function toCommands(step: ScenarioStep): SandboxCommand[] {
  const keys = Object.keys(step).filter((k) => !CHECK_KEYS.has(k));
  if (keys.length === 0) return [];
  if (keys.length > 1) throw new Error(`a step does one thing, got ${keys.join(', ')}`);
  const kind = keys[0] as string;
  const value = step[kind];
  switch (kind) {
    case 'wait':
      return [{ kind: 'advance', ms: parseDuration(String(value)) }];
    case 'apply': {
      const docs = Array.isArray(value) ? value : [value];
      return [
        { kind: 'op', op: { kind: 'apply', yaml: docs.map((d) => stringify(d)).join('---\n') } },
      ];
    }
    case 'delete': {
      const ref = value as { kind: string; namespace?: string; name: string };
      return [{ kind: 'op', op: { kind: 'delete', ref } }];
    }
    case 'restart':
      return [{ kind: 'op', op: { kind: 'restart', pod: String(value) } }];
    case 'rollout': {
      const [namespace = '', name = ''] = String(value).split('/');
      return [{ kind: 'op', op: { kind: 'rollout', namespace, name } }];
    }
    case 'scale': {
      const { deployment, replicas } = value as { deployment: string; replicas: number };
      const [namespace = '', name = ''] = deployment.split('/');
      return [{ kind: 'op', op: { kind: 'scale', namespace, name, replicas } }];
    }
    case 'istiod':
      return [{ kind: 'op', op: { kind: 'istiod', up: value === 'up' } }];
    case 'ca': {
      const { cluster, ...change } = value as Record<string, string>;
      const [action, root] = Object.entries(change)[0]!;
      const op = {
        kind: 'ca',
        action: action as CaAction,
        root,
        ...(cluster ? { cluster } : {}),
      } as const;
      return [{ kind: 'op', op }];
    }
    case 'call': {
      const c = value as { from: string; to: string; method?: string; path?: string };
      return [
        {
          kind: 'call',
          call: { from: c.from, to: c.to, method: c.method ?? 'GET', path: c.path ?? '/' },
        },
      ];
    }
    case 'attack':
      return [{ kind: 'attack', attack: value as AttackRequest }];
    default:
      throw new Error(`a lesson cannot run a '${kind}' step`);
  }
}

/** The scenario's steps without their checks: what a learner's actions must add up to. */
export function actionsOf(steps: ScenarioStep[]): ScenarioStep[] {
  const out: ScenarioStep[] = [];
  for (const step of steps) {
    const kept = Object.fromEntries(Object.entries(step).filter(([k]) => !CHECK_KEYS.has(k)));
    if (Object.keys(kept).length > 0) out.push(kept);
  }
  return out;
}

/** Every action of a lesson, in order, as one list of scenario steps. */
export function lessonActions(lesson: Lesson): ScenarioStep[] {
  return lesson.steps.flatMap((s) => s.actions ?? []);
}

/**
 * The lesson's stage: its scenario file with the `steps:` removed (mesh settings, resources and
 * comments kept), so the app starts from the resources and the learner drives the steps.
 */
export function stageYaml(scenarioYaml: string): string {
  const doc = parseDocument(scenarioYaml);
  doc.delete('steps');
  return doc.toString();
}

/** The `steps:` of a scenario file as plain objects. */
export function scenarioSteps(scenarioYaml: string): ScenarioStep[] {
  const data = parseDocument(scenarioYaml).toJS() as { steps?: ScenarioStep[] };
  return data.steps ?? [];
}

/** A scenario file that is the stage followed by the given steps (tests run it in Node). */
export function withSteps(scenarioYaml: string, steps: ScenarioStep[]): string {
  const doc = parseDocument(scenarioYaml);
  doc.set('steps', doc.createNode(steps));
  return doc.toString();
}
