import { splitLog } from '../worker/split-log';
import { load, setPlaying } from './actions';
import { store } from './store';

/** How far one Left/Right press moves the scrubber, and how far with Shift. */
export const SCRUB_STEP_MS = 3_600_000;
export const SCRUB_BIG_STEP_MS = 6 * 3_600_000;

/** The span a rewind may reach: the scenario's start to the latest moment reached. */
export function rewindRange(): { start: number; head: number } {
  const s = store.getState();
  const start = s.snapshot?.config.start ?? 0;
  return { start, head: s.rewound?.head ?? s.snapshot?.now ?? start };
}

/**
 * Shows the sandbox as it was at `t`: the engine rebuilds it from the scenario and the changes
 * made up to `t` (it is deterministic), paused there. Later changes are kept until the learner
 * acts (see commitBranch), so the scrubber can go forward again. Refused while a lesson step
 * is running its actions; a time before the start (or after the latest moment) is clamped.
 */
export async function rewindTo(t: number): Promise<{ ok: boolean }> {
  const s = store.getState();
  if (s.lessons.busy || s.walkthrough?.busy) {
    store.setState({ rewindProblem: 'lesson' });
    return { ok: false };
  }
  const { start, head } = rewindRange();
  const at = Math.min(head, Math.max(start, Math.round(t)));
  const full = s.rewound?.log ?? s.log;
  if (s.playing) setPlaying(false);
  const [kept] = splitLog(full, at);
  const result = await load(s.scenario, s.preset, kept, at, s.scenarioYaml);
  if (!result.ok) return result;
  store.setState({
    rewound: at === head && kept.length === full.length ? undefined : { head, log: full },
    discarded: undefined,
    rewindProblem: t < start ? 'clamped' : undefined,
  });
  return { ok: true };
}

/** Brings back the changes dropped when the learner went on from an earlier moment. */
export async function undoDiscard(): Promise<void> {
  const s = store.getState();
  const discarded = s.discarded;
  if (!discarded) return;
  if (s.playing) setPlaying(false);
  const result = await load(s.scenario, s.preset, discarded.log, discarded.head, s.scenarioYaml);
  if (result.ok) store.setState({ discarded: undefined });
}

/** Hides the messages about rewinding; the note on key material stays hidden for good. */
export function dismissRewindNote(): void {
  store.setState({ rewindNoted: true });
}

export function dismissRewindProblem(): void {
  store.setState({ rewindProblem: undefined, discarded: undefined });
}
