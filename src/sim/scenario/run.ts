import { validateX509Svid } from '../../pki/x509-svid';
import { runCaStep } from '../ca/steps';
import type { TimedEvent } from '../events';
import { performAttack } from '../mesh/attacks';
import { performCall } from '../mesh/call';
import { MeshSimulation } from '../mesh/mesh-simulation';
import type { PodExpectation, Scenario, Step } from './types';

export interface RunOptions {
  /** Each event as it happens, with the mesh it happened in (e.g. to look up a call's record). */
  onEvent?: (event: TimedEvent, sim: MeshSimulation) => void;
  /** Called before each step runs, e.g. to log it. */
  onStep?: (index: number, step: Scenario['steps'][number]) => void;
  keepEvents?: boolean;
  /** Called once the mesh has booted (istiod accepted its CA), before any resource is applied. */
  onStart?: (sim: MeshSimulation) => void;
}

export interface RunResult {
  ok: boolean;
  failures: string[];
  sim: MeshSimulation;
}

/**
 * Runs a scenario: boots the mesh, applies the resources at t=0, then the steps in order.
 * Simulated time passes only in `wait`; after every step everything due at that instant runs.
 */
export async function runScenario(scenario: Scenario, opts: RunOptions = {}): Promise<RunResult> {
  const sim = await MeshSimulation.create(scenario.mesh, { keepEvents: opts.keepEvents ?? true });
  opts.onStart?.(sim);
  const { onEvent } = opts;
  if (onEvent) sim.on((event) => onEvent(event, sim));
  const failures: string[] = [];
  const check = expectationCheck(sim, failures);

  for (const outcome of sim.apply(scenario.resources)) {
    if (outcome.error) failures.push(`resources: ${outcome.resource}: ${outcome.error}`);
  }
  await sim.settle();

  for (const [i, step] of scenario.steps.entries()) {
    opts.onStep?.(i, step);
    await runStep(sim, step, i + 1, check, failures);
    await sim.settle();
  }
  return { ok: failures.length === 0, failures, sim };
}

type Check = (step: number, ok: boolean, message: string) => void;

/** Reports an expectation as an `expect` event, and keeps the failed ones in `failures`. */
export function expectationCheck(sim: MeshSimulation, failures: string[]): Check {
  return (step, ok, message) => {
    sim.emit({ type: 'expect', step, ok, message });
    if (!ok) failures.push(`step ${step}: ${message}`);
  };
}

/**
 * Performs step `n` now (a `wait` advances the clock). The app schedules the same steps on the
 * simulation's clock and calls this for each, so a scenario plays alike in both.
 */
export async function runStep(
  sim: MeshSimulation,
  step: Step,
  n: number,
  check: Check,
  failures: string[],
): Promise<void> {
  switch (step.kind) {
    case 'repeat':
      for (let round = 0; round < step.times; round++) {
        for (const inner of step.steps) {
          await runStep(sim, inner, n, check, failures);
          await sim.settle();
        }
      }
      return;
    case 'wait':
      await sim.advance(step.ms);
      return;
    case 'apply': {
      const errors = sim
        .apply(step.manifests)
        .flatMap((o) => (o.error ? [`${o.resource}: ${o.error}`] : []));
      if (step.expectError !== undefined) {
        const hit = errors.find((e) => e.includes(step.expectError!));
        check(
          n,
          !!hit,
          hit
            ? `apply refused as expected: ${hit}`
            : `expected apply to fail with '${step.expectError}', ${errors.length ? `got: ${errors.join('; ')}` : 'it succeeded'}`,
        );
      } else {
        for (const e of errors) failures.push(`step ${n}: apply failed: ${e}`);
      }
      return;
    }
    case 'delete':
      return guard(n, failures, () => sim.delete(step.ref));
    case 'restart':
      return guard(n, failures, () => sim.restart(step.pod));
    case 'rollout': {
      const [ns, name] = step.deployment.split('/');
      return guard(n, failures, () => sim.rollout(ns!, name!));
    }
    case 'scale': {
      const [ns, name] = step.deployment.split('/');
      return guard(n, failures, () => sim.scale(ns!, name!, step.replicas));
    }
    case 'istiod':
      sim.setIstiod(step.up);
      return;
    case 'ca': {
      const refused = await runCaStep(sim, step.action, step.root, step.cluster);
      if (refused) failures.push(`step ${n}: ca ${step.action} ${step.root}: ${refused}`);
      return;
    }
    case 'call': {
      const got = await performCall(sim, step.call);
      if (step.expect) compare(n, 'call', got, step.expect as Record<string, unknown>, check);
      return;
    }
    case 'attack': {
      const got = await performAttack(sim, step.attack);
      if (step.expect)
        compare(
          n,
          `attack ${step.attack.kind}`,
          got,
          step.expect as Record<string, unknown>,
          check,
        );
      return;
    }
    case 'expect':
      return expectPod(sim, step.expect, n, check);
  }
}

function guard(n: number, failures: string[], action: () => unknown): void {
  try {
    action();
  } catch (error) {
    failures.push(`step ${n}: ${(error as Error).message}`);
  }
}

/** `reason` matches as a substring; every other field exactly. */
function compare(
  n: number,
  what: string,
  outcome: object,
  want: Record<string, unknown>,
  check: Check,
): void {
  const got = outcome as Record<string, unknown>;
  const wrong = Object.entries(want).filter(([key, value]) =>
    key === 'reason' ? !String(got.reason ?? '').includes(String(value)) : got[key] !== value,
  );
  const summary = `${what}: ${String(got.result)}${got.reason ? ` (${String(got.reason)})` : ''}${got.peer ? ` peer ${String(got.peer)}` : ''}`;
  check(
    n,
    wrong.length === 0,
    wrong.length === 0
      ? summary
      : `${summary}; expected ${wrong.map(([k, v]) => `${k} ${JSON.stringify(v)}, got ${JSON.stringify(got[k] ?? null)}`).join('; ')}`,
  );
}

async function expectPod(
  sim: MeshSimulation,
  want: PodExpectation,
  n: number,
  check: Check,
): Promise<void> {
  const pod = sim.resolvePod(want.pod);
  const proxy = pod ? sim.proxies.get(pod.key) : undefined;
  const got: Record<string, unknown> = { exists: !!pod };
  if (pod) {
    got.ip = pod.ip;
    got.serviceAccount = pod.serviceAccount;
    got.rotations = proxy?.rotations ?? 0;
    got.spiffeId = proxy?.current?.spiffeId ?? null;
    if (want.certValid !== undefined) {
      // Real validation of the chain the proxy holds, against its istiod's trust bundle, at the simulated now.
      const chain = proxy?.current?.chain;
      const { istiod, config } = sim.planeOf(pod);
      const verdict = chain
        ? await validateX509Svid(chain, [...istiod.rootCerts], {
            at: new Date(sim.now),
            trustDomain: config.trustDomain,
          })
        : undefined;
      got.certValid = verdict?.ok ?? false;
      if (verdict && !verdict.ok) got.certProblem = verdict.error;
    }
  }
  const { pod: _pod, ...checks } = want;
  const wrong = Object.entries(checks).filter(([key, value]) => got[key] !== value);
  const desc = Object.keys(checks)
    .map((k) => `${k} ${JSON.stringify(got[k] ?? null)}`)
    .join(', ');
  check(
    n,
    wrong.length === 0,
    wrong.length === 0
      ? `${want.pod}: ${desc}`
      : !pod && want.exists === undefined
        ? `${want.pod}: the pod does not exist (expected ${Object.keys(checks).join(', ')} of a running pod)`
        : `${want.pod}: expected ${wrong.map(([k, v]) => `${k} ${JSON.stringify(v)}, got ${JSON.stringify(got[k] ?? null)}`).join('; ')}${got.certProblem ? ` (${String(got.certProblem)})` : ''}`,
  );
}
