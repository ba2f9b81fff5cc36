import { X509Certificate } from '@peculiar/x509';
import { describe, expect, it } from 'vitest';
import { createCsr } from '../pki/csr';
import { generateKeyPair } from '../pki/keys';
import { ISTIO_CA_AUDIENCE } from './apiserver';
import { MAX_WORKLOAD_CERT_TTL_MS } from './istiod';
import { story } from './testing/story';

const HOUR = 3_600_000;

async function withOrder() {
  const sim = await story().pod('production/order-1', 'order-sa');
  const token = sim.proxies.get('production/order-1')!.token!.token;
  const ctx = { apiserver: sim.apiserver, cluster: sim.cluster, now: sim.now };
  return { sim, token, ctx };
}

describe('istiod CreateCertificate', () => {
  it('ignores the SANs the CSR asks for and writes the caller identity from the token', async () => {
    const { sim, token, ctx } = await withOrder();
    const keys = await generateKeyPair('ECDSA_P256');
    const csr = await createCsr(keys, {
      uriSans: ['spiffe://cluster.local/ns/kube-system/sa/admin'],
    });
    const auth = await sim.istiod.authenticate(token, ctx);
    if (!auth.ok) throw new Error(auth.reason);
    const signed = await sim.istiod.sign(csr, auth.caller, { ttlMs: 24 * HOUR, now: sim.now });
    if (!signed.ok) throw new Error(signed.reason);
    expect(signed.requestedSans).toEqual(['spiffe://cluster.local/ns/kube-system/sa/admin']);
    expect(signed.spiffeId).toBe('spiffe://cluster.local/ns/production/sa/order-sa');
    const leaf = new X509Certificate(signed.certChain[0] as Uint8Array<ArrayBuffer>);
    expect(leaf.notBefore.getTime()).toBe(sim.now - 2 * 60_000);
    expect(leaf.notAfter.getTime()).toBe(sim.now + 24 * HOUR);
    expect(leaf.serialNumber.padStart(32, '0')).toBe(signed.serialHex);
  });

  it('rejects a TTL above 90 days rather than shortening it', async () => {
    const { sim, token, ctx } = await withOrder();
    const auth = await sim.istiod.authenticate(token, ctx);
    if (!auth.ok) throw new Error(auth.reason);
    const csr = await createCsr(await generateKeyPair('ECDSA_P256'), { uriSans: [] });
    const signed = await sim.istiod.sign(csr, auth.caller, {
      ttlMs: MAX_WORKLOAD_CERT_TTL_MS + HOUR,
      now: sim.now,
    });
    expect(signed).toEqual({
      ok: false,
      reason: 'requested TTL 2161h is greater than the max allowed TTL 2160h',
      why: { code: 'csr.ttlTooLong', params: { requested: 2161, max: 2160 } },
    });
  });

  it('refuses a CSR whose signature does not verify', async () => {
    const { sim, token, ctx } = await withOrder();
    const auth = await sim.istiod.authenticate(token, ctx);
    if (!auth.ok) throw new Error(auth.reason);
    const csr = await createCsr(await generateKeyPair('ECDSA_P256'), { uriSans: [] });
    csr[csr.length - 5]! ^= 0xff;
    const signed = await sim.istiod.sign(csr, auth.caller, { ttlMs: HOUR, now: sim.now });
    expect(signed.ok).toBe(false);
    expect(!signed.ok && signed.reason).toMatch(/^CSR rejected: /);
  });

  it('caps notAfter at the root certificate notAfter', async () => {
    const sim = await story({ rootCertTtlMs: 10 * HOUR }).pod('production/order-1', 'order-sa');
    expect(sim.proxies.get('production/order-1')!.current!.notAfter).toBe(
      sim.config.start + 10 * HOUR,
    );
  });
});

describe('TokenReview', () => {
  it("refuses a token with another audience, an expired one, a tampered one and a recreated pod's (not a container restart's)", async () => {
    const { sim, token } = await withOrder();
    const pod = sim.cluster.pods.get('production/order-1')!;
    const review = (t: string, now = sim.now) =>
      sim.apiserver.reviewToken(t, { audiences: [ISTIO_CA_AUDIENCE], now, cluster: sim.cluster });
    const apiToken = await sim.apiserver.issueToken(pod, {
      audience: 'https://kubernetes.default.svc.cluster.local',
      ttlMs: HOUR,
      now: sim.now,
      serviceAccountUid: sim.cluster.serviceAccounts.get('production/order-sa')!.uid,
      jti: 'x',
    });
    expect((await review(apiToken.token)).error).toContain(
      'token audiences ["https://kubernetes.default.svc.cluster.local"] is invalid',
    );
    expect((await review(token, sim.now + 13 * HOUR)).error).toBe(
      'invalid bearer token, token is expired (exp)',
    );
    const [h, p, s] = token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), sub: 'system:serviceaccount:kube-system:admin' })).toString('base64url')}.${s}`;
    expect((await review(forged)).error).toBe(
      'invalid bearer token, signature verification failed',
    );
    sim.restart('production/order-1');
    expect((await review(token)).authenticated).toBe(true);
    sim.delete({ kind: 'Pod', namespace: 'production', name: 'order-1' });
    sim.apply({
      kind: 'Pod',
      metadata: { name: 'order-1', namespace: 'production' },
      spec: { serviceAccountName: 'order-sa' },
    });
    expect((await review(token)).error).toMatch(/does not match the UID in record/);
  });
});
