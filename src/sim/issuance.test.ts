import { describe, expect, it } from 'vitest';
import type { TimedEvent } from './events';
import { eventsEnding, ISSUANCE_STEPS, reachedStep, stepIndex } from './issuance';

const ev = (type: string, pod = 'ns/a') => ({ t: 0, type, pod }) as unknown as TimedEvent;

describe('the four issuance steps', () => {
  it('are token, CSR, review and certificate, each completed by its own event', () => {
    expect(ISSUANCE_STEPS.map((s) => s.completes)).toEqual([
      'token.mounted',
      'csr.sent',
      'cert.issued',
      'cert.installed',
    ]);
    expect(stepIndex('cert.issued')).toBe(2);
    expect(eventsEnding('cert.issued')).toEqual(['cert.issued', 'csr.rejected', 'csr.retry']);
    expect(eventsEnding('csr.sent')).toEqual(['csr.sent']);
  });

  it("follow one pod's latest issuance, starting over when the pod starts again", () => {
    const events = [ev('token.mounted'), ev('csr.sent'), ev('cert.issued', 'ns/b')];
    expect(reachedStep(events, 'ns/a')).toBe(1);
    expect(reachedStep(events, 'ns/b')).toBe(2);
    expect(reachedStep([...events, ev('pod.started')], 'ns/a')).toBe(-1);
    expect(reachedStep([], 'ns/a')).toBe(-1);
  });
});
