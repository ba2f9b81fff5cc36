import { describe, expect, it } from 'vitest';
import type { TimedEvent } from '../../sim/events';
import { foldRetries } from './fold';

const retry = (t: number, pod: string, attempt: number, reason = 'istiod is unreachable') =>
  ({ t, type: 'csr.retry', pod, reason, attempt, retryAt: t + 1000 }) as TimedEvent;
const sent = (t: number, pod: string, attempt: number) =>
  ({ t, type: 'csr.sent', pod, keyAlgorithm: 'ECDSA_P256', attempt }) as TimedEvent;

describe("the log's folded CSR retries", () => {
  it("folds a pod's run of retries and the CSRs sent between them into the first retry", () => {
    const events = [
      sent(0, 'a/x', 1),
      retry(1, 'a/x', 1),
      retry(2, 'a/y', 1),
      sent(3, 'a/x', 2),
      retry(3, 'a/x', 2),
      sent(4, 'a/x', 3),
      retry(4, 'a/x', 3),
      retry(5, 'a/y', 2),
    ];
    const rows = foldRetries(events);
    expect(rows.map((r) => [r.event.type, r.event.t, r.count, r.events, r.last?.t])).toEqual([
      ['csr.sent', 0, 1, 1, undefined],
      ['csr.retry', 1, 3, 5, 4],
      ['csr.retry', 2, 2, 2, 5],
    ]);
    expect(rows.reduce((n, r) => n + r.events, 0)).toBe(events.length);
  });

  it('keeps the CSR that succeeds, and ends a run at any other event or a new reason', () => {
    const issued = { t: 5, type: 'cert.issued', pod: 'a/x' } as TimedEvent;
    const down = { t: 2, type: 'istiod.down' } as TimedEvent;
    const rows = foldRetries([
      retry(1, 'a/x', 1),
      down,
      retry(3, 'a/x', 2),
      sent(4, 'a/x', 3),
      issued,
      retry(6, 'a/x', 1),
      retry(7, 'a/x', 2, 'token expired'),
    ]);
    expect(rows.map((r) => [r.event.type, r.event.t, r.count])).toEqual([
      ['csr.retry', 1, 2],
      ['istiod.down', 2, 1],
      ['csr.sent', 4, 1],
      ['cert.issued', 5, 1],
      ['csr.retry', 6, 1],
      ['csr.retry', 7, 1],
    ]);
  });
});
