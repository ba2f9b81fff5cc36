import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { reachedStep } from '../sim/issuance';
import type { MeshDelta } from '../worker/delta';
import type { PolicyView, Tick } from '../worker/protocol';
import { EMPTY_HISTORY, foldHistory } from './history';
import { initialLessons } from './lessons-slice';
import { defaults, persistOptions } from './persist';
import { INITIAL_PRESENTER } from './presenter-slice';
import { MAX_EVENTS, type State } from './state';

const { lessons: progress, ...settings } = defaults();

/**
 * The one store of the app (vanilla, so the engine client can write to it outside React): the
 * sandbox and settings, the lesson player and presenter mode as slices. The settings, the
 * sandbox and lesson progress are saved; what is read back is checked (see schema.ts).
 */
export const store = createStore<State>()(
  persist(
    (): State => ({
      ...settings,
      lessons: initialLessons(progress),
      presenter: INITIAL_PRESENTER,
      ready: false,
      pods: new Map(),
      podKeys: [],
      csrPerHour: 0,
      events: [],
      eventCount: 0,
      history: EMPTY_HISTORY,
      playing: false,
      effectiveSpeed: 0,
      policies: [],
      calls: [],
      tab: 'pod',
      panelOpen: typeof window === 'undefined' || window.innerWidth > 820,
    }),
    persistOptions,
  ),
);

/** Pods with a frame's changes merged in; unchanged records (and maps) are kept as they were. */
export function mergePods(
  pods: State['pods'],
  keys: State['podKeys'],
  delta: Pick<MeshDelta, 'pods' | 'gone' | 'reset'>,
): Pick<State, 'pods' | 'podKeys'> {
  if (!delta.reset && delta.pods.length === 0 && delta.gone.length === 0)
    return { pods, podKeys: keys };
  const next = new Map(delta.reset ? [] : pods);
  for (const key of delta.gone) next.delete(key);
  for (const pod of delta.pods) next.set(pod.key, pod);
  const shaped = delta.reset || delta.gone.length > 0 || delta.pods.some((p) => !pods.has(p.key));
  return { pods: next, podKeys: shaped ? [...next.keys()] : keys };
}

/** Merges the engine frames that arrived since the last animation frame into one update. */
export function applyTicks(ticks: Tick[]): void {
  const [first, ...rest] = ticks;
  if (first) applyTick(rest.reduce(mergeTicks, first));
}

/** Two consecutive frames as one: the later one's state, both frames' changes and events. */
export function mergeTicks(a: Tick, b: Tick): Tick {
  const later = new Set(b.delta.pods.map((p) => p.key));
  const gone = new Set(b.delta.gone);
  const pods = b.delta.reset
    ? b.delta.pods
    : [...a.delta.pods.filter((p) => !later.has(p.key) && !gone.has(p.key)), ...b.delta.pods];
  const delta = {
    ...b.delta,
    pods,
    gone: b.delta.reset ? [] : [...a.delta.gone.filter((k) => !later.has(k)), ...b.delta.gone],
  };
  const mesh = b.delta.mesh ?? a.delta.mesh;
  if (mesh) delta.mesh = mesh;
  if (a.delta.reset || b.delta.reset) delta.reset = true;
  const policies = b.policies ?? a.policies;
  const matrix = b.matrix ?? a.matrix;
  const pausedOn = b.pausedOn ?? a.pausedOn;
  return {
    ...b,
    delta,
    events: [...a.events, ...b.events],
    ...(policies ? { policies } : {}),
    ...(matrix ? { matrix } : {}),
    ...(pausedOn ? { pausedOn } : {}),
  };
}

/** Merges one engine frame: mesh, pods, bounded event log, history, playback, policies. */
export function applyTick(tick: Tick): void {
  store.setState((s) => {
    const events =
      tick.events.length === 0 ? s.events : [...s.events, ...tick.events].slice(-MAX_EVENTS);
    const { delta } = tick;
    const mesh = delta.mesh ?? s.snapshot;
    return {
      ready: true,
      ...(mesh ? { snapshot: { ...mesh, now: delta.now, nextAt: delta.nextAt } } : {}),
      ...mergePods(s.pods, s.podKeys, delta),
      csrPerHour: delta.csrPerHour,
      events,
      eventCount: s.eventCount + tick.events.length,
      history: foldHistory(s.history, tick.events),
      playing: tick.playing,
      effectiveSpeed: tick.effectiveSpeed,
      ...(tick.policies && !samePolicies(s.policies, tick.policies)
        ? { policies: tick.policies }
        : {}),
      ...(tick.matrix ? { matrix: tick.matrix } : {}),
      ...(tick.pausedOn ? { pausedOn: tick.pausedOn } : {}),
      ...(tick.pausedOn && s.walkthrough
        ? {
            walkthrough: {
              ...s.walkthrough,
              view: Math.max(0, reachedStep(events, s.walkthrough.pod)),
            },
          }
        : {}),
      now: delta.now,
    };
  });
}

function samePolicies(a: PolicyView[], b: PolicyView[]): boolean {
  return a.length === b.length && a.every((p, i) => p.yaml === b[i]?.yaml && p.name === b[i]?.name);
}
