import type { AttackRequest } from '../../lessons/program';
import { createAppHost, type HostExtras, type LessonHost } from './host';

let extras: HostExtras = {};
let host: LessonHost | undefined;

/**
 * Hands the lesson features the app's two additions (called once at start-up, in main.tsx):
 * `loadScenarioText` to load a lesson's stage or a shared scenario, `runAttack` for the attack lab.
 */
export function configureLessonHost(next: {
  loadScenarioText?: HostExtras['loadScenarioText'];
  runAttack?: (attack: AttackRequest) => Promise<unknown>;
}): void {
  extras = { ...extras, ...next };
  host = undefined;
}

/** The lesson host over the app's store (one for the page). */
export function appLessonHost(): LessonHost {
  host ??= createAppHost(extras);
  return host;
}

/** The configured `loadScenarioText`, if any (sharing uses it too). */
export function configuredLoadScenarioText(): HostExtras['loadScenarioText'] {
  return extras.loadScenarioText;
}
