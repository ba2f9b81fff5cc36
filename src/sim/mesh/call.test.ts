import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowOrderOnly, story } from '../testing/story';
import { performAttack } from './attacks';
import { performCall } from './call';
import { accessMatrix } from './matrix';

const mesh = () =>
  story()
    .pod('production/order-1', 'order-sa', { labels: { app: 'order' } })
    .pod('production/payment-1', 'pay-sa', { labels: { app: 'payment' } })
    .pod('default/legacy', 'default', { labels: { app: 'legacy' } });

describe('a call through both sidecars', () => {
  it('hands the app the client identity in XFCC, as Envoy does', async () => {
    const sim = await mesh();
    const record = await performCall(sim, {
      from: 'production/order-1',
      to: 'production/payment-1',
      method: 'POST',
      path: '/pay',
    });
    expect(record).toMatchObject({
      result: 'allowed',
      status: 200,
      transport: 'mtls',
      peer: 'cluster.local/ns/production/sa/order-sa',
    });
    const clientLeaf = sim.proxies.get('production/order-1')!.current!.chain[0]!;
    const hash = createHash('sha256').update(clientLeaf).digest('hex');
    expect(record.xfcc).toBe(
      `By=spiffe://cluster.local/ns/production/sa/pay-sa;Hash=${hash};Subject="";URI=spiffe://cluster.local/ns/production/sa/order-sa`,
    );
    const types = record.handshake!.messages.map((m) => `${m.from}:${m.type}`);
    expect(types.slice(0, 10)).toEqual([
      'client:ClientHello',
      'server:ServerHello',
      'server:EncryptedExtensions',
      'server:CertificateRequest',
      'server:Certificate',
      'server:CertificateVerify',
      'server:Finished',
      'client:Certificate',
      'client:CertificateVerify',
      'client:Finished',
    ]);
    expect(types.slice(10)).toEqual(['client:ApplicationData', 'server:ApplicationData']);
  });

  it('denies with 403 and names the policy once an ALLOW policy on principals applies', async () => {
    const sim = await mesh();
    sim.apply(allowOrderOnly);
    const order = await performCall(sim, {
      from: 'production/order-1',
      to: 'production/payment-1',
    });
    const legacy = await performCall(sim, { from: 'default/legacy', to: 'production/payment-1' });
    expect(order).toMatchObject({ result: 'allowed', policy: 'production/payment-allow-order' });
    expect(legacy).toMatchObject({
      result: 'denied',
      status: 403,
      peer: 'cluster.local/ns/default/sa/default',
    });
    expect(legacy.reason).toContain('RBAC: access denied');
    expect(legacy.response?.body).toBe('RBAC: access denied');
  });

  it('fails the handshake with certificate_expired once the client certificate has expired', async () => {
    const sim = await mesh().istiod('down').advance('25h');
    const record = await performCall(sim, {
      from: 'production/order-1',
      to: 'production/payment-1',
    });
    expect(record.result).toBe('failed');
    expect(record.handshake?.failure).toMatchObject({ alert: 'certificate_expired' });
  });

  it('sends plaintext where the server says DISABLE, so no principal reaches the policy', async () => {
    const sim = await mesh();
    sim.apply([
      {
        apiVersion: 'security.istio.io/v1',
        kind: 'PeerAuthentication',
        metadata: { name: 'off', namespace: 'production' },
        spec: { mtls: { mode: 'DISABLE' } },
      },
      allowOrderOnly,
    ]);
    const record = await performCall(sim, {
      from: 'production/order-1',
      to: 'production/payment-1',
    });
    expect(record).toMatchObject({ transport: 'plaintext', result: 'denied' });
    expect(record.peer).toBeUndefined();
    expect(record.handshake).toBeUndefined();
  });
});

describe('attacks', () => {
  it("a forged certificate with the victim's SPIFFE ID fails because it does not chain to the root", async () => {
    const sim = await mesh();
    const outcome = await performAttack(sim, {
      kind: 'forged-cert',
      from: 'default/legacy',
      to: 'production/payment-1',
      as: 'production/order-sa',
      method: 'GET',
      path: '/',
      port: 8080,
    });
    expect(outcome.result).toBe('failed');
    const record = sim.calls.at(-1)!;
    expect(record.handshake?.failure).toMatchObject({ at: 'Certificate', side: 'server' });
  });

  it("a stolen token buys the victim's identity while the victim lives, and nothing after", async () => {
    const sim = await mesh();
    const steal = {
      kind: 'stolen-token' as const,
      from: 'default/legacy',
      victim: 'production/order-1',
      method: 'GET',
      path: '/',
      port: 8080,
    };
    expect(await performAttack(sim, steal)).toMatchObject({
      result: 'issued',
      spiffeId: 'spiffe://cluster.local/ns/production/sa/order-sa',
    });
    sim.delete({ kind: 'Pod', namespace: 'production', name: 'order-1' });
    const replay = await performAttack(sim, { ...steal, kind: 'replayed-token' });
    expect(replay).toMatchObject({ result: 'rejected' });
    expect(replay.reason).toContain('pods "order-1" not found');
  });
});

describe('access matrix', () => {
  it("changes when the lesson's policy is applied", async () => {
    const sim = await mesh();
    const cell = (from: string, to: string) =>
      accessMatrix(sim).find((c) => c.from === from && c.to === to);
    expect(cell('default/legacy', 'production/payment-1')?.result).toBe('allowed');
    sim.apply(allowOrderOnly);
    expect(cell('default/legacy', 'production/payment-1')).toMatchObject({ result: 'denied' });
    expect(cell('production/order-1', 'production/payment-1')).toMatchObject({
      result: 'allowed',
      policy: 'production/payment-allow-order',
    });
    expect(cell('production/payment-1', 'production/order-1')?.result).toBe('allowed');
  });
});
