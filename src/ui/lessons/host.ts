import type { AttackRequest } from '../../lessons/program';
import type { TimedEvent } from '../../sim/events';
import {
  advance,
  checkPolicies,
  makeCall,
  runOp,
  selectPod,
  setPlaying,
  setTab,
  stepIssuance,
} from '../../store/actions';
import type { Tab } from '../../store/state';
import { store } from '../../store/store';
import type { CallRequest, IssuanceEventType, UserOp } from '../../worker/protocol';

/** What the lesson player needs from the app: the engine's commands and a little of the UI. */
export interface LessonHost {
  /** Loads a scenario given as text (the lesson's stage) with a clean applied log. */
  loadStage(name: string, yaml: string): Promise<{ ok: boolean; error?: string }>;
  op(op: UserOp): Promise<{ ok: boolean; error?: string }>;
  advance(ms: number): void;
  call(call: CallRequest): Promise<unknown>;
  /** Absent until the worker protocol has an `attack` command (see the integration notes). */
  attack?: (attack: AttackRequest) => Promise<unknown>;
  stepIssuance(pod: string, until: IssuanceEventType[]): Promise<unknown>;
  /** Resolves once every command sent so far has been handled and its tick applied. */
  sync(): Promise<void>;
  pause(): void;
  select(pod: string | undefined, tab?: Tab): void;
  /** How many events the app has received so far. */
  eventCount(): number;
  /** The events received since `count` (bounded by the app's log length). */
  eventsSince(count: number): TimedEvent[];
}

/** The optional engine features the app may add; each is wired in by the lead. */
export interface HostExtras {
  /** `loadScenarioText(name, yaml)` from src/store/actions (integration line 1). */
  loadScenarioText?: (name: string, yaml: string) => Promise<{ ok: boolean; error?: string }>;
  /** `runAttack(attack)` from src/store/actions (integration line 3). */
  runAttack?: (attack: AttackRequest) => Promise<unknown>;
}

/**
 * The lesson host over the app's real store actions. Loading a stage and attacks need two small
 * additions to the app (listed in the report); until they are passed in, those steps say so.
 */
export function createAppHost(extras: HostExtras = {}): LessonHost {
  const host: LessonHost = {
    loadStage: (name, yaml) =>
      extras.loadScenarioText
        ? extras.loadScenarioText(name, yaml)
        : Promise.resolve({ ok: false, error: 'this build cannot load a lesson stage yet' }),
    op: (op) => runOp(op),
    advance: (ms) => advance(ms),
    call: (call) => makeCall(call),
    stepIssuance: (pod, until) => stepIssuance(pod, until),
    // A query with a reply is handled after every earlier command (the worker serialises them),
    // and each command's tick is posted before the next reply: so this waits for both.
    sync: async () => {
      await checkPolicies('');
    },
    pause: () => setPlaying(false),
    select: (pod, tab) => {
      if (pod) selectPod(pod, tab);
      else if (tab) setTab(tab);
    },
    eventCount: () => store.getState().eventCount,
    eventsSince: (count) => {
      const s = store.getState();
      const fresh = s.eventCount - count;
      return fresh <= 0 ? [] : s.events.slice(-fresh);
    },
  };
  if (extras.runAttack) host.attack = extras.runAttack;
  return host;
}
