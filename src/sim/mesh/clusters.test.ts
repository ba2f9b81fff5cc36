import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, memoryIo, processIo } from '../../cli/io';
import { runCommand } from '../../cli/run';
import { KubeError } from '../cluster';
import { CLUSTER_LABEL, LESSON_DEFAULTS, type MeshConfig } from '../config';
import { podView } from '../snapshot';
import { performAttack } from './attacks';
import { performCall } from './call';
import { MeshSimulation } from './mesh-simulation';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const plugged = (root: string): MeshConfig['ca'] => ({
  ...LESSON_DEFAULTS.ca,
  mode: 'plugged-in',
  rootName: root,
});

/** Two clusters that alias each other's trust domain, under roots `rootA` and `rootB`. */
async function twoClusters(rootA: string, rootB: string): Promise<MeshSimulation> {
  const sim = await MeshSimulation.create({
    clusters: [
      {
        name: 'cluster-a',
        trustDomain: 'cluster-a.local',
        trustDomainAliases: ['cluster-b.local'],
        ca: plugged(rootA),
      },
      {
        name: 'cluster-b',
        trustDomain: 'cluster-b.local',
        trustDomainAliases: ['cluster-a.local'],
        ca: plugged(rootB),
      },
    ],
  });
  sim.apply([
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'production' } },
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'order-sa', namespace: 'production' },
    },
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'pay-sa', namespace: 'production' },
    },
    pod('order-1', 'order', 'order-sa', 'cluster-a'),
    pod('payment-1', 'payment', 'pay-sa', 'cluster-b'),
  ]);
  await sim.settle();
  return sim;
}

function pod(name: string, app: string, sa: string, cluster: string) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'production', labels: { app, [CLUSTER_LABEL]: cluster } },
    spec: { serviceAccountName: sa },
  };
}

describe('a multi-cluster mesh', () => {
  it('gives each cluster its own istiod, apiserver and trust domain', async () => {
    const sim = await twoClusters('shared', 'shared');
    const [a, b] = sim.planes;
    expect(sim.planes.map((p) => p.name)).toEqual(['cluster-a', 'cluster-b']);
    expect(a!.istiod).not.toBe(b!.istiod);
    expect(a!.apiserver).not.toBe(b!.apiserver);
    // Two intermediates, one offline root.
    expect(a!.istiod.signer.serialHex).not.toBe(b!.istiod.signer.serialHex);
    expect(a!.istiod.root.certDer).toEqual(b!.istiod.root.certDer);
    const order = sim.proxies.get('production/order-1')!.current!;
    const payment = sim.proxies.get('production/payment-1')!.current!;
    expect(order.spiffeId).toBe('spiffe://cluster-a.local/ns/production/sa/order-sa');
    expect(payment.spiffeId).toBe('spiffe://cluster-b.local/ns/production/sa/pay-sa');
    expect(order.chain[1]).toEqual(a!.istiod.signer.certDer);
    expect(payment.chain[1]).toEqual(b!.istiod.signer.certDer);
    const view = podView(sim, sim.cluster.pods.get('production/payment-1')!);
    expect(view.cluster).toBe('cluster-b');
  });

  it('crosses clusters under a shared root: the server sees the caller’s trust domain', async () => {
    const sim = await twoClusters('shared', 'shared');
    const call = await performCall(sim, { from: 'production/order-1', to: 'production/payment-1' });
    expect(call.result).toBe('allowed');
    expect(call.peer).toBe('cluster-a.local/ns/production/sa/order-sa');
    const back = await performCall(sim, { from: 'production/payment-1', to: 'production/order-1' });
    expect(back.peer).toBe('cluster-b.local/ns/production/sa/pay-sa');
  });

  it('fails with unknown_ca under separate roots, until each bundle holds the other root', async () => {
    const sim = await twoClusters('root-a', 'root-b');
    const before = await performCall(sim, {
      from: 'production/order-1',
      to: 'production/payment-1',
    });
    expect(before.result).toBe('failed');
    expect(before.reason).toContain('unknown_ca');
    const { runCaStep } = await import('../ca/steps');
    expect(await runCaStep(sim, 'addRoot', 'root-b', 'cluster-a')).toBeUndefined();
    expect(await runCaStep(sim, 'addRoot', 'root-a', 'cluster-b')).toBeUndefined();
    expect(await runCaStep(sim, 'addRoot', 'root-a', 'cluster-z')).toBe(
      'cluster cluster-z is not in mesh.clusters',
    );
    // The proxies still hold one root each until they renew (18 h at the lesson's 75%).
    const still = await performCall(sim, {
      from: 'production/order-1',
      to: 'production/payment-1',
    });
    expect(still.result).toBe('failed');
    await sim.advance(18 * 3_600_000 + 1000);
    const after = await performCall(sim, {
      from: 'production/order-1',
      to: 'production/payment-1',
    });
    expect(after.result).toBe('allowed');
    expect(sim.proxies.get('production/order-1')!.trustBundle).toHaveLength(2);
  });

  it('refuses a pod labelled for a cluster the mesh does not have', async () => {
    const sim = await twoClusters('shared', 'shared');
    const [outcome] = sim.apply(pod('x-1', 'x', 'order-sa', 'cluster-z'));
    expect(outcome!.error).toMatch(/label topology\.istio\.io\/cluster=cluster-z names no cluster/);
    expect(sim.cluster.pods.has('production/x-1')).toBe(false);
    expect(() => sim.restart('production/x-1')).toThrow(KubeError);
  });

  it('sends an attacker’s CSR to its own cluster’s istiod', async () => {
    const sim = await twoClusters('shared', 'shared');
    sim.apply(pod('mallory-1', 'mallory', 'order-sa', 'cluster-b'));
    await sim.settle();
    const base = { method: 'GET', path: '/', port: 8080 } as const;
    // A live token of a pod in the attacker's cluster: that istiod issues the victim's identity.
    const stolen = await performAttack(sim, {
      ...base,
      kind: 'stolen-token',
      from: 'production/mallory-1',
      victim: 'production/payment-1',
    });
    expect(stolen.result).toBe('issued');
    expect(stolen.spiffeId).toBe('spiffe://cluster-b.local/ns/production/sa/pay-sa');
    // A token of the other cluster: signed by another apiserver, so the review fails.
    const foreign = await performAttack(sim, {
      ...base,
      kind: 'stolen-token',
      from: 'production/mallory-1',
      victim: 'production/order-1',
    });
    expect(foreign.result).toBe('rejected');
  });

  it('takes every istiod down and up together', async () => {
    const sim = await twoClusters('shared', 'shared');
    sim.setIstiod(false);
    expect(sim.planes.every((p) => !p.istiod.up)).toBe(true);
    sim.setIstiod(true);
    expect(sim.planes.every((p) => p.istiod.up)).toBe(true);
  });
});

describe.skipIf(!hasOpenssl)('svid run --export of two clusters, checked by openssl', () => {
  it('writes each cluster’s cacerts, and each pod chain verifies against its own cluster’s root', async () => {
    const file = join(import.meta.dirname, '../../../scenarios/two-clusters-separate-roots.yaml');
    const dir = mkdtempSync(join(tmpdir(), 'svid-clusters-'));
    const memory = memoryIo({ [file]: readFileSync(file, 'utf8') });
    const io: CliIo = { ...memory, writeText: processIo.writeText };
    expect(await runCommand([file, '--json', '--export', dir], io)).toBe(0);
    const attime = String(Date.parse('2025-12-10T19:00:00Z') / 1000);
    const verify = (root: string, chainFile: string, intermediate: string) => {
      const chain = readFileSync(chainFile, 'utf8').split(/(?<=-----END CERTIFICATE-----\n)/);
      const leaf = join(dir, 'leaf.pem');
      const int = join(dir, 'int.pem');
      writeFileSync(leaf, chain[0]!);
      writeFileSync(int, intermediate);
      return spawnSync(
        'openssl',
        ['verify', '-x509_strict', '-attime', attime, '-CAfile', root, '-untrusted', int, leaf],
        { encoding: 'utf8' },
      );
    };
    const aCacerts = join(dir, 'cacerts/ca-cert.pem');
    const bCacerts = join(dir, 'clusters/cluster-b/cacerts/ca-cert.pem');
    const aInt = readFileSync(aCacerts, 'utf8');
    const bInt = readFileSync(bCacerts, 'utf8');
    expect(aInt).not.toBe(bInt);
    const order = join(dir, 'production/order-1/cert-chain.pem');
    const payment = join(dir, 'production/payment-1/cert-chain.pem');
    // After the exchange each root-cert.pem holds both roots: either cluster's leaves verify.
    expect(verify(join(dir, 'root-cert.pem'), payment, bInt).stdout).toMatch(/leaf\.pem: OK/);
    expect(verify(join(dir, 'clusters/cluster-b/root-cert.pem'), order, aInt).stdout).toMatch(
      /leaf\.pem: OK/,
    );
    // cluster-b's cacerts/root-cert.pem alone holds root-b first; its cert-chain ends at root-b.
    const bChain = readFileSync(join(dir, 'clusters/cluster-b/cacerts/cert-chain.pem'), 'utf8');
    const bRootOnly = join(dir, 'root-b.pem');
    writeFileSync(bRootOnly, bChain.split(/(?<=-----END CERTIFICATE-----\n)/)[1]!);
    const refused = verify(bRootOnly, order, aInt);
    expect(refused.status).not.toBe(0);
    expect(`${refused.stdout}${refused.stderr}`).toMatch(
      /unable to get (local )?issuer certificate/,
    );
  });
});
