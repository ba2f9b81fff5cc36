import { describe, expect, it } from 'vitest';
import { CSR_RETRY_ROOT_EXPIRED_MAX_MS } from './config';
import { story } from './testing/story';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("istiod's root runs out", () => {
  it('caps every leaf at the root, then refuses each CSR naming the expired root while time moves on', async () => {
    const sim = await story({ rootCertTtlMs: HOUR }).pod('production/order-1', 'order-sa');
    const root = sim.istiod.root;
    expect(sim.proxies.get('production/order-1')!.current!.notAfter).toBe(root.notAfter);

    await sim.advance(61 * 60_000);
    expect(sim.now).toBe(sim.scheduler.start + 61 * 60_000);
    const issued = sim.events.filter((e) => e.type === 'cert.issued');
    expect(issued.every((e) => e.type === 'cert.issued' && e.notAfter <= root.notAfter)).toBe(true);
    // Renewals at 75% of an ever-shorter remainder stop once under a second is left.
    expect(issued.length).toBeLessThan(10);
    const rejected = sim.events.filter((e) => e.type === 'csr.rejected');
    expect(rejected.length).toBeGreaterThan(0);
    for (const event of rejected) {
      expect(event).toMatchObject({ pod: 'production/order-1' });
      expect(event.type === 'csr.rejected' && event.reason).toContain(
        `istiod's root certificate (serial ${root.serialHex})`,
      );
    }
    expect(sim.events.some((e) => e.type === 'cert.expired')).toBe(true);
    expect(sim.proxies.get('production/order-1')!.hasValidCert(sim.now)).toBe(false);
  });

  it('backs off to one retry a day, so a year past the root is a few hundred attempts', async () => {
    const sim = await story({ rootCertTtlMs: HOUR }).pod('production/order-1', 'order-sa');
    await sim.advance(HOUR + 1000);
    const before = sim.events.length;
    await sim.advance(365 * DAY);
    const retries = sim.events.slice(before).filter((e) => e.type === 'csr.retry');
    expect(retries.length).toBeGreaterThan(350);
    expect(retries.length).toBeLessThan(400);
    const last = retries.at(-1)!;
    expect(last.type === 'csr.retry' && last.retryAt - last.t).toBe(CSR_RETRY_ROOT_EXPIRED_MAX_MS);
  });

  it('refuses to sign within the last second of the root, and says when it ends', async () => {
    const sim = await story({ rootCertTtlMs: HOUR });
    const { notAfter, serialHex } = sim.istiod.root;
    expect(sim.istiod.rootExpiry(notAfter - 1000)).toBeUndefined();
    expect(sim.istiod.rootExpiry(notAfter - 999)).toBe(
      `istiod's root certificate (serial ${serialHex}) expires at 2025-12-10T01:00:00.000Z: under a second is left, too little to sign a certificate under it`,
    );
    expect(sim.istiod.rootExpiry(notAfter + 1)).toMatch(
      /expired at 2025-12-10T01:00:00\.000Z: nothing can be signed under it until the root is replaced$/,
    );
  });
});
