import { describe, expect, it } from 'vitest';
import {
  buildSpiffeId,
  istioIdentity,
  parseSpiffeId,
  parseTrustDomain,
  principalOf,
  validatePath,
  validatePathSegment,
  validateTrustDomain,
} from './spiffe-id';

describe('parseSpiffeId', () => {
  it('splits an Istio identity into trust domain, path and segments', () => {
    expect(parseSpiffeId('spiffe://cluster.local/ns/prod/sa/order-sa')).toEqual({
      ok: true,
      id: 'spiffe://cluster.local/ns/prod/sa/order-sa',
      trustDomain: 'cluster.local',
      path: '/ns/prod/sa/order-sa',
      segments: ['ns', 'prod', 'sa', 'order-sa'],
    });
  });

  it('accepts the root ID of a trust domain with an empty path', () => {
    expect(parseSpiffeId('spiffe://example.org')).toMatchObject({
      ok: true,
      path: '',
      segments: [],
    });
  });

  it('names the upper-case trust-domain character and its position', () => {
    const r = parseSpiffeId('spiffe://cLuster.local/ns/a');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'trust-domain-char', position: 10 });
    expect(r.error.message).toContain("found 'L' at position 11");
    expect(r.error.message).toContain('lowercase');
  });

  it('reports every broken rule for an explorer, the first one as error', () => {
    const r = parseSpiffeId('SPIFFE://user@Td:8080/a//./b/?x#y');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.code)).toEqual([
      'scheme-case',
      'userinfo',
      'trust-domain-char',
      'port',
      'path-empty-segment',
      'path-dot-segment',
      'path-trailing-slash',
      'query',
    ]);
    expect(r.error.code).toBe('scheme-case');
    expect(r.errors.find((e) => e.code === 'port')?.position).toBe(16);
  });

  it.each([
    ['', 'empty'],
    ['http://example.org/a', 'wrong-scheme'],
    ['spiffe:/example.org', 'wrong-scheme'],
    ['spiffe://', 'missing-trust-domain'],
    ['spiffe:///a', 'missing-trust-domain'],
    ['spiffe://example.org/', 'path-trailing-slash'],
    ['spiffe://example.org//a', 'path-empty-segment'],
    ['spiffe://example.org/a/..', 'path-dot-segment'],
    ['spiffe://example.org/a%20b', 'path-char'],
    ['spiffe://example.org/a#frag', 'fragment'],
    ['spiffe://example.org?q=1', 'query'],
    ['spiffe://[::1]/a', 'trust-domain-char'],
  ])('%j is rejected with %s', (input, code) => {
    const r = parseSpiffeId(input);
    expect(r.ok ? 'valid' : r.error.code).toBe(code);
  });

  it('shows invisible characters by code point', () => {
    const r = parseSpiffeId('spiffe://example.org/a\u0000');
    expect(r.ok ? '' : r.error.message).toContain('found U+0000 at position 23');
  });

  it('enforces the SPIFFE-ID 2.3 limits: 2048-byte ID, 255-byte trust domain', () => {
    const path2048 = `spiffe://example.org/${'a'.repeat(2048 - 21)}`;
    expect(path2048).toHaveLength(2048);
    expect(parseSpiffeId(path2048).ok).toBe(true);
    const r = parseSpiffeId(`${path2048}b`);
    expect(r.ok ? '' : r.error).toMatchObject({ code: 'too-long', position: 2048 });
    expect(r.ok ? '' : r.error.message).toContain('2049 bytes');
    expect(validateTrustDomain('a'.repeat(255))).toBeNull();
    expect(validateTrustDomain('a'.repeat(256))?.code).toBe('too-long');
  });
});

describe('component validators', () => {
  it('validateTrustDomain rejects empty and upper case, accepts dots and underscores', () => {
    expect(validateTrustDomain('')?.code).toBe('missing-trust-domain');
    expect(validateTrustDomain('Example.org')).toMatchObject({
      code: 'trust-domain-char',
      position: 0,
    });
    expect(validateTrustDomain('a_b.example-1')).toBeNull();
  });

  it('validatePath allows the empty root path and names each rule', () => {
    expect(validatePath('')).toBeNull();
    expect(validatePath('/ns/a')).toBeNull();
    expect(validatePath('ns/a')?.code).toBe('path-leading-slash');
    expect(validatePath('/a/')).toMatchObject({ code: 'path-trailing-slash', position: 2 });
    expect(validatePath('/a/$')).toMatchObject({ code: 'path-char', position: 3 });
  });

  it('validatePathSegment refuses slashes, dots and empty segments; allows upper case', () => {
    expect(validatePathSegment('')?.code).toBe('path-empty-segment');
    expect(validatePathSegment('..')?.code).toBe('path-dot-segment');
    expect(validatePathSegment('a/b')).toMatchObject({ code: 'path-char', position: 1 });
    expect(validatePathSegment('MyService')).toBeNull();
  });

  it('parseTrustDomain takes a name or a whole ID, as go-spiffe does', () => {
    expect(parseTrustDomain('spiffe://example.org/a')).toEqual({
      ok: true,
      trustDomain: 'example.org',
    });
    expect(parseTrustDomain('example.org')).toEqual({ ok: true, trustDomain: 'example.org' });
    expect(parseTrustDomain('spiffe://example.org/')).toMatchObject({ ok: false });
  });
});

describe('Istio identities', () => {
  it('buildSpiffeId writes spiffe://<td>/ns/<ns>/sa/<sa>', () => {
    expect(buildSpiffeId('cluster.local', 'prod', 'order-sa')).toBe(
      'spiffe://cluster.local/ns/prod/sa/order-sa',
    );
  });

  it('buildSpiffeId throws with the reason on invalid parts', () => {
    expect(() => buildSpiffeId('Cluster.local', 'a', 'b')).toThrow(/found 'C' at position 1/);
    expect(() => buildSpiffeId('cluster.local', 'a/b', 'c')).toThrow(/found '\/' at position 2/);
    expect(() => buildSpiffeId('cluster.local', 'a', '')).toThrow(/empty segment/);
  });

  it('principalOf drops the scheme, as Istio does', () => {
    expect(principalOf('spiffe://cluster.local/ns/a/sa/b')).toBe('cluster.local/ns/a/sa/b');
  });

  it('istioIdentity reads /ns/<ns>/sa/<sa> and nothing else', () => {
    expect(istioIdentity('spiffe://cluster.local/ns/prod/sa/order-sa')).toEqual({
      trustDomain: 'cluster.local',
      namespace: 'prod',
      serviceAccount: 'order-sa',
    });
    expect(istioIdentity('spiffe://cluster.local/ns/prod/sa/x/extra')).toBeNull();
    expect(istioIdentity('spiffe://cluster.local/workload')).toBeNull();
    expect(istioIdentity('spiffe://Cluster.local/ns/a/sa/b')).toBeNull();
  });
});
