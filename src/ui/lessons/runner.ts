import { type SandboxCommand, toCommands } from '../../lessons/program';
import type { LessonSandbox } from '../../lessons/sandbox';
import type { Lesson, LessonStep } from '../../lessons/types';
import type { TimedEvent } from '../../sim/events';

async function perform(sandbox: LessonSandbox, cmd: SandboxCommand, paced: boolean): Promise<void> {
  switch (cmd.kind) {
    case 'op': {
      const result = await sandbox.op(cmd.op);
      if (!result.ok) throw new Error(result.error ?? 'the change was refused');
      return;
    }
    case 'advance':
      if (paced && sandbox.watch) await sandbox.watch(cmd.ms);
      else sandbox.advance(cmd.ms);
      return;
    case 'call':
      await sandbox.call(cmd.call);
      return;
    case 'attack':
      await sandbox.attack(cmd.attack);
      return;
  }
}

/**
 * Runs one lesson step in the app: its actions in order, each op settled (the engine runs what
 * is due at that instant), then either the pod's issuance walked to its stop, or a final settle.
 * `paced`: time passes at a pace the learner can watch (the "see" after a prediction), where
 * the sandbox can show it. Returns the events the step produced (for a checkpoint's "see").
 */
export async function runStep(
  sandbox: LessonSandbox,
  step: LessonStep,
  paced = false,
): Promise<TimedEvent[]> {
  sandbox.pause();
  const before = sandbox.eventCount();
  const actions = step.actions ?? [];
  for (const [i, action] of actions.entries()) {
    for (const cmd of toCommands(action)) await perform(sandbox, cmd, paced);
    // Settle after each action, as `svid run` does, except where lesson 4 walks issuance itself.
    if (!(step.issuance && i === actions.length - 1)) sandbox.advance(0);
  }
  if (step.issuance) await sandbox.stepIssuance(step.issuance.pod, step.issuance.until);
  await sandbox.sync();
  return sandbox.eventsSince(before);
}

/** Loads the lesson's stage and replays the actions of its first `upTo` steps (deep links). */
export async function prepareLesson(
  sandbox: LessonSandbox,
  lesson: Lesson,
  stageYaml: string,
  upTo: number,
): Promise<void> {
  const loaded = await sandbox.loadStage(`lesson-${lesson.id}`, stageYaml);
  if (!loaded.ok) throw new Error(loaded.error ?? 'the lesson could not be loaded');
  for (const step of lesson.steps.slice(0, upTo)) await runStep(sandbox, step);
}
