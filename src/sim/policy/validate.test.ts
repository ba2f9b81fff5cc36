import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  validateAuthorizationPolicy,
  validatePeerAuthentication,
  validatePolicyManifest,
} from './validate';

const y = (text: string): unknown => parse(text);

const ORDER_ONLY = `
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata: {name: payment-allow-order, namespace: production}
spec:
  selector: {matchLabels: {app: payment}}
  action: ALLOW
  rules:
  - from:
    - source: {principals: ["cluster.local/ns/production/sa/order-sa"]}
    to:
    - operation: {methods: ["POST"], paths: ["/pay"], ports: ["8080"]}
    when:
    - key: request.headers[x-env]
      values: ["prod"]
`;

describe('validateAuthorizationPolicy', () => {
  it('accepts a real manifest and returns the typed policy', () => {
    const r = validateAuthorizationPolicy(y(ORDER_ONLY));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({
      kind: 'AuthorizationPolicy',
      metadata: { name: 'payment-allow-order', namespace: 'production' },
      spec: {
        selector: { matchLabels: { app: 'payment' } },
        action: 'ALLOW',
        rules: [
          {
            from: [{ source: { principals: ['cluster.local/ns/production/sa/order-sa'] } }],
            to: [{ operation: { methods: ['POST'], paths: ['/pay'], ports: ['8080'] } }],
            when: [{ key: 'request.headers[x-env]', values: ['prod'] }],
          },
        ],
      },
    });
    expect(r.ignored).toEqual([]);
  });

  it('accepts allow-nothing (spec: {}) and a missing spec', () => {
    const base = {
      apiVersion: 'security.istio.io/v1beta1',
      kind: 'AuthorizationPolicy',
      metadata: { name: 'a', namespace: 'foo' },
    };
    expect(validateAuthorizationPolicy({ ...base, spec: {} }).ok).toBe(true);
    expect(validateAuthorizationPolicy(base).ok).toBe(true);
  });

  it.each<[string, string, string[]]>([
    [
      'a principal that is not a list',
      'rules: [{from: [{source: {principals: "cluster.local/ns/a/sa/b"}}]}]',
      ['spec.rules[0].from[0].source.principals: expected a list of strings'],
    ],
    [
      'an unknown source field',
      'rules: [{from: [{source: {principal: ["x"]}}]}]',
      [
        'spec.rules[0].from[0].source.principal: unknown field: a source has principals, notPrincipals, requestPrincipals, notRequestPrincipals, namespaces, notNamespaces, serviceAccounts, notServiceAccounts, ipBlocks, notIpBlocks, remoteIpBlocks, notRemoteIpBlocks, trustDomains, notTrustDomains',
      ],
    ],
    [
      'an unquoted port',
      'rules: [{to: [{operation: {ports: [8080]}}]}]',
      ['spec.rules[0].to[0].operation.ports: expected a list of strings (quote numbers: "8080")'],
    ],
    [
      'a bad port',
      'rules: [{to: [{operation: {ports: ["80a"]}}]}]',
      ['spec.rules[0].to[0].operation.ports[0]: bad port (80a): expected 0-65535'],
    ],
    [
      'a bad CIDR',
      'rules: [{from: [{source: {ipBlocks: ["10.0.0.0/40"]}}]}]',
      ['spec.rules[0].from[0].source.ipBlocks[0]: bad IP address or CIDR range (10.0.0.0/40)'],
    ],
    ['an empty from', 'rules: [{from: []}]', ['spec.rules[0].from: must not be empty']],
    [
      'an empty source',
      'rules: [{from: [{source: {}}]}]',
      ['spec.rules[0].from[0].source: must not be empty'],
    ],
    [
      'a nil operation',
      'rules: [{to: [{operation: null}]}]',
      ['spec.rules[0].to[0].operation: must not be nil'],
    ],
    [
      'an empty value',
      'rules: [{to: [{operation: {methods: [""]}}]}]',
      ['spec.rules[0].to[0].operation.methods[0]: empty value not allowed'],
    ],
    [
      'a bad action',
      'action: REJECT',
      ['spec.action: expected one of ALLOW, DENY, AUDIT, CUSTOM, got "REJECT"'],
    ],
    [
      'an unknown spec field',
      'rule: []',
      [
        'spec.rule: unknown field: an AuthorizationPolicy spec has selector, targetRef, targetRefs, action, rules, provider',
      ],
    ],
    [
      'DENY without rules',
      'action: DENY',
      [
        'spec.rules: DENY action without rules is meaningless as it will never be triggered; add an empty rule {} to trigger it for every request',
      ],
    ],
    [
      'provider without CUSTOM',
      'provider: {name: opa}\nrules: [{}]',
      ['spec.provider: must not be set with a non-CUSTOM action, found ALLOW'],
    ],
    [
      'selector and targetRefs',
      'selector: {matchLabels: {app: a}}\ntargetRefs: [{kind: Gateway, name: gw}]',
      ['spec: only one of targetRefs or selector can be set'],
    ],
    [
      'a wildcard selector',
      'selector: {matchLabels: {app: "pay*"}}',
      ['spec.selector.matchLabels.app: wildcard not allowed in a selector'],
    ],
    [
      'a numeric label',
      'selector: {matchLabels: {version: 1}}',
      ['spec.selector.matchLabels.version: expected a string (quote numbers and booleans)'],
    ],
    [
      'serviceAccounts with principals',
      'rules: [{from: [{source: {serviceAccounts: ["a"], principals: ["b"]}}]}]',
      ['spec.rules[0].from[0].source: cannot set serviceAccounts with namespaces or principals'],
    ],
    [
      'a wildcard service account',
      'rules: [{from: [{source: {serviceAccounts: ["ns/*"]}}]}]',
      ['spec.rules[0].from[0].source.serviceAccounts[0]: wildcard not allowed'],
    ],
    [
      'an unknown when key',
      'rules: [{when: [{key: source.user, values: ["x"]}]}]',
      ['spec.rules[0].when[0].key: unknown attribute: source.user'],
    ],
    [
      'a when without values',
      'rules: [{when: [{key: source.ip}]}]',
      ['spec.rules[0].when[0]: at least one of values or notValues must be set for key source.ip'],
    ],
    [
      'a bad header key',
      'rules: [{when: [{key: "request.headers[]", values: ["x"]}]}]',
      ['spec.rules[0].when[0].key: bad key (request.headers[]): should have format a[b]'],
    ],
    [
      'destination.labels',
      'rules: [{when: [{key: "destination.labels[app]", values: ["x"]}]}]',
      [
        'spec.rules[0].when[0].values: attribute destination.labels[app] is replaced by the workload selector',
      ],
    ],
    [
      'a bad path template',
      'rules: [{to: [{operation: {paths: ["/a/{**}/b"]}}]}]',
      [
        'spec.rules[0].to[0].operation.paths[0]: invalid path template /a/{**}/b: {**} must be the last operator',
      ],
    ],
  ])('rejects %s', (_name, specYaml, errors) => {
    const text = `apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {name: p, namespace: foo}\nspec:\n${specYaml.replace(/^/gm, '  ')}\n`;
    const r = validateAuthorizationPolicy(y(text));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(errors);
  });

  it('checks the envelope', () => {
    const r = validateAuthorizationPolicy({
      apiVersion: 'v1',
      kind: 'AuthorizationPolicy',
      metadata: { namespace: 'Foo' },
      extra: 1,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      '(root).extra: unknown field: a AuthorizationPolicy has apiVersion, kind, metadata, spec, status',
      'apiVersion: expected security.istio.io/v1 or security.istio.io/v1beta1, got "v1"',
      'metadata.name: required: a non-empty string',
      'metadata.namespace: "Foo" is not a valid namespace name',
    ]);
    expect(validateAuthorizationPolicy('nope')).toMatchObject({
      ok: false,
      errors: ['(root): expected a mapping (a Kubernetes manifest)'],
    });
  });

  it('lists fields Istio has but svid-lab does not model', () => {
    const r = validateAuthorizationPolicy(
      y(`
apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: ext
  namespace: foo
  labels: {team: a}
  annotations: {istio.io/dry-run: "true"}
spec:
  action: CUSTOM
  provider: {name: my-authz}
  rules:
  - from: [{source: {remoteIpBlocks: ["1.2.3.4"]}}]
    when:
    - {key: connection.sni, values: ["*.example.com"]}
    - {key: "request.auth.claims[iss]", values: ["https://accounts.google.com"]}
`),
    );
    expect(r.ok).toBe(true);
    expect(r.ignored).toEqual([
      'metadata.annotations.istio.io/dry-run: dry-run is not modelled: svid-lab enforces this policy',
      'metadata.labels: not used by svid-lab',
      'spec.rules[0].when[0].key: connection.sni: SNI is not modelled: an ALLOW rule using it never matches, a DENY rule drops it',
      'spec.rules[0].when[1].key: request.auth.claims[iss]: svid-lab models no JWT (RequestAuthentication): the attribute is always empty',
    ]);
  });

  it('warns when the namespace is missing and defaults it', () => {
    const r = validateAuthorizationPolicy({
      apiVersion: 'security.istio.io/v1',
      kind: 'AuthorizationPolicy',
      metadata: { name: 'a' },
      spec: {},
    });
    expect(r.ok && r.value.metadata.namespace).toBe('default');
    expect(r.warnings).toEqual(['metadata.namespace: not set: using "default", as kubectl does']);
  });

  it('CUSTOM needs a provider name and cannot use identities', () => {
    const r = validateAuthorizationPolicy(
      y(
        'apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata: {name: c, namespace: foo}\nspec:\n  action: CUSTOM\n  rules: [{from: [{source: {principals: ["a"]}}]}]\n',
      ),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual([
        'spec.provider.name: must not be empty for a CUSTOM policy',
        'spec.rules[0].from[0].source.principals: is currently not supported with CUSTOM action',
      ]);
    }
  });
});

describe('validatePeerAuthentication', () => {
  const pa = (spec: string, ns = 'foo') =>
    y(
      `apiVersion: security.istio.io/v1\nkind: PeerAuthentication\nmetadata: {name: p, namespace: ${ns}}\nspec:\n${spec.replace(/^/gm, '  ')}\n`,
    );

  it('accepts the proto example with portLevelMtls', () => {
    const r = validatePeerAuthentication(
      pa(
        'selector: {matchLabels: {app: finance}}\nmtls: {mode: STRICT}\nportLevelMtls:\n  8080: {mode: DISABLE}',
      ),
    );
    expect(r).toMatchObject({
      ok: true,
      value: {
        spec: {
          selector: { matchLabels: { app: 'finance' } },
          mtls: { mode: 'STRICT' },
          portLevelMtls: { '8080': { mode: 'DISABLE' } },
        },
      },
    });
  });

  it.each<[string, string, string[]]>([
    [
      'a bad mode',
      'mtls: {mode: STRICTER}',
      ['spec.mtls.mode: expected one of UNSET, DISABLE, PERMISSIVE, STRICT, got "STRICTER"'],
    ],
    [
      'portLevelMtls without selector',
      'portLevelMtls: {8080: {mode: DISABLE}}',
      [
        'spec.portLevelMtls: mesh/namespace peer authentication cannot have port level mTLS (it requires a selector)',
      ],
    ],
    [
      'a port out of range',
      'selector: {matchLabels: {a: b}}\nportLevelMtls: {70000: {mode: DISABLE}}',
      ['spec.portLevelMtls.70000: port must be in range 1..65535'],
    ],
    [
      'an unknown field',
      'mtls: {mode: STRICT}\nmode: STRICT',
      ['spec.mode: unknown field: a PeerAuthentication spec has selector, mtls, portLevelMtls'],
    ],
    [
      'an unknown mtls field',
      'mtls: {strict: true}',
      ['spec.mtls.strict: unknown field: mutual TLS settings has mode'],
    ],
  ])('rejects %s', (_name, spec, errors) => {
    expect(validatePeerAuthentication(pa(spec))).toMatchObject({ ok: false, errors });
  });

  it('notes a selector policy in the root namespace is ignored by Istio', () => {
    const r = validatePeerAuthentication(
      pa('selector: {matchLabels: {app: a}}\nmtls: {mode: STRICT}', 'istio-system'),
    );
    expect(r.ok).toBe(true);
    expect(r.ignored).toEqual([
      'spec.selector: a PeerAuthentication with a selector in the root namespace istio-system is ignored by Istio',
    ]);
  });
});

describe('validatePolicyManifest', () => {
  it('dispatches on kind', () => {
    expect(validatePolicyManifest(y(ORDER_ONLY))).toMatchObject({
      ok: true,
      value: { kind: 'AuthorizationPolicy' },
    });
    expect(validatePolicyManifest({ kind: 'Pod' })).toMatchObject({
      ok: false,
      errors: ['kind: expected AuthorizationPolicy or PeerAuthentication, got "Pod"'],
    });
  });
});
