import { describe, expect, it } from 'vitest';
import { readCertificate } from '../pki/cert-summary';
import { ISTIO_CA_AUDIENCE } from './apiserver';
import { findEvents, hoursIn, story } from './testing/story';

const HOUR = 3_600_000;

describe('identity follows the ServiceAccount', () => {
  it('gives three pods on one ServiceAccount one SPIFFE ID, and another ServiceAccount another', async () => {
    const sim = await story()
      .pod('production/order-1', 'order-sa')
      .pod('production/order-2', 'order-sa')
      .pod('production/order-3', 'order-sa')
      .pod('production/payment-1', 'pay-sa');
    const ids = (name: string) => sim.proxies.get(`production/${name}`)?.current?.spiffeId;
    expect(new Set(['order-1', 'order-2', 'order-3'].map(ids))).toEqual(
      new Set(['spiffe://cluster.local/ns/production/sa/order-sa']),
    );
    expect(ids('payment-1')).toBe('spiffe://cluster.local/ns/production/sa/pay-sa');
    const serials = ['order-1', 'order-2', 'order-3'].map(
      (n) => sim.proxies.get(`production/${n}`)?.current?.serial,
    );
    expect(new Set(serials).size).toBe(3);
  });

  it('a container restart keeps the pod, name, UID and IP; the sidecar gets a new key and certificate', async () => {
    const sim = await story().pod('production/order-1', 'order-sa', { nodeName: 'node-1' });
    const pod = { ...sim.cluster.pods.get('production/order-1')! };
    const before = sim.proxies.get('production/order-1')!.current!;
    sim.restart('production/order-1');
    await sim.settle();
    const after = sim.proxies.get('production/order-1')!.current!;
    expect(sim.cluster.pods.get('production/order-1')).toMatchObject({
      uid: pod.uid,
      ip: pod.ip,
      name: 'order-1',
    });
    expect(after.spiffeId).toBe(before.spiffeId);
    expect(after.serial).not.toBe(before.serial);
    expect(readCertificate(after.chain[0]!).spki).not.toEqual(
      readCertificate(before.chain[0]!).spki,
    );
    expect(findEvents(sim, 'pod.started', { pod: 'production/order-1' })).toHaveLength(1);
    expect(findEvents(sim, 'container.restarted', { pod: 'production/order-1' })).toEqual([
      expect.objectContaining({ container: 'istio-proxy', ip: pod.ip, restarts: 1 }),
    ]);
    expect(findEvents(sim, 'token.mounted', { pod: 'production/order-1' })).toHaveLength(1);
  });

  it('a rollout replaces each pod: new name, UID and IP, the same SPIFFE ID', async () => {
    const sim = await story().apply(
      { kind: 'Namespace', metadata: { name: 'production' } },
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'payment', namespace: 'production' },
        spec: { replicas: 2, template: { spec: { nodeName: 'node-2' } } },
      },
    );
    const before = sim.cluster.podsOf('production', 'payment');
    const [one, two] = sim.rollout('production', 'payment');
    await sim.settle();
    const after = sim.cluster.podsOf('production', 'payment');
    expect(after.map((p) => p.name)).toEqual(['payment-3', 'payment-4']);
    expect(after.map((p) => p.key)).toEqual([one!.key, two!.key]);
    for (const [i, pod] of after.entries()) {
      expect(pod.uid).not.toBe(before[i]!.uid);
      expect(pod.ip).not.toBe(before[i]!.ip);
      expect(sim.proxies.get(pod.key)!.current!.spiffeId).toBe(
        'spiffe://cluster.local/ns/production/sa/default',
      );
    }
    expect(() => sim.rollout('production', 'nope')).toThrow('deployments.apps "nope" not found');
  });
});

describe('issuance', () => {
  it('runs the four steps in order within the same instant, leaf first and root last', async () => {
    const sim = await story().pod('production/order-1', 'order-sa');
    const types = sim.events
      .filter((e) => 'pod' in e && e.pod === 'production/order-1')
      .map((e) => e.type);
    expect(types).toEqual([
      'pod.started',
      'token.mounted',
      'csr.sent',
      'token.reviewed',
      'cert.issued',
      'cert.installed',
    ]);
    const cert = sim.proxies.get('production/order-1')!.current!;
    expect(cert.chain).toHaveLength(2);
    expect(cert.chain[1]).toEqual(sim.istiod.root.certDer);
    expect(cert.notAfter - cert.notBefore).toBe(24 * HOUR + 2 * 60_000);
    expect(cert.installedAt).toBe(sim.config.start);
  });

  it('refuses a pod whose ServiceAccount does not exist, as Kubernetes does', async () => {
    const sim = await story().namespace('production');
    const [outcome] = sim.apply({
      kind: 'Pod',
      metadata: { name: 'x', namespace: 'production' },
      spec: { serviceAccountName: 'ghost-sa', containers: [{ name: 'x', image: 'x' }] },
    });
    expect(outcome?.error).toBe(
      'pods "x" is forbidden: error looking up service account production/ghost-sa: serviceaccount "ghost-sa" not found',
    );
    expect(sim.cluster.pods.has('production/x')).toBe(false);
    expect(findEvents(sim, 'apply.failed')).toHaveLength(1);
  });

  it('refreshes the projected token at 80% of its 12 h lifetime', async () => {
    const sim = await story().pod('production/order-1', 'order-sa').advance('10h');
    const mounts = findEvents(sim, 'token.mounted', { pod: 'production/order-1' });
    expect(mounts.map((e) => hoursIn(sim, e))).toEqual([0, 9.6]);
  });
});

describe('renewal', () => {
  it('rotates 18 h after installation with TTL 24h and renewAt 0.75, with a new key', async () => {
    const sim = await story({ certTtlMs: 24 * HOUR, renewAt: 0.75 })
      .pod('production/order-1', 'order-sa')
      .advance('17h59m');
    expect(findEvents(sim, 'cert.rotated')).toHaveLength(0);
    await sim.advance(60_000);
    const [rotated] = findEvents(sim, 'cert.rotated', { pod: 'production/order-1' });
    const [installed] = findEvents(sim, 'cert.installed', { pod: 'production/order-1' });
    expect(rotated!.t - installed!.t).toBe(18 * HOUR);
    const proxy = sim.proxies.get('production/order-1')!;
    expect(proxy.rotations).toBe(1);
    expect(rotated).toMatchObject({ newSerial: proxy.current!.serial });
  });

  it('rotates at 50% +/- 1% with real Istio settings, the same way for the same seed', async () => {
    const run = async () =>
      (
        await story({ renewAt: 0.5, renewJitter: 0.01, seed: 7 })
          .pod('production/order-1', 'order-sa')
          .advance('13h')
      ).events
        .filter((e) => e.type === 'cert.rotated')
        .map((e) => e.t);
    const [a, b] = [await run(), await run()];
    expect(a).toHaveLength(1);
    expect(a).toEqual(b);
    const hours = (a[0]! - Date.parse('2025-12-10T00:00:00Z')) / HOUR;
    expect(hours).toBeGreaterThanOrEqual(12 - 0.24);
    expect(hours).toBeLessThanOrEqual(12 + 0.24);
  });

  it('expires at hour 24 during a 10 h istiod outage from hour 17, and recovers once istiod is back', async () => {
    const sim = await story()
      .pod('production/order-1', 'order-sa')
      .advance('17h')
      .istiod('down')
      .advance('10h');
    const [expired] = findEvents(sim, 'cert.expired', { pod: 'production/order-1' });
    // notAfter is hour 24 and still valid (RFC 5280 4.1.2.5); expired one second later.
    expect(expired!.t - sim.config.start).toBe(24 * HOUR + 1000);
    expect(findEvents(sim, 'cert.rotated')).toHaveLength(0);
    expect(findEvents(sim, 'csr.retry').length).toBeGreaterThan(10);
    const gaps = findEvents(sim, 'csr.retry').map((e) =>
      e.type === 'csr.retry' ? e.retryAt - e.t : 0,
    );
    expect(Math.max(...gaps)).toBe(5 * 60_000);
    sim.setIstiod(true);
    await sim.advance(5 * 60_000);
    const [rotated] = findEvents(sim, 'cert.rotated', { pod: 'production/order-1' });
    expect(hoursIn(sim, rotated!)).toBeGreaterThan(27);
    expect(hoursIn(sim, rotated!)).toBeLessThanOrEqual(27 + 5 / 60);
    expect(sim.proxies.get('production/order-1')!.hasValidCert(sim.now)).toBe(true);
  });
});

describe('TokenReview', () => {
  it("stops accepting a deleted pod's token (bound token)", async () => {
    const sim = await story().pod('production/order-1', 'order-sa');
    const token = sim.proxies.get('production/order-1')!.token!.token;
    const live = await sim.apiserver.reviewToken(token, {
      audiences: [ISTIO_CA_AUDIENCE],
      now: sim.now,
      cluster: sim.cluster,
    });
    expect(live).toMatchObject({
      authenticated: true,
      user: { username: 'system:serviceaccount:production:order-sa' },
    });
    sim.delete({ kind: 'Pod', namespace: 'production', name: 'order-1' });
    const dead = await sim.apiserver.reviewToken(token, {
      audiences: [ISTIO_CA_AUDIENCE],
      now: sim.now,
      cluster: sim.cluster,
    });
    expect(dead).toEqual({
      authenticated: false,
      error: 'invalid bearer token, pods "order-1" not found',
      why: { code: 'token.podNotFound', params: { pod: 'production/order-1' } },
    });
  });
});

describe('pod IPs', () => {
  it("hands a deleted pod's IP to the next pod on that node (IP reuse)", async () => {
    const sim = await story()
      .pod('production/order-1', 'order-sa', { nodeName: 'node-1' })
      .delete('production/order-1')
      .pod('production/mallory-1', 'mallory-sa', { nodeName: 'node-1' });
    const [deleted] = findEvents(sim, 'pod.deleted');
    expect(sim.cluster.pods.get('production/mallory-1')!.ip).toBe(
      deleted!.type === 'pod.deleted' ? deleted!.ip : '',
    );
    expect(sim.proxies.get('production/mallory-1')!.current!.spiffeId).toBe(
      'spiffe://cluster.local/ns/production/sa/mallory-sa',
    );
  });

  it('names Deployment pods <name>-<n> and replaces a deleted one under a new name', async () => {
    const sim = await story().serviceAccount('default', 'default');
    sim.apply({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'order', namespace: 'default' },
      spec: {
        replicas: 2,
        template: {
          metadata: { labels: { app: 'order' } },
          spec: { containers: [{ name: 'o', image: 'o' }] },
        },
      },
    });
    await sim.settle();
    expect([...sim.cluster.pods.keys()]).toEqual(['default/order-1', 'default/order-2']);
    sim.delete({ kind: 'Pod', namespace: 'default', name: 'order-1' });
    await sim.settle();
    expect([...sim.cluster.pods.keys()].sort()).toEqual(['default/order-2', 'default/order-3']);
    expect(sim.resolvePod('default/order')?.name).toBe('order-2');
  });
});

describe('determinism', () => {
  it('gives the same events at the same times, IPs and serials for the same seed', async () => {
    const run = async () => {
      const sim = await story({ seed: 42 })
        .pod('production/order-1', 'order-sa')
        .pod('production/payment-1', 'pay-sa')
        .advance('2d');
      return sim.events.map((e) => JSON.stringify({ ...e }));
    };
    const [a, b] = [await run(), await run()];
    expect(a.length).toBeGreaterThan(20);
    expect(a).toEqual(b);
  });
});
