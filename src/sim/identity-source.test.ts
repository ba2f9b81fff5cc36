import { describe, expect, it } from 'vitest';
import { story } from './testing/story';

describe('where the SPIFFE ID comes from', () => {
  it('istiod reads namespace and ServiceAccount from TokenReview status.user.username, not the JWT claims', async () => {
    const sim = await story().pod('production/order-1', 'order-sa');
    const review = {
      authenticated: true,
      user: {
        username: 'system:serviceaccount:billing:invoice-sa',
        uid: 'u',
        groups: ['system:serviceaccounts', 'system:serviceaccounts:billing'],
      },
      audiences: ['istio-ca'],
    };
    const auth = sim.istiod.callerFrom(review);
    expect(auth.ok && auth.caller).toEqual({
      namespace: 'billing',
      serviceAccount: 'invoice-sa',
      spiffeId: 'spiffe://cluster.local/ns/billing/sa/invoice-sa',
    });
    const refused = sim.istiod.callerFrom({
      ...review,
      user: { ...review.user, username: 'alice' },
    });
    expect(refused.ok).toBe(false);
    const trace = sim.proxies.get('production/order-1')!.trace!;
    expect(trace.review?.user?.username).toBe('system:serviceaccount:production:order-sa');
    expect(trace.spiffeId).toBe('spiffe://cluster.local/ns/production/sa/order-sa');
  });
});
