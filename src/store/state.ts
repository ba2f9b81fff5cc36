import type { Language } from '../i18n/text';
import type { TimedEvent } from '../sim/events';
import type { AccessCell, CallRecord } from '../sim/mesh/types';
import type { MeshSnapshot, PodView } from '../sim/snapshot';
import type { LoggedOp, PolicyView, Preset } from '../worker/protocol';
import type { History } from './history';
import type { LessonsState } from './lessons-slice';
import type { PresenterState } from './presenter-slice';
import type { Tab } from './tabs';

export type { Language } from '../i18n/text';
export { TABS, type Tab } from './tabs';
export type Theme = 'light' | 'dark';

/** The walk-through of one pod's issuance: the step on screen (0-3); progress comes from events. */
/**
 * The guided hints after the walk-through: speed time up, watch the gauge drain to the renewal
 * notch, then make the call.
 */
export type Hint = 'speed-up' | 'renewing' | 'call';

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
  /** The learner has dismissed the note that a rewind replays with new key material. */
  rewindNoted?: boolean;
  /** Text of a scenario that is not bundled (lesson stage, pasted file, shared link). */
  scenarioYaml?: string;
}

/** A persisted field that was dropped on load, or `all` when nothing saved could be read. */
export type ResetField = Exclude<keyof Persisted, 'scenarioYaml'> | 'lessons' | 'all';

/** What was reset on start, shown until dismissed. */
export interface ResetNotice {
  fields: ResetField[];
  /** Why the saved sandbox was refused (the default scenario opened instead). */
  sandbox?: string;
}

/** The whole UI state. */
export interface State extends Persisted {
  lessons: LessonsState;
  presenter: PresenterState;
  resetNotice?: ResetNotice;
  ready: boolean;
  loadError?: string;
  /** The mesh apart from its pods; its `now` moves every frame. */
  snapshot?: MeshSnapshot;
  /** Every pod's light record by key: a new Map when any pod changed, the same record otherwise. */
  pods: ReadonlyMap<string, PodView>;
  /** The pods' keys, a new array only when a pod came or went (the mesh's shape). */
  podKeys: readonly string[];
  /** CSRs istiod received in the last simulated hour. */
  csrPerHour: number;
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
  /** The call whose handshake has the stage (focus mode), if any. */
  focusCall?: number;
  tab: Tab;
  panelOpen: boolean;
  walkthrough?: Walkthrough;
  hint?: Hint;
  /** While the learner looks at an earlier moment: the full log and the latest time reached. */
  rewound?: { head: number; log: LoggedOp[] };
  /** Changes dropped when the learner went on from an earlier moment (undo restores them). */
  discarded?: { head: number; log: LoggedOp[]; count: number };
  /** Why the last rewind was refused or clamped. */
  rewindProblem?: 'lesson' | 'clamped';
}

/** The bounded length of the event log. */
export const MAX_EVENTS = 2000;
