import { describe, expect, it } from 'vitest';
import { story } from '../sim/testing/story';
import { DeltaTracker } from './delta';

describe('DeltaTracker', () => {
  it('sends every pod first, then only the pods whose light record changed', async () => {
    const sim = await story()
      .pod('production/order-1', 'order-sa')
      .pod('production/pay-1', 'pay-sa');
    const deltas = new DeltaTracker();
    const first = deltas.next(sim);
    expect(first.reset).toBe(true);
    expect(first.mesh?.namespaces.map((n) => n.name)).toContain('production');
    expect(first.pods.map((p) => p.key).sort()).toEqual(['production/order-1', 'production/pay-1']);

    const quiet = deltas.next(sim);
    expect(quiet.pods).toEqual([]);
    expect(quiet.gone).toEqual([]);
    expect(quiet.mesh).toBeUndefined();
    expect(quiet.reset).toBeUndefined();

    sim.restart('production/order-1');
    await sim.settle();
    const after = deltas.next(sim);
    expect(after.reset).toBeUndefined();
    expect(after.mesh).toBeUndefined();
    expect(after.pods.map((p) => p.key)).toEqual(['production/order-1']);
    expect(after.pods[0]?.cert?.serial).toBe(
      sim.proxies.get('production/order-1')?.current?.serial,
    );
    // Light records only: no PEM or JWT ever rides along.
    expect(JSON.stringify(after)).not.toMatch(/BEGIN CERTIFICATE|eyJ/);
  });

  it("counts istiod's CSRs of the last simulated hour", async () => {
    const sim = await story().pod('production/order-1', 'order-sa');
    const deltas = new DeltaTracker();
    const csr = (t: number) => ({
      type: 'csr.sent' as const,
      pod: 'p',
      keyAlgorithm: 'EC',
      attempt: 1,
      t,
    });
    deltas.observe([csr(sim.now - 7_200_000), csr(sim.now - 60_000), csr(sim.now)]);
    expect(deltas.next(sim).csrPerHour).toBe(2);
  });

  it('names pods that are gone and starts over after reset', async () => {
    const sim = await story()
      .pod('production/order-1', 'order-sa')
      .pod('production/pay-1', 'pay-sa');
    const deltas = new DeltaTracker();
    deltas.next(sim);
    sim.delete({ kind: 'Pod', namespace: 'production', name: 'pay-1' });
    expect(deltas.next(sim).gone).toEqual(['production/pay-1']);
    deltas.reset();
    const again = deltas.next(sim);
    expect(again.reset).toBe(true);
    expect(again.pods.map((p) => p.key)).toEqual(['production/order-1']);
  });
});
