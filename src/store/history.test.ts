import { describe, expect, it } from 'vitest';
import type { TimedEvent } from '../sim/events';
import { EMPTY_HISTORY, foldHistory, indexHistory } from './history';

const pod = 'production/order-1';
const ev = (e: Record<string, unknown>) => e as unknown as TimedEvent;
const issued = (t: number, serial: string) => [
  ev({ t, type: 'cert.issued', pod, serial, notBefore: t - 60_000, spiffeId: 'x' }),
  ev({ t, type: 'cert.installed', pod, serial, notAfter: t + 86_400_000, renewAt: t + 64_800_000 }),
];

describe('folding events into the timeline history', () => {
  it('returns the same object when nothing arrived', () => {
    expect(foldHistory(EMPTY_HISTORY, [])).toBe(EMPTY_HISTORY);
  });

  it('leaves the history as it was when a batch holds nothing it draws', () => {
    const h = foldHistory(EMPTY_HISTORY, [
      ev({ t: 0, type: 'pod.started', pod }),
      ...issued(10, 'a'),
    ]);
    expect(foldHistory(h, [ev({ t: 20, type: 'csr.sent', pod, keyAlgorithm: 'ECDSA_P256' })])).toBe(
      h,
    );
  });

  it('ends only the renewing pod’s bar, and never edits the previous history', () => {
    const other = 'production/payment-1';
    const before = foldHistory(EMPTY_HISTORY, [
      ...issued(10, 'a'),
      ev({ t: 10, type: 'cert.issued', pod: other, serial: 'p', notBefore: 0 }),
      ev({ t: 10, type: 'cert.installed', pod: other, serial: 'p', notAfter: 9e9, renewAt: 9e8 }),
    ]);
    const frozen = structuredClone(before);
    const after = foldHistory(before, issued(500, 'b'));
    expect(before).toEqual(frozen);
    expect(after.bars.map((b) => [b.serial, b.endedAt])).toEqual([
      ['a', 500],
      ['p', undefined],
      ['b', undefined],
    ]);
  });

  it('draws one bar per certificate, ending the previous one at rotation', () => {
    let h = foldHistory(EMPTY_HISTORY, [
      ev({ t: 0, type: 'pod.started', pod }),
      ...issued(10, 'a'),
    ]);
    expect(h.rows).toEqual([pod]);
    expect(h.bars).toEqual([
      {
        pod,
        serial: 'a',
        installedAt: 10,
        notBefore: 10 - 60_000,
        notAfter: 10 + 86_400_000,
        renewAt: 10 + 64_800_000,
      },
    ]);
    h = foldHistory(h, [...issued(500, 'b'), ev({ t: 500, type: 'cert.rotated', pod })]);
    expect(h.bars.map((b) => [b.serial, b.endedAt])).toEqual([
      ['a', 500],
      ['b', undefined],
    ]);
    expect(h.rotations).toEqual([{ pod, t: 500 }]);
  });

  it('marks expiry, ends bars when the pod goes, and pairs istiod outages', () => {
    let h = foldHistory(EMPTY_HISTORY, issued(0, 'a'));
    const before = h;
    h = foldHistory(h, [
      ev({ t: 5, type: 'istiod.down' }),
      ev({ t: 7, type: 'cert.expired', pod, serial: 'a' }),
      ev({ t: 9, type: 'istiod.up' }),
      ev({ t: 11, type: 'pod.deleted', pod }),
    ]);
    expect(h.bars[0]).toMatchObject({ expiredAt: 7, endedAt: 11 });
    expect(h.outages).toEqual([{ from: 5, to: 9 }]);
    // The previous history is not changed in place (the store compares by reference).
    expect(before.bars[0]?.endedAt).toBeUndefined();
  });

  it('stays bounded', () => {
    const many = Array.from({ length: 4100 }, (_, i) => issued(i, `s${i}`)).flat();
    expect(foldHistory(EMPTY_HISTORY, many).bars).toHaveLength(4000);
  });
});

describe('looking a history up by pod', () => {
  it('finds each pod’s bars and rotations and the bar a rotation ended, once per history', () => {
    const other = 'production/payment-1';
    let h = foldHistory(EMPTY_HISTORY, [...issued(10, 'a')]);
    h = foldHistory(h, [
      ...issued(500, 'b'),
      ev({ t: 500, type: 'cert.rotated', pod }),
      ev({ t: 600, type: 'cert.issued', pod: other, serial: 'p', notBefore: 0 }),
      ev({ t: 600, type: 'cert.installed', pod: other, serial: 'p', notAfter: 9e9, renewAt: 9e8 }),
    ]);
    const index = indexHistory(h);
    expect(indexHistory(h)).toBe(index);
    expect(index.bars.get(pod)?.map((b) => b.serial)).toEqual(['a', 'b']);
    expect(index.bars.get(other)?.map((b) => b.serial)).toEqual(['p']);
    expect(index.rotations.get(pod)).toEqual([{ pod, t: 500 }]);
    expect(index.rotations.get(other)).toBeUndefined();
    expect(index.endedBy(pod, 500)?.serial).toBe('a');
    expect(index.endedBy(other, 500)).toBeUndefined();
  });
});
