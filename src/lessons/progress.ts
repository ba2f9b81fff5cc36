import type { Lesson } from './types';

/** Where a learner is in one lesson, and what they answered. */
export interface LessonProgress {
  /** The step on screen (0-based). */
  step: number;
  /** Furthest step reached. */
  reached: number;
  /** Per checkpoint id, the choice ids tried, in order (the last is right once solved). */
  answers: Record<string, string[]>;
  /** The free-play end was reached. */
  completed: boolean;
}

/** Everything kept in localStorage about the lessons. */
export interface Progress {
  version: 1;
  /** The lesson open last. */
  current?: string;
  lessons: Record<string, LessonProgress>;
}

/** No lesson started. */
export const EMPTY_PROGRESS: Progress = { version: 1, lessons: {} };

const FRESH: LessonProgress = { step: 0, reached: 0, answers: {}, completed: false };

/** One lesson's progress (a fresh one if never opened). */
export function lessonProgress(p: Progress, id: string): LessonProgress {
  return p.lessons[id] ?? FRESH;
}

function put(p: Progress, id: string, lp: LessonProgress): Progress {
  return { ...p, current: id, lessons: { ...p.lessons, [id]: lp } };
}

/** Moves to `step` (clamped to the lesson); reaching the last step completes the lesson. */
export function goToStep(p: Progress, lesson: Lesson, step: number): Progress {
  const last = lesson.steps.length - 1;
  const at = Math.max(0, Math.min(last, Math.trunc(step)));
  const lp = lessonProgress(p, lesson.id);
  return put(p, lesson.id, {
    ...lp,
    step: at,
    reached: Math.max(lp.reached, at),
    completed: lp.completed || at === last,
  });
}

/** Records an answer at a checkpoint; returns the new progress and whether it was right. */
export function recordAnswer(
  p: Progress,
  lesson: Lesson,
  checkpointId: string,
  choiceId: string,
): { progress: Progress; correct: boolean } {
  const checkpoint = lesson.steps.find((s) => s.checkpoint?.id === checkpointId)?.checkpoint;
  if (!checkpoint) throw new Error(`lesson ${lesson.id} has no checkpoint ${checkpointId}`);
  const lp = lessonProgress(p, lesson.id);
  const tried = lp.answers[checkpointId] ?? [];
  const solved = tried.includes(checkpoint.answer);
  const answers = solved ? lp.answers : { ...lp.answers, [checkpointId]: [...tried, choiceId] };
  return {
    progress: put(p, lesson.id, { ...lp, answers }),
    correct: choiceId === checkpoint.answer,
  };
}

/** Whether the checkpoint has been answered right. */
export function isSolved(p: Progress, lesson: Lesson, checkpointId: string): boolean {
  const checkpoint = lesson.steps.find((s) => s.checkpoint?.id === checkpointId)?.checkpoint;
  return (
    !!checkpoint &&
    (lessonProgress(p, lesson.id).answers[checkpointId] ?? []).includes(checkpoint.answer)
  );
}

/** The learner's prediction at a checkpoint: the first choice they made, if any. */
export function prediction(
  p: Progress,
  lessonId: string,
  checkpointId: string,
): string | undefined {
  return lessonProgress(p, lessonId).answers[checkpointId]?.[0];
}

/** Forgets one lesson's progress. */
export function resetLesson(p: Progress, id: string): Progress {
  const { [id]: _gone, ...rest } = p.lessons;
  return { ...p, lessons: rest };
}

/** The JSON kept in localStorage. */
export function serializeProgress(p: Progress): string {
  return JSON.stringify(p);
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads saved progress, keeping what is well-formed and dropping the rest (a damaged or older
 * entry never stops the lessons from opening).
 */
export function parseProgress(text: string | null | undefined): Progress {
  if (!text) return EMPTY_PROGRESS;
  try {
    return readProgress(JSON.parse(text)) ?? EMPTY_PROGRESS;
  } catch {
    return EMPTY_PROGRESS;
  }
}

/**
 * Checks decoded progress: undefined when it is not progress at all; otherwise the well-formed
 * lessons, damaged entries dropped.
 */
export function readProgress(data: unknown): Progress | undefined {
  if (!isObj(data) || data.version !== 1 || !isObj(data.lessons)) return undefined;
  const lessons: Record<string, LessonProgress> = {};
  for (const [id, raw] of Object.entries(data.lessons)) {
    if (!/^\d{2}$/.test(id) || !isObj(raw)) continue;
    const step = Number.isInteger(raw.step) && (raw.step as number) >= 0 ? (raw.step as number) : 0;
    const reached = Number.isInteger(raw.reached) ? Math.max(step, raw.reached as number) : step;
    const answers: Record<string, string[]> = {};
    if (isObj(raw.answers))
      for (const [cp, list] of Object.entries(raw.answers))
        if (Array.isArray(list))
          answers[cp] = list.filter((x): x is string => typeof x === 'string');
    lessons[id] = { step, reached, answers, completed: raw.completed === true };
  }
  const current =
    typeof data.current === 'string' && data.current in lessons ? data.current : undefined;
  return { version: 1, lessons, ...(current ? { current } : {}) };
}
