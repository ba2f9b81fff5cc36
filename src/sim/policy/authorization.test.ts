import { describe, expect, it } from 'vitest';
import { authorize, policiesFor } from './authorization';
import type { AuthorizationPolicy, RequestContext } from './types';

// Examples from istio/api authorization_policy.proto, istio.io concepts/security
// ("Authorization"), the authorization tasks, and ISTIO-SECURITY-2021-004.

function ap(ns: string, name: string, spec: AuthorizationPolicy['spec']): AuthorizationPolicy {
  return { kind: 'AuthorizationPolicy', metadata: { name, namespace: ns }, spec };
}

const SLEEP = 'cluster.local/ns/foo/sa/sleep';

interface Req {
  principal?: string;
  plaintext?: boolean;
  ip?: string;
  method?: string;
  path?: string;
  port?: number;
  headers?: Record<string, string>;
  labels?: Record<string, string>;
  ns?: string;
}

/** A request to httpbin (foo, app=httpbin version=v1, port 8000); mTLS from sleep unless told. */
function req(r: Req = {}): RequestContext {
  const principal = r.plaintext ? undefined : (r.principal ?? SLEEP);
  return {
    destination: {
      namespace: r.ns ?? 'foo',
      labels: r.labels ?? { app: 'httpbin', version: 'v1' },
      port: r.port ?? 8000,
      ip: '10.0.1.10',
    },
    source: { principal, namespace: principal?.split('/')[2], ip: r.ip ?? '10.0.0.5' },
    request: { method: r.method ?? 'GET', path: r.path ?? '/', headers: r.headers ?? {} },
  };
}

const allowNothing = ap('foo', 'allow-nothing', {});
const allowAll = ap('foo', 'allow-all', { rules: [{}] });
const denyAll = ap('foo', 'deny-all', { action: 'DENY', rules: [{}] });
// proto top example, without its JWT `when` (svid-lab has no JWT): see the dedicated test below.
const httpbin = ap('foo', 'httpbin', {
  action: 'ALLOW',
  rules: [
    {
      from: [{ source: { principals: [SLEEP] } }, { source: { namespaces: ['test'] } }],
      to: [
        { operation: { methods: ['GET'], paths: ['/info*'] } },
        { operation: { methods: ['POST'], paths: ['/data'] } },
      ],
    },
  ],
});
const denyDevPost = ap('foo', 'httpbin-deny', {
  action: 'DENY',
  rules: [
    { from: [{ source: { namespaces: ['dev'] } }], to: [{ operation: { methods: ['POST'] } }] },
  ],
});
const denyPost8080 = ap('foo', 'deny-8080', {
  action: 'DENY',
  rules: [{ to: [{ operation: { methods: ['POST'], ports: ['8080'] } }] }],
});
const notAdmin = ap('foo', 'not-admin', {
  rules: [{ to: [{ operation: { notPaths: ['/admin*'] } }] }],
});
const jwtForAdmin = ap('foo', 'enable-jwt-for-admin', {
  action: 'DENY',
  rules: [
    {
      to: [{ operation: { paths: ['/admin'] } }],
      from: [{ source: { notRequestPrincipals: ['*'] } }],
    },
  ],
});
const denySleep = ap('foo', 'deny-sleep', {
  action: 'DENY',
  rules: [{ from: [{ source: { principals: [SLEEP] } }] }],
});
const onlyOther = ap('foo', 'only-other', {
  rules: [{ from: [{ source: { principals: ['cluster.local/ns/foo/sa/other'] } }] }],
});
const meshV1Nothing = ap('istio-system', 'allow-nothing', {
  selector: { matchLabels: { version: 'v1' } },
});
const productpageOnly = ap('foo', 'productpage-nothing', {
  selector: { matchLabels: { app: 'productpage' } },
});
const audit = ap('foo', 'anyname', {
  selector: { matchLabels: { app: 'httpbin' } },
  action: 'AUDIT',
  rules: [{ to: [{ operation: { methods: ['GET'], paths: ['/user/profile/*'] } }] }],
});
const byIp = ap('foo', 'by-ip', { rules: [{ from: [{ source: { ipBlocks: ['10.0.0.0/16'] } }] }] });
const anyPeer = ap('foo', 'any-peer', { rules: [{ from: [{ source: { principals: ['*'] } }] }] });
const versionHeader = ap('foo', 'version-header', {
  rules: [
    {
      from: [{ source: { principals: [SLEEP] } }],
      to: [{ operation: { methods: ['GET'] } }],
      when: [{ key: 'request.headers[version]', values: ['v1', 'v2'] }],
    },
  ],
});
const twoRules = ap('foo', 'two-rules', {
  rules: [
    { to: [{ operation: { methods: ['POST'] } }] },
    { to: [{ operation: { methods: ['GET'] } }] },
  ],
});

describe('authorize: documented Istio examples', () => {
  it.each<
    [string, AuthorizationPolicy[], RequestContext, boolean, string | undefined, number | undefined]
  >([
    ['no policy at all: allowed by default', [], req(), true, undefined, undefined],
    [
      'allow-nothing (spec: {}) denies everything',
      [allowNothing],
      req(),
      false,
      undefined,
      undefined,
    ],
    ['allow-all (rules: [{}]) allows everything', [allowAll], req(), true, 'foo/allow-all', 0],
    ['deny-all beats allow-all', [allowAll, denyAll], req(), false, 'foo/deny-all', 0],
    ['principals + GET /info*', [httpbin], req({ path: '/info/a' }), true, 'foo/httpbin', 0],
    [
      'namespaces (test) + POST /data',
      [httpbin],
      req({ principal: 'cluster.local/ns/test/sa/x', method: 'POST', path: '/data' }),
      true,
      'foo/httpbin',
      0,
    ],
    [
      'method not listed for the path',
      [httpbin],
      req({ method: 'GET', path: '/data' }),
      false,
      undefined,
      undefined,
    ],
    [
      'source neither principal nor namespace',
      [httpbin],
      req({ principal: 'cluster.local/ns/bar/sa/x', path: '/info' }),
      false,
      undefined,
      undefined,
    ],
    [
      'DENY POST from dev',
      [denyDevPost],
      req({ principal: 'cluster.local/ns/dev/sa/x', method: 'POST' }),
      false,
      'foo/httpbin-deny',
      0,
    ],
    [
      'DENY POST from dev lets GET through',
      [denyDevPost],
      req({ principal: 'cluster.local/ns/dev/sa/x' }),
      true,
      undefined,
      undefined,
    ],
    [
      'DENY POST on port 8080',
      [denyPost8080],
      req({ method: 'POST', port: 8080 }),
      false,
      'foo/deny-8080',
      0,
    ],
    [
      'DENY POST on 8080 ignores port 8000',
      [denyPost8080],
      req({ method: 'POST' }),
      true,
      undefined,
      undefined,
    ],
    ['notPaths allows other paths', [notAdmin], req({ path: '/public' }), true, 'foo/not-admin', 0],
    [
      'notPaths excludes /admin*',
      [notAdmin],
      req({ path: '/admin/users' }),
      false,
      undefined,
      undefined,
    ],
    [
      'notRequestPrincipals * denies /admin without JWT',
      [jwtForAdmin],
      req({ path: '/admin' }),
      false,
      'foo/enable-jwt-for-admin',
      0,
    ],
    ['DENY beats a matching ALLOW', [allowAll, denySleep], req(), false, 'foo/deny-sleep', 0],
    ['ALLOW policies apply but none matches', [onlyOther], req(), false, undefined, undefined],
    [
      'mesh-wide root-namespace policy with selector',
      [meshV1Nothing],
      req(),
      false,
      undefined,
      undefined,
    ],
    [
      'mesh-wide selector does not select v2',
      [meshV1Nothing],
      req({ labels: { app: 'httpbin', version: 'v2' } }),
      true,
      undefined,
      undefined,
    ],
    [
      'selector mismatch: policy does not apply',
      [productpageOnly],
      req(),
      true,
      undefined,
      undefined,
    ],
    [
      'other namespace: policy does not apply',
      [ap('bar', 'allow-nothing', {})],
      req(),
      true,
      undefined,
      undefined,
    ],
    ['AUDIT never decides', [audit], req({ path: '/user/profile/me' }), true, undefined, undefined],
    ['ipBlocks admit a plaintext peer', [byIp], req({ plaintext: true }), true, 'foo/by-ip', 0],
    ['ipBlocks refuse an outside IP', [byIp], req({ ip: '10.1.0.5' }), false, undefined, undefined],
    [
      'principals * refuses plaintext',
      [anyPeer],
      req({ plaintext: true }),
      false,
      undefined,
      undefined,
    ],
    [
      'principals * admits any mTLS peer',
      [anyPeer],
      req({ principal: 'cluster.local/ns/x/sa/y' }),
      true,
      'foo/any-peer',
      0,
    ],
    [
      'when request.headers[version] (name case-insensitive)',
      [versionHeader],
      req({ headers: { Version: 'v2' } }),
      true,
      'foo/version-header',
      0,
    ],
    [
      'when request.headers[version] wrong value',
      [versionHeader],
      req({ headers: { version: 'v3' } }),
      false,
      undefined,
      undefined,
    ],
    [
      'when request.headers[version] header absent',
      [versionHeader],
      req(),
      false,
      undefined,
      undefined,
    ],
    ['second rule decides', [twoRules], req(), true, 'foo/two-rules', 1],
  ])('%s', (_name, policies, ctx, allowed, policy, ruleIndex) => {
    const d = authorize(policies, ctx);
    expect(d.allowed).toBe(allowed);
    expect(d.policy).toBe(policy);
    expect(d.ruleIndex).toBe(ruleIndex);
    if (allowed) expect(d.status).toBeUndefined();
    else expect([d.status, d.body]).toEqual([403, 'RBAC: access denied']);
  });
});

describe('authorize: explanations', () => {
  it('names the deny rule and why it matched', () => {
    const d = authorize([allowAll, denySleep], req());
    expect(d.action).toBe('DENY');
    expect(d.reason).toBe(
      `DENY policy foo/deny-sleep rule 0 matched: source.principals contains ${SLEEP}`,
    );
    expect(d.trace.map((t) => [t.policy, t.matched])).toEqual([
      ['foo/deny-sleep', true],
      ['foo/allow-all', false],
    ]);
    expect(d.trace[1]?.detail).toBe('not evaluated: already denied by foo/deny-sleep');
  });

  it('says when no ALLOW policy applies', () => {
    const d = authorize([productpageOnly], req());
    expect(d.reason).toMatch(/^no ALLOW policy applies .*allowed by default$/);
    expect(d.trace).toEqual([
      {
        policy: 'foo/productpage-nothing',
        action: 'ALLOW',
        applies: false,
        matched: false,
        detail:
          "selector app=productpage does not match the workload's labels (app=httpbin,version=v1)",
        words: {
          code: 'scope.selectorMismatch',
          params: { selector: 'app=productpage', labels: 'app=httpbin,version=v1' },
        },
      },
    ]);
  });

  it('explains allow-nothing and deny by default', () => {
    const d = authorize([allowNothing], req());
    expect(d.reason).toBe(
      'no rule of the ALLOW policies that apply (foo/allow-nothing) matched: denied by default',
    );
    expect(d.trace[0]?.detail).toBe('has no rules, so it matches no request');
  });

  it('lists what failed in each from entry', () => {
    const d = authorize([httpbin], req({ principal: 'cluster.local/ns/bar/sa/x', path: '/info' }));
    expect(d.trace[0]?.detail).toBe(
      `rule 0 did not match: from[0]: source.principals [${SLEEP}] does not include cluster.local/ns/bar/sa/x; ` +
        'from[1]: source.namespaces [test] does not include bar',
    );
  });

  it('records AUDIT matches without deciding', () => {
    const d = authorize([audit, allowAll], req({ path: '/user/profile/me' }));
    expect(d.audited).toEqual(['foo/anyname']);
    expect(d.policy).toBe('foo/allow-all');
    expect(authorize([audit], req({ path: '/other' })).audited).toBeUndefined();
  });

  it('traces CUSTOM, AUDIT, DENY, ALLOW in that order, then policies that do not apply', () => {
    const custom = ap('foo', 'ext-authz', {
      action: 'CUSTOM',
      provider: { name: 'opa' },
      rules: [{}],
    });
    const d = authorize([allowAll, productpageOnly, denyDevPost, audit, custom], req());
    expect(d.trace.map((t) => t.policy)).toEqual([
      'foo/ext-authz',
      'foo/anyname',
      'foo/httpbin-deny',
      'foo/allow-all',
      'foo/productpage-nothing',
    ]);
    expect(d.trace[0]?.detail).toMatch(
      /^CUSTOM policy foo\/ext-authz names extension provider 'opa', which meshConfig.extensionProviders does not define/,
    );
    expect(d.trace.find((t) => t.policy === 'foo/allow-all')?.detail).toBe(
      'not evaluated: already denied by foo/ext-authz',
    );
  });

  it('CUSTOM with no provider configured denies every request to the workload, as pilot does', () => {
    const custom = ap('foo', 'ext-authz', {
      action: 'CUSTOM',
      provider: { name: 'opa' },
      rules: [{ to: [{ operation: { paths: ['/admin'] } }] }],
    });
    for (const path of ['/admin', '/other']) {
      const d = authorize([allowAll, custom], req({ path }));
      expect(d).toMatchObject({
        allowed: false,
        status: 403,
        body: 'RBAC: access denied',
        policy: 'foo/ext-authz',
        action: 'CUSTOM',
      });
      expect(d.reason).toContain('default-deny-all-due-to-bad-CUSTOM-action');
    }
    // A CUSTOM policy in another namespace does not touch this workload.
    const elsewhere = ap('bar', 'ext-authz', {
      action: 'CUSTOM',
      provider: { name: 'opa' },
      rules: [{}],
    });
    expect(authorize([elsewhere], req()).allowed).toBe(true);
  });
});

describe('authorize: plaintext and mTLS-only fields (ISTIO-SECURITY-2021-004)', () => {
  const plaintextFromFoo = req({ plaintext: true, ip: '10.0.0.5' });

  it('ALLOW notNamespaces [foo] lets a plaintext request through', () => {
    const p = ap('foo', 'allow-ns-not-foo', {
      rules: [{ from: [{ source: { notNamespaces: ['foo'] } }] }],
    });
    const d = authorize([p], plaintextFromFoo);
    expect([d.allowed, d.policy]).toEqual([true, 'foo/allow-ns-not-foo']);
    expect(d.reason).toBe(
      'ALLOW policy foo/allow-ns-not-foo rule 0 matched: source.notNamespaces holds: no namespace (plaintext request)',
    );
  });

  it('DENY namespaces [foo] does not stop a plaintext request', () => {
    const p = ap('foo', 'reject-ns-foo', {
      action: 'DENY',
      rules: [{ from: [{ source: { namespaces: ['foo'] } }] }],
    });
    expect(authorize([p], plaintextFromFoo).allowed).toBe(true);
  });

  it('DENY notNamespaces [*] / notPrincipals [*] rejects plaintext only', () => {
    const ns = ap('foo', 'reject-ns-foo', {
      action: 'DENY',
      rules: [
        { from: [{ source: { namespaces: ['foo'] } }] },
        { from: [{ source: { notNamespaces: ['*'] } }] },
      ],
    });
    expect(authorize([ns], plaintextFromFoo)).toMatchObject({
      allowed: false,
      policy: 'foo/reject-ns-foo',
      ruleIndex: 1,
    });
    const mtls = ap('istio-system', 'require-mtls', {
      action: 'DENY',
      rules: [{ from: [{ source: { notPrincipals: ['*'] } }] }],
    });
    expect(authorize([mtls], plaintextFromFoo)).toMatchObject({
      allowed: false,
      policy: 'istio-system/require-mtls',
    });
    expect(authorize([mtls], req()).allowed).toBe(true);
  });
});

describe('authorize: what svid-lab cannot evaluate', () => {
  it('proto example with a JWT claim condition never allows (no JWT in svid-lab)', () => {
    const withJwt = ap('foo', 'httpbin', {
      rules: [
        {
          ...httpbin.spec.rules?.[0],
          when: [{ key: 'request.auth.claims[iss]', values: ['https://accounts.google.com'] }],
        },
      ],
    });
    const d = authorize([withJwt], req({ path: '/info' }));
    expect(d.allowed).toBe(false);
    expect(d.trace[0]?.detail).toContain(
      'when[0] request.auth.claims[iss] cannot match: no JWT on the request (svid-lab models no RequestAuthentication)',
    );
  });

  it('an ALLOW rule needing an unmodelled attribute never matches', () => {
    const sni = ap('foo', 'sni', {
      rules: [{ when: [{ key: 'connection.sni', values: ['*.example.com'] }] }],
    });
    const d = authorize([sni], req());
    expect(d.allowed).toBe(false);
    expect(d.trace[0]?.detail).toContain('cannot evaluate when[0] connection.sni');
  });

  it('remoteIpBlocks and remote.ip match the caller’s IP on a direct sidecar call (no X-Forwarded-For)', () => {
    const p = ap('foo', 'deny-admin', {
      action: 'DENY',
      rules: [
        {
          from: [{ source: { remoteIpBlocks: ['10.0.0.0/24'] } }],
          to: [{ operation: { paths: ['/admin'] } }],
        },
      ],
    });
    const d = authorize([p], req({ path: '/admin', ip: '10.0.0.5' }));
    expect([d.allowed, d.policy]).toEqual([false, 'foo/deny-admin']);
    expect(d.reason).toContain('source.remoteIpBlocks');
    expect(authorize([p], req({ path: '/admin', ip: '10.0.2.5' })).allowed).toBe(true);
    expect(authorize([p], req({ path: '/x' })).allowed).toBe(true);
    const when = ap('foo', 'allow-remote', {
      rules: [{ when: [{ key: 'remote.ip', values: ['10.0.0.5/32'] }] }],
    });
    expect(authorize([when], req({ ip: '10.0.0.5' })).allowed).toBe(true);
    expect(authorize([when], req({ ip: '10.0.0.6' })).allowed).toBe(false);
    const notRemote = ap('foo', 'allow-not-remote', {
      rules: [{ from: [{ source: { notRemoteIpBlocks: ['10.0.0.5'] } }] }],
    });
    expect(authorize([notRemote], req({ ip: '10.0.0.5' })).allowed).toBe(false);
    expect(authorize([notRemote], req({ ip: '10.0.0.7' })).allowed).toBe(true);
  });

  it('a policy attached with targetRefs applies to no sidecar', () => {
    const p = ap('foo', 'gw', {
      targetRefs: [{ kind: 'Gateway', group: 'gateway.networking.k8s.io', name: 'gw' }],
    });
    expect(authorize([p], req()).allowed).toBe(true);
  });
});

describe('policiesFor', () => {
  it('picks namespace, selector and root-namespace policies', () => {
    const rootAll = ap('istio-system', 'mesh', {});
    const got = policiesFor(
      [allowAll, productpageOnly, meshV1Nothing, rootAll, ap('bar', 'x', {})],
      {
        namespace: 'foo',
        labels: { app: 'httpbin', version: 'v1' },
      },
    );
    expect(got.map((p) => `${p.metadata.namespace}/${p.metadata.name}`)).toEqual([
      'foo/allow-all',
      'istio-system/allow-nothing',
      'istio-system/mesh',
    ]);
  });

  it('honours a custom root namespace', () => {
    const got = policiesFor(
      [ap('mesh-root', 'a', {})],
      { namespace: 'foo', labels: {} },
      'mesh-root',
    );
    expect(got).toHaveLength(1);
    expect(policiesFor([ap('mesh-root', 'a', {})], { namespace: 'foo', labels: {} })).toHaveLength(
      0,
    );
  });

  it('serviceAccounts without a namespace mean the policy namespace', () => {
    const p = ap('foo', 'sa', { rules: [{ from: [{ source: { serviceAccounts: ['sleep'] } }] }] });
    expect(authorize([p], req()).allowed).toBe(true);
    expect(authorize([p], req({ principal: 'cluster.local/ns/bar/sa/sleep' })).allowed).toBe(false);
  });
});
