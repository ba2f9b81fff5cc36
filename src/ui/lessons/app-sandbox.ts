import type { LessonSandbox } from '../../lessons/sandbox';
import {
  advance,
  loadScenarioText,
  makeCall,
  runAttack,
  runOp,
  selectPod,
  setPanelOpen,
  setPlaying,
  setTab,
  stepIssuance,
  sync,
} from '../../store/actions';
import { store } from '../../store/store';

/** How long, in real seconds, a predicted step's wait takes on screen, and in how many frames. */
const WATCH_SECONDS = 3;
const WATCH_FRAMES = 30;

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Advances `ms` in even slices over a few seconds, so gauges drain and clocks run visibly. */
async function watch(ms: number): Promise<void> {
  const frames = ms <= 0 || reducedMotion() ? 1 : WATCH_FRAMES;
  for (let i = 0; i < frames; i++) {
    advance(Math.round((ms * (i + 1)) / frames) - Math.round((ms * i) / frames));
    await sync();
    if (frames > 1) await new Promise((r) => setTimeout(r, (WATCH_SECONDS * 1000) / frames));
  }
}

/**
 * The app's sandbox, driven by the lesson player through the store's actions. A stage loads
 * under the lesson's defaults, so its predictions hold whatever preset the learner chose.
 */
export const appSandbox: LessonSandbox = {
  loadStage: (name, yaml) => loadScenarioText(name, yaml, { preset: 'lesson' }),
  op: (op) => runOp(op),
  advance: (ms) => advance(ms),
  watch,
  call: (call) => makeCall(call),
  attack: (attack) => runAttack(attack),
  stepIssuance: (pod, until) => stepIssuance(pod, until),
  sync: () => sync(),
  pause: () => setPlaying(false),
  select: (pod, tab) => {
    const open = store.getState().panelOpen;
    if (pod) selectPod(pod, tab);
    else if (tab) setTab(tab);
    // On a narrow screen the narration's sheet already shares the height with the mesh: a step
    // leaves the details sheet as the learner had it.
    if (window.innerWidth <= 820) setPanelOpen(open);
  },
  eventCount: () => store.getState().eventCount,
  eventsSince: (count) => {
    const s = store.getState();
    const fresh = s.eventCount - count;
    return fresh <= 0 ? [] : s.events.slice(-fresh);
  },
};
