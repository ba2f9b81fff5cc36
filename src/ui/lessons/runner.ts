import { type HostCommand, toCommands } from '../../lessons/program';
import type { IssuanceStop, Lesson, LessonStep } from '../../lessons/types';
import type { TimedEvent } from '../../sim/events';
import type { IssuanceEventType } from '../../worker/protocol';
import type { LessonHost } from './host';

/** The events that end each issuance stop (step 3 may also end in a retry or a refusal). */
const UNTIL: Record<IssuanceStop, IssuanceEventType[]> = {
  'token.mounted': ['token.mounted'],
  'csr.sent': ['csr.sent'],
  'cert.issued': ['cert.issued', 'csr.rejected', 'csr.retry'],
  'cert.installed': ['cert.installed'],
};

async function perform(host: LessonHost, cmd: HostCommand): Promise<void> {
  switch (cmd.kind) {
    case 'op': {
      const result = await host.op(cmd.op);
      if (!result.ok) throw new Error(result.error ?? 'the change was refused');
      return;
    }
    case 'advance':
      host.advance(cmd.ms);
      return;
    case 'call':
      await host.call(cmd.call);
      return;
    case 'attack':
      if (!host.attack) throw new Error('attacks are not available in this build yet');
      await host.attack(cmd.attack);
      return;
  }
}

/**
 * Runs one lesson step in the app: its actions in order, each op settled (the engine runs what
 * is due at that instant), then either the pod's issuance walked to its stop, or a final settle.
 * Returns the events the step produced (for a checkpoint's "see").
 */
export async function runStep(host: LessonHost, step: LessonStep): Promise<TimedEvent[]> {
  host.pause();
  const before = host.eventCount();
  const actions = step.actions ?? [];
  for (const [i, action] of actions.entries()) {
    for (const cmd of toCommands(action)) await perform(host, cmd);
    // Settle after each action, as `svid run` does, except where lesson 4 walks issuance itself.
    if (!(step.issuance && i === actions.length - 1)) host.advance(0);
  }
  if (step.issuance) await host.stepIssuance(step.issuance.pod, UNTIL[step.issuance.until]);
  await host.sync();
  return host.eventsSince(before);
}

/** Loads the lesson's stage and replays the actions of its first `upTo` steps (deep links). */
export async function prepareLesson(
  host: LessonHost,
  lesson: Lesson,
  stageYaml: string,
  upTo: number,
): Promise<void> {
  const loaded = await host.loadStage(`lesson-${lesson.id}`, stageYaml);
  if (!loaded.ok) throw new Error(loaded.error ?? 'the lesson could not be loaded');
  for (const step of lesson.steps.slice(0, upTo)) await runStep(host, step);
}
