import { describe, expect, it } from 'vitest';
import { story } from '../sim/testing/story';
import { importProxyConfigSecret, proxyConfigSecretJson, renewalPoints } from './istioctl-import';
import { toPem } from './pem';

async function realisticJson() {
  const sim = await story().pod('production/order-1', 'order-sa');
  const cert = sim.proxies.get('production/order-1')!.current!;
  const json = proxyConfigSecretJson(
    cert.chain.map((d) => toPem(d)).join(''),
    toPem(sim.istiod.root.certDer),
    '2025-12-10T00:00:00.000Z',
  );
  return { sim, cert, json };
}

describe('importProxyConfigSecret', () => {
  it('reads the default chain and ROOTCA from istioctl -o json', async () => {
    const { sim, cert, json } = await realisticJson();
    const imported = importProxyConfigSecret(json);
    if (!imported.ok) throw new Error(imported.error);
    const [def, root] = imported.secrets;
    expect(def).toMatchObject({ name: 'default', status: 'ACTIVE', kind: 'Cert Chain' });
    expect(def!.chain).toEqual(cert.chain);
    expect(root).toMatchObject({ name: 'ROOTCA', kind: 'CA' });
    expect(root!.chain[0]).toEqual(sim.istiod.root.certDer);
  });

  it('finds the renewal points under the lesson and under Istio', async () => {
    const { cert } = await realisticJson();
    const points = renewalPoints(cert.chain[0]!);
    expect(points.issuedAt).toBe(cert.installedAt);
    expect(points.lesson - points.issuedAt).toBe(18 * 3_600_000);
    expect(points.istio - points.issuedAt).toBe(12 * 3_600_000);
  });

  it.each([
    ['{', /^not JSON/],
    ['[]', /expected a JSON object/],
    ['{"configs": []}', /no dynamicActiveSecrets/],
    [
      '{"dynamicActiveSecrets": [{"name": "default"}]}',
      /dynamicActiveSecrets\[0\]\.secret: missing/,
    ],
    [
      '{"dynamicActiveSecrets": [{"name": "default", "secret": {"tlsCertificate": {"certificateChain": {"inlineBytes": "%%%"}}}}]}',
      /certificateChain\.inlineBytes: not valid base64/,
    ],
    [
      `{"dynamicActiveSecrets": [{"name": "default", "secret": {"tlsCertificate": {"certificateChain": {"inlineBytes": "${btoa('hello')}"}}}}]}`,
      /decodes to no PEM certificate/,
    ],
    [
      `{"dynamicActiveSecrets": [{"name": "ROOTCA", "secret": {"validationContext": {"trustedCa": {"inlineBytes": "${btoa('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n')}"}}}}]}`,
      /trustedCa\.inlineBytes: certificate #1 is not a valid X\.509 certificate/,
    ],
  ])('refuses %s with a clear message', (text, message) => {
    const imported = importProxyConfigSecret(text);
    expect(imported.ok).toBe(false);
    expect(!imported.ok && imported.error).toMatch(message);
  });
});
