import { describe, expect, it } from 'vitest';
import { proxyConfigSecretJson } from '../../pki/istioctl-import';
import { toPem } from '../../pki/pem';
import { story } from '../../sim/testing/story';
import { describeSecretImport } from './secret-view';

describe('the imported istioctl secret, as the bridge shows it', () => {
  it('shows the chain an engine-issued certificate really has', async () => {
    const sim = await story().pod('production/order-1', 'order-sa');
    const cert = sim.proxies.get('production/order-1')!.current!;
    const json = proxyConfigSecretJson(
      cert.chain.map((d) => toPem(d)).join(''),
      toPem(sim.istiod.root.certDer),
      '2025-12-10T00:00:00.000Z',
    );
    const view = describeSecretImport(json);
    if (!view.ok) throw new Error(view.error);
    const [def, root] = view.secrets;
    expect(def).toMatchObject({ name: 'default', status: 'ACTIVE', kind: 'Cert Chain' });
    const leaf = def!.certs[0]!;
    expect(leaf.spiffeId).toBe('spiffe://cluster.local/ns/production/sa/order-sa');
    expect(leaf.subject).toBe('');
    expect(leaf.issuer).toBe('O = cluster.local');
    expect(leaf.serial).toMatch(/^[0-9a-f]{32}$/);
    expect(leaf.isCa).toBe(false);
    expect(leaf.notAfter - leaf.notBefore).toBe(24 * 3_600_000 + 2 * 60_000);
    expect(leaf.renewal!.lesson - leaf.renewal!.issuedAt).toBe(18 * 3_600_000);
    expect(leaf.renewal!.istio - leaf.renewal!.issuedAt).toBe(12 * 3_600_000);
    expect(leaf.opensslText).toContain('URI:spiffe://cluster.local/ns/production/sa/order-sa');
    expect(root).toMatchObject({ name: 'ROOTCA', kind: 'CA' });
    expect(root!.certs[0]).toMatchObject({ isCa: true, subject: 'O = cluster.local' });
    expect(root!.certs[0]!.renewal).toBeUndefined();
  });

  it.each([
    ['', /^not JSON/],
    ['{"dynamicActiveSecrets": "x"}', /no dynamicActiveSecrets/],
    [
      '{"dynamicActiveSecrets": [{"name": "default", "secret": {"tlsCertificate": {"certificateChain": {"inlineBytes": "bm90IGEgcGVt"}}}}]}',
      /decodes to no PEM certificate/,
    ],
  ])('explains broken input %#', (text, message) => {
    const view = describeSecretImport(text);
    expect(view.ok).toBe(false);
    if (!view.ok) expect(view.error).toMatch(message);
  });
});
