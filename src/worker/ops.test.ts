import { describe, expect, it } from 'vitest';
import { story } from '../sim/testing/story';
import { OpError, parseManifests, performOp } from './ops';

describe('parsing manifests as kubectl does', () => {
  it('reads several documents and skips empty ones', () => {
    expect(parseManifests('a: 1\n---\n---\nb: 2\n')).toEqual([{ a: 1 }, { b: 2 }]);
  });

  it.each([
    ['a: [1\n', /^line \d+: /],
    ['- 1\n- 2\n', /must be a manifest/],
    ['# nothing\n', /nothing to apply/],
  ])('refuses %j', (text, message) => {
    expect(() => parseManifests(text)).toThrow(OpError);
    expect(() => parseManifests(text)).toThrow(message);
  });
});

describe('user ops on the simulation', () => {
  it('applies, restarts and deletes, refusing what cannot be done', async () => {
    const sim = await story().namespace('production').serviceAccount('production', 'order-sa');
    const notes = await performOp(sim, {
      kind: 'apply',
      yaml: 'apiVersion: v1\nkind: Pod\nmetadata: {name: order-1, namespace: production}\nspec: {serviceAccountName: order-sa, containers: [{name: app, image: "app:1"}]}\n',
    });
    expect(notes).toEqual(['Pod production/order-1 created']);
    expect(sim.cluster.pods.has('production/order-1')).toBe(true);
    await expect(performOp(sim, { kind: 'restart', pod: 'production/none' })).rejects.toThrow(
      OpError,
    );
    await expect(
      performOp(sim, { kind: 'scale', namespace: 'production', name: 'none', replicas: 2 }),
    ).rejects.toThrow(OpError);
    await performOp(sim, {
      kind: 'delete',
      ref: { kind: 'Pod', namespace: 'production', name: 'order-1' },
    });
    expect(sim.cluster.pods.has('production/order-1')).toBe(false);
    expect(await performOp(sim, { kind: 'istiod', up: false })).toEqual([]);
  });
});
