import type { Text } from '../i18n/text';
import type { TimedEvent } from '../sim/events';
import type { IssuanceStop } from '../sim/issuance';
import type { Tab } from '../store/tabs';

export type { Text } from '../i18n/text';

/**
 * A step of a scenario file exactly as SCENARIO-FORMAT.md writes it in YAML, e.g.
 * `{ wait: '18h' }`, `{ restart: 'production/order-1' }`, `{ call: { from, to } }`.
 * The lesson scenario file holds the same steps (plus `expect`s); a test keeps them in step.
 */
export type ScenarioStep = Record<string, unknown>;

/** The details-panel tab a step points at (the app's `Tab`). */
export type LessonTab = Tab;

/** What the app should show while a step is on screen. */
export interface Highlight {
  /** `namespace/name` of the pod to select. */
  pod?: string;
  tab?: LessonTab;
}

/** One answer of a checkpoint. */
export interface Choice {
  id: string;
  label: Text;
  /** Why this answer is right, or what it misses. */
  explain: Text;
}

/**
 * "Predict, then see": the learner picks an outcome before the step's actions run. `answer` is
 * the id of the right choice; `observe` reads the events the actions produced and returns the
 * id of the choice the simulation actually bore out (a test checks they agree).
 */
export interface Checkpoint {
  id: string;
  question: Text;
  choices: Choice[];
  answer: string;
  observe: (events: readonly TimedEvent[]) => string | undefined;
}

/** One screen of a lesson. */
export interface LessonStep {
  id: string;
  title: Text;
  /** Two or three short sentences. */
  text: Text;
  /** "In real Istio…": where the lesson simplifies. */
  realIstio?: Text;
  /** Engine actions, run when the step opens (or, with a checkpoint, once answered right). */
  actions?: ScenarioStep[];
  /** After the actions, walk this pod's issuance up to this event instead of settling. */
  issuance?: { pod: string; until: IssuanceStop };
  highlight?: Highlight;
  checkpoint?: Checkpoint;
  /** The last step: the learner is free to play; the text suggests what to try. */
  freePlay?: boolean;
}

/** A lesson: a scenario file (its resources are the stage) and a sequence of steps. */
export interface Lesson {
  /** Two digits, as in the file name and the deep link: `04`. */
  id: string;
  /** The scenario file under scenarios/lessons/. */
  file: string;
  title: Text;
  summary: Text;
  steps: LessonStep[];
}
