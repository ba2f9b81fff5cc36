import { ISSUANCE_STEPS, reachedStep } from '../sim/issuance';
import { runOp, selectPod, setHint, setPlaying, stepIssuance, watchPod } from './actions';
import { store } from './store';

export { reachedStep } from '../sim/issuance';

const LAST_STEP = ISSUANCE_STEPS.length - 1;

/** "Watch a pod get its identity": starts a new replica and walks through its issuance. */
export async function startWalkthrough(): Promise<void> {
  setPlaying(false);
  const snap = store.getState().snapshot;
  const deployment =
    snap?.deployments.find((d) => d.namespace === 'production' && d.name === 'order') ??
    snap?.deployments[0];
  const result = deployment
    ? await runOp({
        kind: 'scale',
        namespace: deployment.namespace,
        name: deployment.name,
        replicas: deployment.replicas + 1,
      })
    : await runOp({
        kind: 'apply',
        yaml: `apiVersion: v1\nkind: Pod\nmetadata: {name: demo-${store.getState().podKeys.length + 1}, namespace: default}\nspec: {containers: [{name: app, image: "app:1"}]}`,
      });
  const pod = result.created?.[0];
  if (!pod) return;
  store.setState({
    walkthrough: { pod, view: 0, auto: !store.getState().teaching, busy: false },
    introDone: true,
    hint: undefined,
  });
  selectPod(pod, 'issuance');
  watchPod(pod);
  await walkNext();
}

/** Shows the next step, running the engine up to it when it has not happened yet. */
export async function walkNext(): Promise<void> {
  const w = store.getState().walkthrough;
  if (!w || w.busy) return;
  const reached = reachedStep(store.getState().events, w.pod);
  const target = reached < 0 ? 0 : Math.min(w.view + 1, LAST_STEP);
  const step = ISSUANCE_STEPS[target];
  if (target > reached && step) {
    store.setState({ walkthrough: { ...w, busy: true } });
    await stepIssuance(w.pod, step.completes);
  }
  const now = store.getState().walkthrough;
  if (!now) return;
  store.setState({ walkthrough: { ...now, view: target, busy: false } });
  if (target === LAST_STEP) {
    watchPod(undefined);
    setHint('speed-up');
  }
}

/** Shows the previous step again (the engine does not go back in time). */
export function walkBack(): void {
  const w = store.getState().walkthrough;
  if (w && w.view > 0) store.setState({ walkthrough: { ...w, view: w.view - 1, auto: false } });
}

/** Stops or resumes the automatic narration. */
export function setWalkAuto(auto: boolean): void {
  const w = store.getState().walkthrough;
  if (w) store.setState({ walkthrough: { ...w, auto } });
}

/** Leaves the walk-through. */
export function endWalkthrough(): void {
  watchPod(undefined);
  store.setState({ walkthrough: undefined });
}
