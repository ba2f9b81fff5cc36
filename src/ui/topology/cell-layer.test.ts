import { describe, expect, it } from 'vitest';
import type { PodView } from '../../sim/snapshot';
import { cellLook } from './cell-layer';

const cellMark = (...args: Parameters<typeof cellLook>) => cellLook(...args).mark;

const HOUR = 3_600_000;
const pod: PodView = {
  key: 'production/order-1',
  name: 'order-1',
  namespace: 'production',
  uid: 'u',
  ip: '10.0.1.2',
  node: 'node-1',
  labels: {},
  serviceAccount: 'order-sa',
  stage: 'ready',
  rotations: 0,
  cert: { serial: '01', notBefore: 0, notAfter: 24 * HOUR, installedAt: 0, renewAt: 18 * HOUR },
  trustBundle: [],
};

describe('a cell’s mark', () => {
  it('moves only at a quarter of the certificate’s life, at the renewal mark and on selection', () => {
    const marks = [1, 5, 6.5, 7, 12.5, 17, 18, 19, 23].map((h) => cellMark(pod, h * HOUR, false));
    // Hours 1 and 5 share the top quarter; 6.5 and 7 the next; the renewal mark changes the band.
    expect(new Set(marks.slice(0, 2)).size).toBe(1);
    expect(marks[1]).not.toBe(marks[2]);
    expect(marks[2]).toBe(marks[3]);
    expect(marks[5]?.startsWith('ok|')).toBe(true);
    expect(marks[6]?.startsWith('renew|')).toBe(true);
    expect(marks[6]).toBe(marks[7]);
    expect(cellMark(pod, HOUR, true)).not.toBe(marks[0]);
    expect(cellMark(pod, 25 * HOUR, false).startsWith('expired|')).toBe(true);
    expect(cellMark({ ...pod, cert: undefined, stage: 'csr-sent' }, HOUR, false)).toMatch(
      /^none\|/,
    );
  });
});
