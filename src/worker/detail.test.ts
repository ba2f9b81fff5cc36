import { describe, expect, it } from 'vitest';
import { toPem } from '../pki/pem';
import { runCaStep } from '../sim/ca/steps';
import { CLUSTER_LABEL, LESSON_DEFAULTS } from '../sim/config';
import { MeshSimulation } from '../sim/mesh/mesh-simulation';
import { podDetail } from './detail';

const ca = { ...LESSON_DEFAULTS.ca, mode: 'plugged-in' as const };

describe('podDetail: istioctl proxy-config secret', () => {
  it('the ROOTCA row is the bundle the proxy holds, not the root istiod signs under now', async () => {
    const sim = await MeshSimulation.create({ ca });
    sim.apply({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' }, spec: {} });
    await sim.settle();
    const root1 = sim.offlineCa!.roots.get('root-1')!.serialHex;
    await runCaStep(sim, 'useRoot', 'root-2');
    const root2 = sim.offlineCa!.roots.get('root-2')!.serialHex;
    expect(root2).not.toBe(root1);
    // istiod is on root-2 already; the proxy has not renewed and still trusts root-1 only.
    const rootca = podDetail(sim, 'default/a').sdsRows.find((r) => r.resourceName === 'ROOTCA');
    expect(rootca?.type).toBe('CA');
    expect(rootca?.serialNumber.replace(/^0+/, '')).toBe(root1.replace(/^0+/, ''));
    await sim.advance(18 * 3_600_000);
    const after = podDetail(sim, 'default/a').sdsRows.find((r) => r.resourceName === 'ROOTCA');
    expect(after?.serialNumber.replace(/^0+/, '')).toBe(root2.replace(/^0+/, ''));
  });

  it('shows a pod the root of its own cluster', async () => {
    const own = (name: string, root: string) => ({
      name,
      trustDomain: `${name}.local`,
      trustDomainAliases: [],
      ca: { ...ca, rootName: root },
    });
    const sim = await MeshSimulation.create({
      clusters: [own('cluster-a', 'root-a'), own('cluster-b', 'root-b')],
    });
    const pod = (name: string, cluster: string) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, labels: { [CLUSTER_LABEL]: cluster } },
      spec: {},
    });
    sim.apply([pod('a', 'cluster-a'), pod('b', 'cluster-b')]);
    await sim.settle();
    const rootB = toPem(sim.planes[1]!.istiod.root.certDer);
    expect(podDetail(sim, 'default/b').rootPem).toBe(rootB);
    expect(podDetail(sim, 'default/a').rootPem).not.toBe(rootB);
  });
});
