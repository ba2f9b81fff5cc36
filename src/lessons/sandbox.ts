import type { TimedEvent } from '../sim/events';
import type { IssuanceStop } from '../sim/issuance';
import type { Tab } from '../store/tabs';
import type { CallRequest, UserOp } from '../worker/protocol';
import type { AttackRequest } from './program';

/** The sandbox a lesson runs in: the engine's commands and the little of the UI a step points at. */
export interface LessonSandbox {
  /** Loads a scenario given as text (the lesson's stage) with a clean applied log. */
  loadStage(name: string, yaml: string): Promise<{ ok: boolean; error?: string }>;
  op(op: UserOp): Promise<{ ok: boolean; error?: string }>;
  advance(ms: number): void;
  /** Advances `ms` at a pace the learner can watch; resolves when the time has passed. */
  watch?(ms: number): Promise<void>;
  call(call: CallRequest): Promise<unknown>;
  attack(attack: AttackRequest): Promise<unknown>;
  stepIssuance(pod: string, until: IssuanceStop): Promise<unknown>;
  /** Resolves once every command sent so far has been handled and its events received. */
  sync(): Promise<void>;
  pause(): void;
  select(pod: string | undefined, tab?: Tab): void;
  /** How many events the sandbox has produced so far. */
  eventCount(): number;
  /** The events produced since `count` (bounded by the app's log length). */
  eventsSince(count: number): TimedEvent[];
}
