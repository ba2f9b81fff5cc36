import type { TimedEvent } from './events';

/**
 * The four steps by which a sidecar gets its identity, in order: the projected token is mounted,
 * the CSR goes to istiod's CreateCertificate, istiod reviews the token and derives the SPIFFE ID,
 * and the signed certificate is installed over SDS. Every screen, lesson and the worker's
 * step-by-step run read them from here.
 */
export const ISSUANCE_STEPS = [
  { id: 'token', completes: 'token.mounted', shows: 'token.mounted', ends: [] },
  { id: 'csr', completes: 'csr.sent', shows: 'csr.sent', ends: [] },
  // istiod answers the CSR with a certificate, a refusal or a retry; any of them ends the step.
  {
    id: 'review',
    completes: 'cert.issued',
    shows: 'token.reviewed',
    ends: ['csr.rejected', 'csr.retry'],
  },
  { id: 'certificate', completes: 'cert.installed', shows: 'cert.installed', ends: [] },
] as const satisfies readonly {
  id: string;
  completes: TimedEvent['type'];
  shows: TimedEvent['type'];
  ends: readonly TimedEvent['type'][];
}[];

type Step = (typeof ISSUANCE_STEPS)[number];

/** The event that completes a step: what a lesson walks a pod to. */
export type IssuanceStop = Step['completes'];

/** Every event that marks a step's progress. */
export type IssuanceEventType = Step['completes'] | Step['shows'] | Step['ends'][number];

/** The index (0-3) of the step `stop` completes. */
export function stepIndex(stop: IssuanceStop): number {
  return ISSUANCE_STEPS.findIndex((s) => s.completes === stop);
}

/** The events that end the step completed by `stop` (its own event, or a refusal or retry). */
export function eventsEnding(stop: IssuanceStop): IssuanceEventType[] {
  const step = ISSUANCE_STEPS[stepIndex(stop)];
  return step ? [step.completes, ...step.ends] : [];
}

/** The events teaching mode pauses on: what each step shows, and a retry (the step repeats). */
export const PAUSE_EVENTS: readonly IssuanceEventType[] = [
  ...ISSUANCE_STEPS.map((s) => s.shows),
  'csr.retry',
];

/** The events of a successful issuance, from the pod's start to the installed certificate. */
export const ISSUANCE_PROGRESS: readonly TimedEvent['type'][] = [
  'pod.started',
  ...new Set(ISSUANCE_STEPS.flatMap((s) => [s.shows, s.completes])),
];

/** The last step (0-3) `pod` has completed in its latest issuance, -1 if none yet. */
export function reachedStep(events: readonly TimedEvent[], pod: string): number {
  let reached = -1;
  for (const e of events) {
    if (!('pod' in e) || e.pod !== pod) continue;
    if (e.type === 'pod.started') reached = -1;
    const step = ISSUANCE_STEPS.findIndex((s) => s.completes === e.type);
    if (step > reached) reached = step;
  }
  return reached;
}
