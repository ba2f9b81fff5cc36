import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { reachedStep } from '../sim/issuance';
import type { Tick } from '../worker/protocol';
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

/** Merges one engine tick: snapshot, bounded event log, history, playback, policies. */
export function applyTick(tick: Tick): void {
  store.setState((s) => {
    const events =
      tick.events.length === 0 ? s.events : [...s.events, ...tick.events].slice(-MAX_EVENTS);
    return {
      ready: true,
      snapshot: tick.snapshot,
      events,
      eventCount: s.eventCount + tick.events.length,
      history: foldHistory(s.history, tick.events),
      playing: tick.playing,
      effectiveSpeed: tick.effectiveSpeed,
      policies: samePolicies(s.policies, tick.policies) ? s.policies : tick.policies,
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
      now: tick.snapshot.now,
    };
  });
}

function samePolicies(a: Tick['policies'], b: Tick['policies']): boolean {
  return a.length === b.length && a.every((p, i) => p.yaml === b[i]?.yaml && p.name === b[i]?.name);
}
