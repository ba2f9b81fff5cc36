import { describe, expect, it } from 'vitest';
import { toWire } from '../sim/events';
import { lintPolicies } from '../sim/policy/lint';
import type { AuthorizationPolicy } from '../sim/policy/types';
import { allowOrderOnly, story } from '../sim/testing/story';
import { describeLint } from './engine';
import { describeEvent } from './events';
import { strayLatin } from './glossary';
import { translator } from './translate';

const ko = translator('ko');
const en = translator('en');

const ap = (name: string, spec: AuthorizationPolicy['spec'], namespace = 'production') =>
  ({ kind: 'AuthorizationPolicy', metadata: { name, namespace }, spec }) as AuthorizationPolicy;
const principals = (...values: string[]): AuthorizationPolicy['spec'] => ({
  rules: [{ from: [{ source: { principals: values } }] }],
});

/** The lesson's mesh with a third service on order's ServiceAccount, and policies that go wrong. */
const warnings = lintPolicies({
  trustDomain: 'cluster.local',
  namespaces: ['default', 'production'],
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
      name: 'reports-1',
      labels: { app: 'reports' },
      serviceAccount: 'order-sa',
    },
    {
      namespace: 'production',
      name: 'payment-1',
      labels: { app: 'payment' },
      serviceAccount: 'pay-sa',
    },
  ],
  policies: [
    ap(
      'p',
      principals(
        'spiffe://cluster.local/ns/production/sa/pay-sa',
        'cluster.local/ns/default/sa/order-sa',
        'cluster.local/ns/staging/sa/pay-sa',
        'cluster.local/ns/default/sa/ghost-sa',
        'example.org/ns/production/sa/pay-sa',
        'cluster.local/ns/production/sa/order-sa',
        'order-sa',
        'cluster.local/ns/*/sa/nobody',
      ),
    ),
    ap('q', {
      selector: { matchLabels: { app: 'payments' } },
      rules: [
        { from: [{ source: { namespaces: ['staging', 'qa-*'], serviceAccounts: ['ghost-sa'] } }] },
      ],
    }),
    ap('r', {}, 'staging'),
  ],
});

describe('lint warnings in the reader’s language', () => {
  it('say every warning in Korean, with its field and fix', () => {
    const codes = new Set(warnings.map((w) => w.said.code));
    expect(codes.size).toBeGreaterThanOrEqual(11);
    for (const w of warnings) {
      const text = describeLint(w, ko);
      expect(strayLatin(text), text).toEqual([]);
      expect(text).not.toMatch(/[{}]/);
      expect(text.startsWith(`${w.path}: `)).toBe(true);
    }
  });

  it('name the fix and the values as they are', () => {
    const wrong = warnings.find((w) => w.said.code === 'principal-sa-wrong-namespace')!;
    expect(describeLint(wrong, ko)).toBe(
      'spec.rules[0].from[0].source.principals[1]: cluster.local/ns/default/sa/order-sa에 맞는 신원 없음: ServiceAccount order-sa는 default가 아니라 네임스페이스 production에 있음. 이렇게 쓰세요: cluster.local/ns/production/sa/order-sa',
    );
    expect(describeLint(wrong, en)).toBe(
      'spec.rules[0].from[0].source.principals[1]: cluster.local/ns/default/sa/order-sa matches no identity: ServiceAccount order-sa exists in namespace production, not default. Write cluster.local/ns/production/sa/order-sa.',
    );
    const shared = warnings.find((w) => w.said.code === 'principal-shared-sa')!;
    expect(describeLint(shared, ko)).toContain(
      '서로 다른 서비스 2개(order, reports; Pod order-1, reports-1)',
    );
  });

  it('say an applied policy’s warning in the event log; the wire keeps the CLI’s fields', async () => {
    const lesson = structuredClone(allowOrderOnly);
    lesson.spec.rules[0]!.from[0]!.source.principals = ['cluster.local/ns/default/sa/order-sa'];
    const sim = await story()
      .pod('production/order-1', 'order-sa', { labels: { app: 'order' } })
      .pod('production/payment-1', 'pay-sa', { labels: { app: 'payment' } })
      .apply(lesson);
    const warning = sim.events.find((e) => e.type === 'policy.warning')!;
    expect(describeEvent(warning, 'ko')).toBe(
      'production/payment-allow-order 경고: spec.rules[0].from[0].source.principals[0]: cluster.local/ns/default/sa/order-sa에 맞는 신원 없음: ServiceAccount order-sa는 default가 아니라 네임스페이스 production에 있음. 이렇게 쓰세요: cluster.local/ns/production/sa/order-sa',
    );
    const wire = toWire(warning);
    expect(wire).not.toHaveProperty('said');
    expect(wire).toMatchObject({ code: 'principal-sa-wrong-namespace' });
  });
});
