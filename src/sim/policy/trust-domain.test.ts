import { describe, expect, it } from 'vitest';
import { LESSON_DEFAULTS } from '../config';
import { foreignSvid } from '../mesh/forge';
import { meshValidator } from '../mesh/peer';
import type { IstioProxy } from '../proxy';
import { Rng } from '../rng';
import type { Simulation } from '../simulation';
import { expandPrincipals, trustDomainBundle } from './trust-domain';

const renamed = { trustDomain: 'td2', trustDomainAliases: ['td1'] };

describe('trust domain bundle (bundle.go ReplaceTrustDomainAliases)', () => {
  it('puts the trust domain first, then the aliases, once each', () => {
    expect(trustDomainBundle(renamed)).toEqual(['td2', 'td1']);
    expect(trustDomainBundle({ trustDomain: 'a', trustDomainAliases: ['a', 'b'] })).toEqual([
      'a',
      'b',
    ]);
  });

  it('rewrites a principal in the bundle into one per domain, as istiod does', () => {
    expect(expandPrincipals(['td2', 'td1'], ['td1/ns/foo/sa/bar'])).toEqual([
      'td2/ns/foo/sa/bar',
      'td1/ns/foo/sa/bar',
    ]);
  });

  it('treats cluster.local as the local trust domain and its aliases', () => {
    expect(expandPrincipals(['td2', 'td1'], ['cluster.local/ns/foo/sa/bar'])).toEqual([
      'td2/ns/foo/sa/bar',
      'td1/ns/foo/sa/bar',
    ]);
  });

  it('leaves other domains, the * domain and other shapes as written', () => {
    expect(
      expandPrincipals(
        ['td2', 'td1'],
        ['partner.example/ns/foo/sa/bar', '*/ns/foo/sa/bar', '*', 'sa/bar'],
      ),
    ).toEqual(['partner.example/ns/foo/sa/bar', '*/ns/foo/sa/bar', '*', 'sa/bar']);
  });

  it('changes nothing in a mesh without aliases whose domain is cluster.local', () => {
    const bundle = trustDomainBundle(LESSON_DEFAULTS);
    const principals = ['cluster.local/ns/a/sa/b', 'example.org/ns/a/sa/b'];
    expect(expandPrincipals(bundle, principals)).toEqual(principals);
  });
});

describe('inbound mTLS accepts a peer in an alias domain (TrustDomainsForValidation)', () => {
  const at = LESSON_DEFAULTS.start;
  async function check(config: { trustDomain: string; trustDomainAliases: string[] }) {
    const peer = await foreignSvid('td1', 'foo', 'bar', at, new Rng(7));
    const plane = { config: { ...LESSON_DEFAULTS, ...config } };
    const sim = { planeOf: () => plane, now: at } as unknown as Simulation;
    const self = { trustBundle: [peer.chain[1]!] } as unknown as IstioProxy;
    return meshValidator(sim, self)(peer.chain);
  }

  it('accepts spiffe://td1/... when td1 is an alias', async () => {
    expect(await check(renamed)).toEqual({ ok: true, spiffeId: 'spiffe://td1/ns/foo/sa/bar' });
  });

  it('refuses it when td1 is neither the trust domain nor an alias', async () => {
    const result = await check({ trustDomain: 'td2', trustDomainAliases: [] });
    expect(result).toMatchObject({ ok: false, code: 'trust-domain-mismatch' });
  });
});
