import { describe, expect, it } from 'vitest';
import { authorize } from '../sim/policy/authorization';
import type { AuthorizationPolicy, RequestContext } from '../sim/policy/types';
import { describeTrace } from './engine';
import { strayLatin } from './glossary';
import { translator } from './translate';

const en = translator('en');
const ko = translator('ko');

function ap(ns: string, name: string, spec: AuthorizationPolicy['spec']): AuthorizationPolicy {
  return { kind: 'AuthorizationPolicy', metadata: { name, namespace: ns }, spec };
}

const ORDER = 'cluster.local/ns/production/sa/order-sa';

/** A request to payment (production, app=payment, port 8080); mTLS from order unless plaintext. */
function req(over: { plaintext?: boolean; path?: string; headers?: Record<string, string> } = {}) {
  const principal = over.plaintext ? undefined : ORDER;
  return {
    destination: {
      namespace: 'production',
      labels: { app: 'payment' },
      port: 8080,
      ip: '10.0.2.2',
    },
    source: { principal, namespace: principal ? 'production' : undefined, ip: '10.0.1.2' },
    request: { method: 'GET', path: over.path ?? '/pay', headers: over.headers ?? {} },
  } satisfies RequestContext;
}

/** Policies that between them reach every kind of trace line. */
const POLICIES = [
  ap('production', 'allow-order', {
    selector: { matchLabels: { app: 'payment' } },
    rules: [
      { from: [{ source: { principals: [ORDER] } }], to: [{ operation: { paths: ['/pay*'] } }] },
      { from: [{ source: { namespaces: ['staging'] } }, { source: { principals: ['x/*'] } }] },
    ],
  }),
  ap('production', 'deny-admin', {
    action: 'DENY',
    rules: [
      { to: [{ operation: { paths: ['/admin'] } }] },
      { when: [{ key: 'request.headers[x-debug]', values: ['1'] }] },
    ],
  }),
  ap('production', 'deny-outside', {
    action: 'DENY',
    rules: [{ from: [{ source: { notNamespaces: ['production'] } }] }],
  }),
  ap('production', 'deny-sni', {
    action: 'DENY',
    rules: [
      {
        to: [{ operation: { paths: ['/admin'] } }],
        when: [{ key: 'connection.sni', values: ['payment'] }],
      },
    ],
  }),
  ap('production', 'audit-all', { action: 'AUDIT', rules: [{}] }),
  ap('production', 'no-rules', { selector: { matchLabels: { app: 'payment' } } }),
  ap('production', 'odd-when', { rules: [{ when: [{ key: 'source.colour', values: ['red'] }] }] }),
  ap('production', 'needs-sni', { rules: [{ when: [{ key: 'connection.sni', values: ['a'] }] }] }),
  ap('production', 'needs-jwt', { rules: [{ from: [{ source: { requestPrincipals: ['*'] } }] }] }),
  ap('production', 'other-app', { selector: { matchLabels: { app: 'order' } }, rules: [{}] }),
  ap('staging', 'elsewhere', { rules: [{}] }),
  ap('istio-system', 'mesh-wide', {
    action: 'AUDIT',
    rules: [{ to: [{ operation: { hosts: ['a'] } }] }],
  }),
  ap('production', 'gateway', { targetRefs: [{ kind: 'Gateway', name: 'gw' }], rules: [{}] }),
] as AuthorizationPolicy[];

const CUSTOM = ap('production', 'ext-authz', {
  action: 'CUSTOM',
  provider: { name: 'opa-ext' },
  rules: [{}],
});

/** Every trace line of a few requests, with or without the CUSTOM policy that denies them all. */
function traces() {
  const requests = [
    req(),
    req({ path: '/x' }),
    req({ plaintext: true }),
    req({ path: '/admin' }),
    req({ path: '/y', headers: { 'x-debug': '1' } }),
  ];
  return [
    ...requests.flatMap((r) => authorize(POLICIES, r).trace),
    ...authorize(INSIDE, req({ plaintext: true })).trace,
    ...authorize([CUSTOM, ...POLICIES], req()).trace,
  ];
}

/** The policies without the one that denies every plaintext request, so the others are heard. */
const INSIDE = POLICIES.filter((p) => p.metadata.name !== 'deny-outside');

const straight = (s: string) => s.replace(/[‘’]/g, "'");

describe('AuthorizationPolicy traces in the reader’s language', () => {
  it('say in English what the CLI prints, line for line', () => {
    const lines = traces();
    expect(lines.length).toBeGreaterThan(30);
    const codes = new Set(JSON.stringify(lines.map((l) => l.words)).match(/"code":"[^"]+"/g));
    expect(codes.size).toBeGreaterThan(25);
    for (const line of lines)
      expect(straight(describeTrace(line.words, en))).toBe(straight(line.detail));
  });

  it('say every line in Korean, identifiers kept and no English words between them', () => {
    for (const line of traces()) {
      const text = describeTrace(line.words, ko);
      expect(strayLatin(text), text).toEqual([]);
      expect(text).not.toMatch(/[{}]/);
    }
  });

  it('name the rule, the field and the values as they are', () => {
    const d = authorize(INSIDE, req({ plaintext: true }));
    const allow = d.trace.find((e) => e.policy === 'production/allow-order');
    expect(describeTrace(allow!.words, ko)).toBe(
      '규칙 0 불일치: source.principals: 일치할 수 없음 (주체 없음 (평문 요청)); 규칙 1 불일치: from[0]: source.namespaces: 일치할 수 없음 (네임스페이스 없음 (평문 요청)); from[1]: source.principals: 일치할 수 없음 (주체 없음 (평문 요청))',
    );
    const scope = d.trace.find((e) => e.policy === 'production/other-app');
    expect(describeTrace(scope!.words, ko)).toBe(
      'selector app=order: 워크로드 레이블(app=payment)과 맞지 않음',
    );
    expect(describeTrace(scope!.words, en)).toBe(
      'selector app=order does not match the workload’s labels (app=payment)',
    );
  });
});
