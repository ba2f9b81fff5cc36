import { describe, expect, it } from 'vitest';
import { story } from '../testing/story';
import { performAttack } from './attacks';
import { performCall } from './call';
import { secureNamingFor } from './secure-naming';
import { destinationService, listServices } from './services';

const PAY = 'spiffe://cluster.local/ns/production/sa/pay-sa';
const PAY_V2 = 'spiffe://cluster.local/ns/production/sa/pay-v2-sa';
const MALLORY = 'spiffe://cluster.local/ns/production/sa/mallory-sa';

const mesh = () =>
  story()
    .pod('production/order-1', 'order-sa', { labels: { app: 'order' } })
    .pod('production/payment-1', 'pay-sa', { labels: { app: 'payment' } })
    .pod('production/payment-2', 'pay-v2-sa', { labels: { app: 'payment' } })
    .pod('production/mallory-1', 'mallory-sa', { labels: { app: 'mallory' } });

describe('services and the identities that may serve them', () => {
  it('derives one Service per app label, and the client expects its pods’ ServiceAccounts', async () => {
    const sim = await mesh();
    expect(listServices(sim).map((s) => s.name)).toEqual(['order', 'payment', 'mallory']);
    expect(destinationService(sim, 'production/payment-1')?.name).toBe('payment');
    expect(secureNamingFor(sim, 'production/payment')).toEqual({
      service: 'production/payment',
      expected: [PAY, PAY_V2],
    });
  });

  it('an applied Service selects its endpoints by label and shadows the implicit one', async () => {
    const sim = await mesh().apply({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'payment', namespace: 'production' },
      spec: { selector: { app: 'payment' }, ports: [{ port: 8080 }] },
    });
    const services = listServices(sim).filter((s) => s.name === 'payment');
    expect(services).toEqual([
      { namespace: 'production', name: 'payment', explicit: true, selector: { app: 'payment' } },
    ]);
    sim.delete({ kind: 'Service', namespace: 'production', name: 'payment' });
    expect(listServices(sim).find((s) => s.name === 'payment')?.explicit).toBe(false);
  });
});

describe('secure naming on the client side', () => {
  it('a genuine pod of the service passes and the client records what it saw', async () => {
    const sim = await mesh();
    const record = await performCall(sim, { from: 'production/order-1', to: 'production/payment' });
    expect(record.result).toBe('allowed');
    expect(record.secureNaming).toEqual({
      service: 'production/payment',
      expected: [PAY, PAY_V2],
      presented: PAY,
      ok: true,
    });
  });

  it('an impostor with a valid SVID of another ServiceAccount is refused by the client', async () => {
    const sim = await mesh();
    const outcome = await performAttack(sim, {
      kind: 'impersonated-server',
      from: 'production/order-1',
      to: 'production/payment',
      impostor: 'production/mallory-1',
      method: 'GET',
      path: '/',
      port: 8080,
    });
    expect(outcome.result).toBe('failed');
    expect(outcome.reason).toContain(`the server presented ${MALLORY}`);
    expect(outcome.reason).toContain(`(expected ${PAY}, ${PAY_V2})`);
    const record = sim.calls.at(-1)!;
    expect(record.handshake?.failure).toMatchObject({ side: 'client', alert: 'bad_certificate' });
    expect(record.secureNaming).toMatchObject({ presented: MALLORY, ok: false });
    expect(record.toPod).toBe('production/mallory-1');
    expect(record.response).toBeUndefined();
    const event = sim.events.at(-1)!;
    expect(event).toMatchObject({ type: 'attack', kind: 'impersonated-server', result: 'failed' });
  });

  it('a call to a pod no Service selects checks the chain and trust domain only', async () => {
    const sim = await story()
      .pod('production/order-1', 'order-sa', { labels: { app: 'order' } })
      .pod('production/lone-1', 'lone-sa', { labels: { tier: 'x' } });
    const record = await performCall(sim, { from: 'production/order-1', to: 'production/lone-1' });
    expect(record.secureNaming).toBeUndefined();
    expect(record.result).toBe('allowed');
  });
});
