import type { MeshSimulation } from '../sim/mesh/mesh-simulation';
import { expectationCheck, runStep } from '../sim/scenario/run';
import type { Scenario, Step } from '../sim/scenario/types';

/**
 * Schedules a scenario's steps on the simulation's own clock: each `wait` moves the cursor (a
 * `repeat` is unrolled), every other step becomes a timed action performed by the same code as
 * `svid run`, so playing a scenario in the app replays it, calls, attacks and expectations
 * included (an expectation shows as an `expect` event in the log).
 */
export function scheduleSteps(sim: MeshSimulation, scenario: Scenario): void {
  const check = expectationCheck(sim, []);
  let at = sim.now;
  const place = (step: Step, n: number) => {
    if (step.kind === 'wait') {
      at += step.ms;
      return;
    }
    if (step.kind === 'repeat') {
      for (let round = 0; round < step.times; round++)
        for (const inner of step.steps) place(inner, n);
      return;
    }
    sim.scheduler.at(at, `scenario step ${n}`, async () => {
      const failures: string[] = [];
      await runStep(sim, step, n, check, failures);
      // A refused apply has already said so in its own events; other refusals say it here.
      if (step.kind !== 'apply') {
        for (const failure of failures) {
          sim.emit({ type: 'apply.failed', resource: `step ${n}`, reason: failure });
        }
      }
    });
  };
  for (const [i, step] of scenario.steps.entries()) place(step, i + 1);
}
