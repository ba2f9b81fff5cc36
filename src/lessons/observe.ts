import type { TimedEvent } from '../sim/events';

type Of<T extends TimedEvent['type']> = Extract<TimedEvent, { type: T }>;

/** The last event of `type` (optionally for `pod`) among `events`. */
export function lastOf<T extends TimedEvent['type']>(
  events: readonly TimedEvent[],
  type: T,
  pod?: string,
): Of<T> | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e?.type !== type) continue;
    if (pod !== undefined && (!('pod' in e) || e.pod !== pod)) continue;
    return e as Of<T>;
  }
  return undefined;
}

/** The first event of `type` (optionally for `pod`) among `events`. */
export function firstOf<T extends TimedEvent['type']>(
  events: readonly TimedEvent[],
  type: T,
  pod?: string,
): Of<T> | undefined {
  return events.find(
    (e) => e.type === type && (pod === undefined || ('pod' in e && e.pod === pod)),
  ) as Of<T> | undefined;
}

/** Observer: the result of the last call (`allowed`, `denied`, `failed`). */
export const callResult = (events: readonly TimedEvent[]) => lastOf(events, 'call')?.result;

/** Observer: the result of the last attack (`failed`, `issued`, `rejected`, ...). */
export const attackResult = (events: readonly TimedEvent[]) => lastOf(events, 'attack')?.result;

/** Observer: the principal the server saw in the last call. */
export const callPeer = (events: readonly TimedEvent[]) => lastOf(events, 'call')?.peer;

/** Observer: the SPIFFE ID the last certificate issued to `pod` carries. */
export const issuedId = (pod: string) => (events: readonly TimedEvent[]) =>
  lastOf(events, 'cert.issued', pod)?.spiffeId;

/** Hours, as a whole number when it is one (`18`, `0.5`). */
export function hours(ms: number): number {
  return Math.round((ms / 3_600_000) * 1000) / 1000;
}
