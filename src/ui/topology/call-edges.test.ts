import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../sim/mesh/types';
import { aggregateCalls, badgeStatus, edgePath } from './call-edges';

function call(id: number, from: string, to: string, result: CallRecord['result']): CallRecord {
  return {
    id,
    t: 0,
    kind: 'call',
    from,
    to,
    fromPod: from,
    toPod: to,
    request: { method: 'GET', path: '/', port: 8080, headers: {} },
    result,
    ...(result === 'failed' ? {} : { status: result === 'allowed' ? 200 : 403 }),
  };
}

describe('aggregateCalls', () => {
  const onStage = (pod: string) => pod !== 'prod/gone';

  it('groups calls per caller → callee pair with counts, newest pair last', () => {
    const { edges, missing } = aggregateCalls(
      [
        call(1, 'prod/a', 'prod/b', 'allowed'),
        call(2, 'prod/b', 'prod/a', 'denied'),
        call(3, 'prod/a', 'prod/b', 'denied'),
      ],
      onStage,
    );
    expect(missing).toEqual([]);
    expect(edges.map((e) => `${e.from}>${e.to}:${e.count}:${e.latest.id}`)).toEqual([
      'prod/b>prod/a:1:2',
      'prod/a>prod/b:2:3',
    ]);
    expect(edges[1]?.results).toEqual({ allowed: 1, denied: 1, failed: 0 });
  });

  it('leaves calls whose pods are not on the stage without an edge', () => {
    const unresolved = { ...call(2, 'prod/x', 'prod/b', 'failed'), fromPod: undefined };
    const { edges, missing } = aggregateCalls(
      [call(1, 'prod/a', 'prod/gone', 'allowed'), unresolved],
      onStage,
    );
    expect(edges).toEqual([]);
    expect(missing.map((c) => c.id)).toEqual([1, 2]);
  });
});

describe('edgePath', () => {
  const left = { x: 0, y: 100, w: 100, h: 100 };
  const right = { x: 400, y: 100, w: 100, h: 100 };

  it('leaves the caller and ends outside the callee, arcing upwards left to right', () => {
    const p = edgePath(left, right);
    expect(p.start.y).toBeLessThan(150);
    expect(p.end.x).toBeLessThan(right.x + right.w / 2);
    expect(p.at(0.5).y).toBeLessThan(100);
    expect(p.at(0)).toEqual(p.start);
    expect(p.at(1)).toEqual(p.end);
  });

  it('draws the reverse call as a separate arc below', () => {
    expect(edgePath(right, left).at(0.5).y).toBeGreaterThan(200);
  });
});

describe('badgeStatus', () => {
  it('shows the HTTP status, or the alert of a failed handshake', () => {
    expect(badgeStatus(call(1, 'a', 'b', 'denied'))).toBe('403');
    const failed = call(2, 'a', 'b', 'failed');
    failed.handshake = {
      ok: false,
      messages: [],
      failure: {
        at: 'Certificate',
        side: 'client',
        alert: 'bad_certificate',
        code: 'x',
        reason: 'r',
      },
    };
    expect(badgeStatus(failed)).toBe('bad_certificate');
  });
});
