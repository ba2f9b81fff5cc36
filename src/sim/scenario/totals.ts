import type { MeshConfig } from '../config';
import { formatDuration } from '../duration';
import { LATEST_TIME, LIMITS } from '../limits';
import { checkSize, FieldError } from './fields';
import type { Step } from './types';

/** Steps as written and as run, and their simulated time, checked against the limits. */
export function checkTotals(steps: Step[], mesh: MeshConfig): void {
  let written = 0;
  let run = 0;
  let waited = 0;
  const count = (list: Step[], rounds: number) => {
    for (const step of list) {
      written += 1;
      if (step.kind === 'repeat') count(step.steps, rounds * step.times);
      else run += rounds;
      if (step.kind === 'wait') waited += rounds * step.ms;
    }
  };
  count(steps, 1);
  checkSize(['steps'], 'steps, counting those inside repeat', written, LIMITS.steps);
  checkSize(['steps'], 'steps as run, repeats unrolled', run, LIMITS.stepsRun);
  if (waited > LIMITS.simulatedMs) {
    throw new FieldError(
      ['steps'],
      `the waits add up to ${formatDuration(waited)}, over the limit of ${formatDuration(LIMITS.simulatedMs)} of simulated time`,
    );
  }
  if (mesh.start + waited > LATEST_TIME) {
    throw new FieldError(
      ['steps'],
      `the waits end at ${iso(mesh.start + waited)}, after ${iso(LATEST_TIME)}, the last time a certificate can state`,
    );
  }
}

/** An epoch time as messages show it. */
export const iso = (ms: number) => new Date(ms).toISOString();
