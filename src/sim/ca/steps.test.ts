import { describe, expect, it } from 'vitest';
import { LESSON_DEFAULTS } from '../config';
import { MeshSimulation } from '../mesh/mesh-simulation';
import { runCaStep } from './steps';

const HOUR = 3_600_000;
const ca = { ...LESSON_DEFAULTS.ca, mode: 'plugged-in' as const };

async function mesh() {
  const sim = await MeshSimulation.create({ ca });
  sim.apply({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' }, spec: {} });
  await sim.settle();
  return { sim, proxy: sim.proxies.get('default/a')! };
}

describe('root rotation steps', () => {
  it('addRoot reaches a proxy’s ROOTCA at its next renewal, not before', async () => {
    const { sim, proxy } = await mesh();
    expect(await runCaStep(sim, 'addRoot', 'root-2')).toBeUndefined();
    expect(sim.istiod.rootCerts).toHaveLength(2);
    expect(proxy.trustBundle).toHaveLength(1);
    await sim.advance(18 * HOUR);
    expect(proxy.trustBundle).toEqual(sim.istiod.rootCerts);
  });

  it('useRoot plugs in an intermediate under the new root; leaves follow as they renew', async () => {
    const { sim, proxy } = await mesh();
    await runCaStep(sim, 'addRoot', 'root-2');
    const before = sim.istiod.signer.certDer;
    await runCaStep(sim, 'useRoot', 'root-2');
    expect(sim.istiod.signer.certDer).not.toEqual(before);
    expect(sim.istiod.root.certDer).toEqual(sim.offlineCa!.roots.get('root-2')!.certDer);
    expect(proxy.current!.chain[1]).toEqual(before);
    await sim.advance(18 * HOUR);
    expect(proxy.current!.chain[1]).toEqual(sim.istiod.signer.certDer);
  });

  it('refuses to drop the root istiod signs under, and keeps the CA as it was', async () => {
    const { sim } = await mesh();
    await runCaStep(sim, 'addRoot', 'root-2');
    const bundle = sim.istiod.rootCerts;
    const refused = await runCaStep(sim, 'removeRoot', 'root-1');
    expect(refused).toMatch(
      /istiod refuses to start: cacerts ca-cert\.pem: .*not signed by any root/,
    );
    expect(sim.istiod.rootCerts).toBe(bundle);
    expect(sim.events.at(-1)).toMatchObject({ type: 'ca.refused', file: 'ca-cert.pem' });
    expect(await runCaStep(sim, 'removeRoot', 'root-3')).toBe(
      'root root-3 is not in root-cert.pem',
    );
  });

  it('is refused in self-signed mode', async () => {
    const sim = await MeshSimulation.create();
    expect(await runCaStep(sim, 'addRoot', 'root-2')).toMatch(/need mesh\.ca\.mode plugged-in/);
  });
});

describe('the self-signed root rotator', () => {
  it('re-issues the root with the same key once 20% of its life is left, checking hourly', async () => {
    const sim = await MeshSimulation.create({
      rootCertTtlMs: 100 * HOUR,
      ca: { ...LESSON_DEFAULTS.ca, rootCheckIntervalMs: HOUR },
    });
    const first = sim.istiod.root;
    await sim.advance(79 * HOUR);
    expect(sim.istiod.root).toBe(first);
    await sim.advance(HOUR);
    const renewed = sim.istiod.signer;
    expect(renewed.certDer).not.toEqual(first.certDer);
    expect(renewed.notBefore).toBe(first.notBefore + 80 * HOUR);
    expect(renewed.keys).toBe((first as typeof renewed).keys);
    expect(sim.istiod.rootCerts).toEqual([renewed.certDer]);
  });
});
