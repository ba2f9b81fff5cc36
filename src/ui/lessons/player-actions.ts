import { formatLessonLink } from '../../lessons/deeplink';
import { lessonFile } from '../../lessons/files';
import { lessonById } from '../../lessons/index';
import { stageYaml } from '../../lessons/program';
import {
  goToStep,
  lessonProgress,
  prediction,
  recordAnswer,
  resetLesson,
} from '../../lessons/progress';
import type { LessonSandbox } from '../../lessons/sandbox';
import type { Lesson } from '../../lessons/types';
import { playerState, setPlayer } from './player-store';
import { prepareLesson, runStep } from './runner';

const get = playerState;
const set = setPlayer;

function current(): { lesson: Lesson; step: number } | undefined {
  const s = get();
  const lesson = s.open ? lessonById(s.open) : undefined;
  return lesson ? { lesson, step: lessonProgress(s.progress, lesson.id).step } : undefined;
}

/** Whether the step's actions may run now: no checkpoint, or one the learner has predicted. */
function mayRun(lesson: Lesson, index: number): boolean {
  const cp = lesson.steps[index]?.checkpoint;
  return !cp || prediction(get().progress, lesson.id, cp.id) !== undefined;
}

/** A request made while a step's actions were running: the latest one runs when they finish. */
let queued: (() => Promise<void>) | undefined;

async function guarded(work: () => Promise<void>): Promise<void> {
  if (get().busy) {
    queued = work;
    return;
  }
  set({ busy: true, error: undefined });
  try {
    await work();
  } catch (error) {
    set({ error: (error as Error).message });
  } finally {
    set({ busy: false });
  }
  const next = queued;
  queued = undefined;
  if (next) await guarded(next);
}

/**
 * Shows step `index` and runs its actions when it is the next to run and may run; `paced` plays
 * its waits at a watchable pace.
 */
async function enter(
  sandbox: LessonSandbox,
  lesson: Lesson,
  index: number,
  paced = false,
): Promise<void> {
  const step = lesson.steps[index];
  set((s) => ({
    progress: goToStep(s.progress, lesson, index),
    feedback: undefined,
    spotlight: step?.highlight?.pod,
  }));
  if (!step) return;
  sandbox.select(step.highlight?.pod, step.highlight?.tab);
  if (get().ran === index && mayRun(lesson, index)) {
    const events = await runStep(sandbox, step, paced);
    set({ ran: index + 1 });
    const cp = step.checkpoint;
    const seen = cp?.observe(events);
    if (cp && seen !== undefined) set((s) => ({ seen: { ...s.seen, [cp.id]: seen } }));
  }
  if (typeof location !== 'undefined')
    history.replaceState(null, '', formatLessonLink({ lesson: lesson.id, step: index + 1 }));
}

/** Opens a lesson on its stage, at `step` (0-based; default: where the learner left it). */
export function openLesson(sandbox: LessonSandbox, id: string, step?: number): Promise<void> {
  const lesson = lessonById(id);
  if (!lesson) return Promise.resolve(set({ error: `there is no lesson ${id}` }));
  const yaml = lessonFile(lesson.file);
  return guarded(async () => {
    if (!yaml) throw new Error(`the scenario file ${lesson.file} is missing from this build`);
    const at = Math.min(step ?? lessonProgress(get().progress, id).step, lesson.steps.length - 1);
    set({ open: id, dock: true, ran: 0, seen: {}, feedback: undefined });
    await prepareLesson(sandbox, lesson, stageYaml(yaml), at);
    set({ ran: at });
    await enter(sandbox, lesson, at);
  });
}

/** Next step (once the current checkpoint is predicted, or a deep link played past it). */
export function nextStep(sandbox: LessonSandbox): Promise<void> {
  const c = current();
  if (!c || c.step >= c.lesson.steps.length - 1) return Promise.resolve();
  if (!mayRun(c.lesson, c.step) && get().ran <= c.step) return Promise.resolve();
  return guarded(() => enter(sandbox, c.lesson, c.step + 1));
}

/** Previous step: shows its narration again (the simulation does not go back in time). */
export function previousStep(sandbox: LessonSandbox): Promise<void> {
  const c = current();
  if (!c || c.step === 0) return Promise.resolve();
  return guarded(() => enter(sandbox, c.lesson, c.step - 1));
}

/**
 * Records the learner's prediction at the current checkpoint and runs the step whatever they
 * chose (the "see"), its waits at a watchable pace; the verdict compares the guess with what the
 * simulation did. The first choice is the prediction: later ones change nothing.
 */
export function answer(sandbox: LessonSandbox, choiceId: string): Promise<void> {
  const c = current();
  const cp = c?.lesson.steps[c.step]?.checkpoint;
  if (!c || !cp || prediction(get().progress, c.lesson.id, cp.id) !== undefined)
    return Promise.resolve();
  const { progress, correct } = recordAnswer(get().progress, c.lesson, cp.id, choiceId);
  const feedback = { checkpoint: cp.id, choice: choiceId, correct };
  set({ progress, feedback });
  return guarded(async () => {
    await enter(sandbox, c.lesson, c.step, true);
    set({ feedback });
  });
}

/** Back to the list of lessons (the sandbox stays as it is). */
export function closeLesson(): void {
  set({ open: undefined, feedback: undefined, error: undefined, spotlight: undefined });
  if (typeof location !== 'undefined' && location.hash.startsWith('#lesson='))
    history.replaceState(null, '', location.pathname + location.search);
}

/** Forgets the open lesson's progress and starts it again from its stage. */
export function restartLesson(sandbox: LessonSandbox): Promise<void> {
  const id = get().open;
  if (!id) return Promise.resolve();
  set((s) => ({ progress: resetLesson(s.progress, id) }));
  return openLesson(sandbox, id, 0);
}

/** Shows or hides the lessons dock. */
export { setDock } from './player-store';
