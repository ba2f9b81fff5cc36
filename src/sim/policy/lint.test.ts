import { describe, expect, it } from 'vitest';
import { type LintInput, lintPolicies } from './lint';
import type { AuthorizationPolicy, Source } from './types';

function ap(
  name: string,
  spec: AuthorizationPolicy['spec'],
  namespace = 'production',
): AuthorizationPolicy {
  return { kind: 'AuthorizationPolicy', metadata: { name, namespace }, spec };
}
const from = (source: Source): AuthorizationPolicy['spec'] => ({ rules: [{ from: [{ source }] }] });

// The SEED-NOTES mesh: order and payment in production, each with its own ServiceAccount.
const mesh: Omit<LintInput, 'policies'> = {
  trustDomain: 'cluster.local',
  namespaces: ['default', 'kube-system', 'istio-system', 'production'],
  serviceAccounts: [
    { namespace: 'production', name: 'order-sa' },
    { namespace: 'production', name: 'pay-sa' },
  ],
  workloads: [
    {
      namespace: 'production',
      name: 'order-1',
      labels: { app: 'order' },
      serviceAccount: 'order-sa',
    },
    {
      namespace: 'production',
      name: 'order-2',
      labels: { app: 'order' },
      serviceAccount: 'order-sa',
    },
    {
      namespace: 'production',
      name: 'payment-1',
      labels: { app: 'payment' },
      serviceAccount: 'pay-sa',
    },
  ],
};
const lint = (...policies: AuthorizationPolicy[]) => lintPolicies({ ...mesh, policies });
const P0 = 'spec.rules[0].from[0].source.principals[0]';

describe('lintPolicies', () => {
  it('SEED-NOTES §7: order-sa lives in production, not default', () => {
    const policy = ap('payment-allow-order', {
      selector: { matchLabels: { app: 'payment' } },
      ...from({ principals: ['cluster.local/ns/default/sa/order-sa'] }),
    });
    expect(lint(policy)).toEqual([
      {
        policy: 'production/payment-allow-order',
        path: P0,
        code: 'principal-sa-wrong-namespace',
        message:
          'cluster.local/ns/default/sa/order-sa matches no identity: ServiceAccount order-sa exists in namespace production, not default',
        suggestion: 'cluster.local/ns/production/sa/order-sa',
        said: {
          code: 'principal-sa-wrong-namespace',
          params: {
            value: 'cluster.local/ns/default/sa/order-sa',
            namespace: 'default',
            sa: 'order-sa',
            elsewhere: 'production',
            fix: 'cluster.local/ns/production/sa/order-sa',
          },
        },
      },
    ]);
  });

  it('a correct policy has no warnings', () => {
    const policy = ap('ok', {
      selector: { matchLabels: { app: 'payment' } },
      ...from({ principals: ['cluster.local/ns/production/sa/order-sa'] }),
    });
    expect(lint(policy)).toEqual([]);
  });

  it.each<[string, Source, string, string | undefined]>([
    [
      'spiffe:// written in a principal',
      { principals: ['spiffe://cluster.local/ns/production/sa/order-sa'] },
      'principal-spiffe-prefix',
      'cluster.local/ns/production/sa/order-sa',
    ],
    [
      'a foreign trust domain',
      { principals: ['example.org/ns/production/sa/order-sa'] },
      'principal-trust-domain',
      'cluster.local/ns/production/sa/order-sa',
    ],
    [
      'a missing namespace',
      { principals: ['cluster.local/ns/prod/sa/order-sa'] },
      'principal-namespace-missing',
      'cluster.local/ns/production/sa/order-sa',
    ],
    [
      'a missing ServiceAccount',
      { principals: ['cluster.local/ns/production/sa/ghost'] },
      'principal-sa-missing',
      undefined,
    ],
    [
      'a malformed principal',
      { principals: ['production/order-sa'] },
      'principal-malformed',
      undefined,
    ],
    [
      'a pattern that matches nothing',
      { notPrincipals: ['cluster.local/ns/staging/*'] },
      'principal-matches-nothing',
      undefined,
    ],
    ['a namespace that does not exist', { namespaces: ['prod'] }, 'namespace-missing', undefined],
    [
      'a serviceAccount in the wrong namespace',
      { serviceAccounts: ['default/order-sa'] },
      'service-account-missing',
      'production/order-sa',
    ],
  ])('warns about %s', (_name, source, code, suggestion) => {
    const [w, ...rest] = lint(ap('p', from(source)));
    expect(rest).toEqual([]);
    expect(w?.code).toBe(code);
    expect(w?.suggestion).toBe(suggestion);
    expect(w?.path).toMatch(/^spec\.rules\[0\]\.from\[0\]\.source\.\w+\[0\]$/);
  });

  it('accepts patterns that match an existing identity and * itself', () => {
    expect(
      lint(
        ap(
          'p',
          from({
            principals: ['*', 'cluster.local/ns/production/*', '*/sa/pay-sa'],
            namespaces: ['prod*'],
          }),
        ),
      ),
    ).toEqual([]);
  });

  it('checks source.principal conditions too', () => {
    const policy = ap('p', {
      rules: [
        { when: [{ key: 'source.principal', notValues: ['cluster.local/ns/default/sa/pay-sa'] }] },
      ],
    });
    expect(lint(policy).map((w) => [w.path, w.code])).toEqual([
      ['spec.rules[0].when[0].notValues[0]', 'principal-sa-wrong-namespace'],
    ]);
  });

  it('warns about a selector that matches no pod and lists the labels that exist', () => {
    const [w] = lint(ap('p', { selector: { matchLabels: { app: 'payments' } } }));
    expect(w).toEqual({
      policy: 'production/p',
      path: 'spec.selector.matchLabels',
      code: 'selector-matches-nothing',
      message:
        'selector app=payments matches no pod in namespace production, so this policy applies to nothing',
      suggestion: 'labels on pods in namespace production: app=order, app=payment',
      said: {
        code: 'selector-matches-nothing',
        params: {
          selector: 'app=payments',
          namespace: 'production',
          labels: 'app=order, app=payment',
        },
      },
    });
    expect(
      lint(ap('mesh', { selector: { matchLabels: { app: 'payment' } } }, 'istio-system')),
    ).toEqual([]);
  });

  it('warns about a policy in a namespace that does not exist', () => {
    expect(lint(ap('p', {}, 'staging')).map((w) => w.code)).toEqual(['policy-namespace-missing']);
  });

  it('SEED-NOTES §6: every workload on the default ServiceAccount', () => {
    const workloads = ['order-1', 'payment-1', 'mallory-1'].map((name) => ({
      namespace: 'production',
      name,
      labels: { app: name.split('-')[0] ?? name },
      serviceAccount: 'default',
    }));
    const policy = ap('p', from({ principals: ['cluster.local/ns/production/sa/default'] }));
    expect(lintPolicies({ ...mesh, workloads, policies: [policy] })).toEqual([
      {
        policy: 'production/p',
        path: 'spec.rules',
        code: 'shared-default-service-account',
        message:
          'all 3 workloads run as ServiceAccount default, so within a namespace they share one identity and a principal rule cannot tell them apart',
        suggestion:
          'give each service its own ServiceAccount (spec.serviceAccountName) and name that one in the policy',
        said: { code: 'shared-default-service-account', params: { n: 3 } },
      },
    ]);
  });

  it('warns when a principal is shared by different services', () => {
    const workloads = [
      ...mesh.workloads,
      {
        namespace: 'production',
        name: 'mallory-1',
        labels: { app: 'mallory' },
        serviceAccount: 'pay-sa',
      },
    ];
    const policy = ap('p', from({ principals: ['cluster.local/ns/production/sa/pay-sa'] }));
    const [w] = lintPolicies({ ...mesh, workloads, policies: [policy] });
    expect(w?.code).toBe('principal-shared-sa');
    expect(w?.message).toBe(
      'cluster.local/ns/production/sa/pay-sa is the identity of 2 different services (payment, mallory; pods payment-1, mallory-1): this rule admits all of them',
    );
  });
});
