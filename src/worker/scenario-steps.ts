import type { Scenario, Step } from '../sim/scenario/types';
import type { Simulation } from '../sim/simulation';
import type { MeshBridge } from './mesh-bridge';

/**
 * Schedules a scenario's steps on the simulation's own clock: each `wait` moves the cursor,
 * every other step becomes a timed action, so playing the scenario in the app replays it.
 * Expectations and attacks are left to the CLI.
 */
export function scheduleSteps(sim: Simulation, scenario: Scenario, bridge: MeshBridge): void {
  let at = sim.now;
  for (const step of scenario.steps) {
    if (step.kind === 'wait') {
      at += step.ms;
      continue;
    }
    sim.scheduler.at(at, 'scenario step', () => runStep(sim, step, bridge));
  }
}

async function runStep(sim: Simulation, step: Step, bridge: MeshBridge): Promise<void> {
  try {
    switch (step.kind) {
      case 'apply':
        sim.apply(step.manifests);
        return;
      case 'delete':
        sim.delete(step.ref);
        return;
      case 'restart':
        sim.restart(step.pod);
        return;
      case 'scale': {
        const [ns, name] = step.deployment.split('/');
        if (ns && name) sim.scale(ns, name, step.replicas);
        return;
      }
      case 'istiod':
        sim.setIstiod(step.up);
        return;
      case 'call':
        if (bridge.performCall) await bridge.performCall(sim, step.call);
        return;
      default:
        return;
    }
  } catch (error) {
    sim.emit({ type: 'apply.failed', resource: step.kind, reason: (error as Error).message });
  }
}
