import { describe, expect, it } from 'vitest';
import type { PodView } from '../sim/snapshot';
import type { Tick } from '../worker/protocol';
import { mergePods, mergeTicks } from './store';

const pod = (key: string, serial = '1'): PodView => ({
  key,
  name: key.split('/')[1] ?? key,
  namespace: 'production',
  uid: key,
  ip: '10.0.0.1',
  node: 'node-1',
  labels: {},
  serviceAccount: 'order-sa',
  stage: 'ready',
  rotations: 0,
  trustBundle: ['01'],
  cert: { serial, notBefore: 0, notAfter: 10, installedAt: 0, renewAt: 7 },
});

describe('mergePods', () => {
  const a = pod('production/a');
  const b = pod('production/b');
  const start = mergePods(new Map(), [], { pods: [a, b], gone: [], reset: true });

  it('keeps the map and the keys when nothing changed', () => {
    const same = mergePods(start.pods, start.podKeys, { pods: [], gone: [] });
    expect(same.pods).toBe(start.pods);
    expect(same.podKeys).toBe(start.podKeys);
  });

  it('replaces the map on a change, keeps unchanged records and the keys', () => {
    const b2 = pod('production/b', '2');
    const next = mergePods(start.pods, start.podKeys, { pods: [b2], gone: [] });
    expect(next.pods).not.toBe(start.pods);
    expect(next.pods.get('production/a')).toBe(a);
    expect(next.pods.get('production/b')).toBe(b2);
    expect(start.pods.get('production/b')).toBe(b);
    expect(next.podKeys).toBe(start.podKeys);
  });

  it('gives new keys when a pod comes or goes, and replaces everything on reset', () => {
    const gone = mergePods(start.pods, start.podKeys, { pods: [], gone: ['production/a'] });
    expect(gone.podKeys).toEqual(['production/b']);
    const c = pod('production/c');
    const added = mergePods(gone.pods, gone.podKeys, { pods: [c], gone: [] });
    expect(added.podKeys).toEqual(['production/b', 'production/c']);
    const reset = mergePods(added.pods, added.podKeys, {
      pods: [a],
      gone: [],
      reset: true,
    });
    expect([...reset.pods.keys()]).toEqual(['production/a']);
  });
});

describe('mergeTicks', () => {
  const tick = (delta: Partial<Tick['delta']>, events: Tick['events'] = []): Tick => ({
    type: 'tick',
    delta: { now: 0, pods: [], gone: [], csrPerHour: 0, ...delta },
    events,
    playing: true,
    effectiveSpeed: 1,
  });

  it('keeps both frames’ changes and events, and the later frame’s state', () => {
    const a = pod('production/a');
    const b = pod('production/b');
    const merged = mergeTicks(
      tick({ now: 1, pods: [a, b] }, [{ type: 'istiod.down', t: 1 }]),
      tick({ now: 2, gone: ['production/b'], csrPerHour: 3 }, [{ type: 'istiod.up', t: 2 }]),
    );
    expect(merged.delta.now).toBe(2);
    expect(merged.delta.csrPerHour).toBe(3);
    expect(merged.delta.pods).toEqual([a]);
    expect(merged.delta.gone).toEqual(['production/b']);
    expect(merged.events.map((e) => e.type)).toEqual(['istiod.down', 'istiod.up']);
    const applied = mergePods(new Map(), [], merged.delta);
    expect([...applied.pods.keys()]).toEqual(['production/a']);
  });
});
