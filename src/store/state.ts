import type { TimedEvent } from '../sim/events';
import type { AccessCell, CallRecord } from '../sim/mesh/types';
import type { MeshSnapshot } from '../sim/snapshot';
import type { LoggedOp, PolicyView, Preset } from '../worker/protocol';
import type { History } from './history';

export type Language = 'ko' | 'en';
export type Theme = 'light' | 'dark';
/** The tabs of the details panel. */
export type Tab =
  | 'pod'
  | 'issuance'
  | 'inspector'
  | 'handshake'
  | 'explorer'
  | 'policy'
  | 'log'
  | 'bridge';

/** The walk-through of one pod's issuance: the step on screen (0-3); progress comes from events. */
export interface Walkthrough {
  pod: string;
  view: number;
  auto: boolean;
  busy: boolean;
}

/** Settings and user changes kept in localStorage. */
export interface Persisted {
  language: Language;
  theme: Theme;
  teaching: boolean;
  preset: Preset;
  scenario: string;
  log: LoggedOp[];
  now?: number;
  speed: number;
  introDone: boolean;
  /** Text of a scenario that is not bundled (lesson stage, pasted file, shared link). */
  scenarioYaml?: string;
}

/** The whole UI state. */
export interface State extends Persisted {
  ready: boolean;
  loadError?: string;
  snapshot?: MeshSnapshot;
  events: TimedEvent[];
  /** Count of all events ever received (ids for the log). */
  eventCount: number;
  history: History;
  playing: boolean;
  effectiveSpeed: number;
  pausedOn?: string;
  policies: PolicyView[];
  matrix?: AccessCell[];
  calls: CallRecord[];
  selectedPod?: string;
  selectedCall?: number;
  tab: Tab;
  panelOpen: boolean;
  walkthrough?: Walkthrough;
  hint?: 'speed-up' | 'call';
}

/** The bounded length of the event log. */
export const MAX_EVENTS = 2000;
