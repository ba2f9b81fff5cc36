import type { TimedEvent } from '../sim/events';

const STEP_OF: Partial<Record<TimedEvent['type'], number>> = {
  'token.mounted': 0,
  'csr.sent': 1,
  'cert.issued': 2,
  'cert.installed': 3,
};

/** The last step (0-3) `pod` has completed in its latest issuance, -1 if none yet. */
export function reachedStep(events: TimedEvent[], pod: string): number {
  let reached = -1;
  for (const e of events) {
    if (!('pod' in e) || e.pod !== pod) continue;
    if (e.type === 'pod.started') reached = -1;
    const step = STEP_OF[e.type];
    if (step !== undefined && step > reached) reached = step;
  }
  return reached;
}
