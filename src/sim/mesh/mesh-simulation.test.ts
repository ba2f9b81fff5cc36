import { describe, expect, it } from 'vitest';
import { story } from '../testing/story';
import { MeshSimulation } from './mesh-simulation';
import type { CallRecord } from './types';

const denyAll = {
  apiVersion: 'security.istio.io/v1',
  kind: 'AuthorizationPolicy',
  metadata: { name: 'deny-all', namespace: 'production' },
  spec: {},
};

describe('MeshSimulation', () => {
  it('takes Istio policies through apply and delete, into its policy store', async () => {
    const sim = await story().pod('production/order-1', 'order-sa');
    expect(sim.apply(denyAll)).toEqual([
      { resource: 'AuthorizationPolicy production/deny-all', ignored: [], action: 'created' },
    ]);
    expect([...sim.policies.authorization.keys()]).toEqual(['production/deny-all']);
    sim.delete({ kind: 'AuthorizationPolicy', namespace: 'production', name: 'deny-all' });
    expect(sim.policies.authorization.size).toBe(0);
    expect(sim.policies.manifests.size).toBe(0);
  });

  it('keeps the last token of a deleted pod for replay attacks; a container restart retires none', async () => {
    const sim = await story().pod('production/order-1', 'order-sa');
    const token = sim.proxies.get('production/order-1')!.token;
    expect(token).toBeDefined();
    sim.restart('production/order-1');
    await sim.settle();
    expect(sim.retiredTokens.size).toBe(0);
    expect(sim.proxies.get('production/order-1')!.token).toBe(token);
    sim.delete({ kind: 'Pod', namespace: 'production', name: 'order-1' });
    expect(sim.retiredTokens.get('production/order-1')).toBe(token);
  });

  it('numbers calls per simulation and keeps the latest 200', async () => {
    const sim = await MeshSimulation.create({ seed: 7 }, { keepEvents: false });
    expect([sim.nextCallId(), sim.nextCallId()]).toEqual([1, 2]);
    for (let id = 1; id <= 201; id++) sim.recordCall({ id } as CallRecord);
    expect(sim.calls).toHaveLength(200);
    expect(sim.calls[0]!.id).toBe(2);
  });
});
