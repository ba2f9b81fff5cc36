import { EMPTY_PROGRESS, type Progress } from '../lessons/progress';

/** The lesson player's part of the store (it drives the sandbox through the store's actions). */
export interface LessonsState {
  /** Kept across visits (the only persisted field of this slice). */
  progress: Progress;
  /** Whether the lessons dock is shown. */
  dock: boolean;
  /** The lesson on screen; undefined shows the list. */
  open?: string;
  /** Steps of the open lesson whose actions have run in the current engine session. */
  ran: number;
  busy: boolean;
  error?: string;
  /** `namespace/name` of the pod the current step is about: lit on the mesh, the rest dimmed. */
  spotlight?: string;
  /** The last answer given at the current step's checkpoint. */
  feedback?: { checkpoint: string; choice: string; correct: boolean };
  /** Per checkpoint id: the choice id the simulation bore out (or its raw value). */
  seen: Record<string, string>;
}

/** No lesson open, nothing run. */
export function initialLessons(progress: Progress = EMPTY_PROGRESS): LessonsState {
  return { progress, dock: false, ran: 0, busy: false, seen: {} };
}
