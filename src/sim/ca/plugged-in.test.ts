import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCertificate } from '../../pki/cert-summary';
import { toPem } from '../../pki/pem';
import { LESSON_DEFAULTS } from '../config';
import { MeshSimulation } from '../mesh/mesh-simulation';
import { podView, snapshot } from '../snapshot';
import { CacertsError } from './signer';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const ca = { ...LESSON_DEFAULTS.ca, mode: 'plugged-in' as const };

async function mesh() {
  const sim = await MeshSimulation.create({ ca });
  sim.apply({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'app-1' },
    spec: { containers: [{ name: 'a', image: 'a' }] },
  });
  await sim.settle();
  return sim;
}

describe('a plugged-in CA', () => {
  it('signs leaves with the intermediate: SDS default = leaf, intermediate, root; ROOTCA = root', async () => {
    const sim = await mesh();
    const proxy = sim.proxies.get('default/app-1')!;
    const [leaf, intermediate, root] = proxy.current!.chain;
    expect(proxy.current!.chain).toHaveLength(3);
    expect(intermediate).toEqual(sim.istiod.signer.certDer);
    expect(root).toEqual(sim.offlineCa!.roots.get('root-1')!.certDer);
    expect(proxy.trustBundle).toEqual([root]);
    expect(readCertificate(leaf!).issuerDer).toEqual(readCertificate(intermediate!).subjectDer);
    expect(readCertificate(intermediate!).issuerDer).toEqual(readCertificate(root!).subjectDer);
    // The root's key stays offline: istiod holds the intermediate's key only.
    expect(sim.istiod.signer.certDer).not.toEqual(root);
    expect(sim.istiod.root.certDer).toEqual(root);
  });

  it('shows the hierarchy and each proxy’s ROOTCA in the snapshot', async () => {
    const sim = await mesh();
    const view = snapshot(sim);
    const root = sim.offlineCa!.roots.get('root-1')!;
    expect(view.istiod.mode).toBe('plugged-in');
    expect(view.istiod.root.notAfter).toBe(root.notAfter);
    expect(view.istiod.intermediate?.serial).toBe(sim.istiod.signer.serialHex);
    expect(view.istiod.bundle.map((r) => r.serial)).toEqual([root.serialHex]);
    const pod = sim.cluster.pods.get('default/app-1')!;
    expect(podView(sim, pod).trustBundle).toEqual([root.serialHex]);
    expect(snapshot(await MeshSimulation.create()).istiod.intermediate).toBeUndefined();
  });

  it('caps a leaf at the intermediate’s notAfter', async () => {
    const sim = await MeshSimulation.create({ ca: { ...ca, intermediateTtlMs: 3_600_000 } });
    sim.apply({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a' }, spec: {} });
    await sim.settle();
    expect(sim.proxies.get('default/a')!.current!.notAfter).toBe(sim.istiod.signer.notAfter);
  });

  it('does not start istiod with a bad cacerts', async () => {
    await expect(MeshSimulation.create({ ca: { ...ca, flaw: 'key-mismatch' } })).rejects.toThrow(
      CacertsError,
    );
  });

  it.skipIf(!hasOpenssl)(
    'gives chains `openssl verify -x509_strict -untrusted` accepts',
    async () => {
      const sim = await mesh();
      const dir = mkdtempSync(join(tmpdir(), 'svid-plugged-'));
      const [leaf, intermediate, root] = sim.proxies.get('default/app-1')!.current!.chain;
      writeFileSync(join(dir, 'leaf.pem'), toPem(leaf!));
      writeFileSync(join(dir, 'int.pem'), toPem(intermediate!));
      writeFileSync(join(dir, 'root.pem'), toPem(root!));
      const attime = String(Math.floor(sim.now / 1000) + 60);
      const out = execFileSync(
        'openssl',
        ['verify', '-x509_strict', '-attime', attime, '-CAfile', join(dir, 'root.pem')].concat([
          '-untrusted',
          join(dir, 'int.pem'),
          join(dir, 'leaf.pem'),
        ]),
        { encoding: 'utf8' },
      );
      expect(out.trim()).toBe(`${join(dir, 'leaf.pem')}: OK`);
      // Without the intermediate the leaf does not reach the root.
      const alone = spawnSync(
        'openssl',
        [
          'verify',
          '-x509_strict',
          '-attime',
          attime,
          '-CAfile',
          join(dir, 'root.pem'),
          join(dir, 'leaf.pem'),
        ],
        { encoding: 'utf8' },
      );
      expect(alone.status).not.toBe(0);
    },
  );
});
