import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  Extension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
  type X509Certificate,
  X509CertificateGenerator,
} from '@peculiar/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { ascii, sequence, tlv } from './der';
import { verifyCertificationPath } from './x509-path';
import { validateX509Svid } from './x509-svid';

const EC = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const AT = new Date('2025-12-10T12:00:00Z');
const der = (c: X509Certificate) => new Uint8Array(c.rawData);
const ID = 'spiffe://cluster.local/ns/prod/sa/order-sa';

interface Ca {
  cert: X509Certificate;
  keys: CryptoKeyPair;
}
const keys = () =>
  globalThis.crypto.subtle.generateKey(EC, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;

async function issue(
  subject: string,
  issuer: Ca | null,
  own: CryptoKeyPair,
  extensions: Extension[],
): Promise<X509Certificate> {
  const signer = issuer?.keys ?? own;
  return X509CertificateGenerator.create({
    subject,
    issuer: issuer?.cert.subject ?? subject,
    notBefore: new Date('2025-12-10T00:00:00Z'),
    notAfter: new Date('2025-12-11T00:00:00Z'),
    signingAlgorithm: EC,
    publicKey: own.publicKey,
    signingKey: signer.privateKey,
    extensions: [
      ...extensions,
      await SubjectKeyIdentifierExtension.create(own.publicKey),
      await AuthorityKeyIdentifierExtension.create(signer.publicKey),
    ],
  });
}

async function ca(subject: string, issuer: Ca | null, extra: Extension[] = []): Promise<Ca> {
  const k = await keys();
  const cert = await issue(subject, issuer, k, [
    new BasicConstraintsExtension(true, undefined, true),
    new KeyUsagesExtension(KeyUsageFlags.keyCertSign, true),
    ...extra,
  ]);
  return { cert, keys: k };
}

async function leaf(issuer: Ca, uri = ID, extra: Extension[] = []) {
  return issue('', issuer, await keys(), [
    new BasicConstraintsExtension(false, undefined, true),
    new KeyUsagesExtension(KeyUsageFlags.digitalSignature, true),
    new SubjectAlternativeNameExtension([{ type: 'url', value: uri }], true),
    ...extra,
  ]);
}

/** NameConstraints with URI subtrees: [0] permitted, [1] excluded (RFC 5280 4.2.1.10). */
function uriConstraints(permitted: string[], excluded: string[] = []): Extension {
  const subtrees = (tag: number, hosts: string[]) =>
    hosts.length ? [tlv(tag, ...hosts.map((h) => sequence(tlv(0x86, ascii(h)))))] : [];
  const value = sequence(...subtrees(0xa0, permitted), ...subtrees(0xa1, excluded));
  return new Extension('2.5.29.30', true, value);
}

let root: Ca;
let mid: Ca;
let inner: Ca;
let viaInner: X509Certificate;
beforeAll(async () => {
  root = await ca('O=cluster.local,CN=root', null);
  mid = await ca('O=cluster.local,CN=mid', root);
  inner = await ca('O=cluster.local,CN=inner', mid);
  viaInner = await leaf(inner);
});

describe('verifyCertificationPath', () => {
  it('builds the path from intermediates in any order, ignoring unrelated ones', async () => {
    const stray = await ca('O=elsewhere', null);
    const r = await verifyCertificationPath(
      [der(viaInner), der(stray.cert), der(mid.cert), der(inner.cert)],
      [der(root.cert)],
      AT,
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.path).toHaveLength(4);
  });

  it('stops on a loop of cross-signed intermediates', async () => {
    const [ka, kb] = [await keys(), await keys()];
    const bc = new BasicConstraintsExtension(true, undefined, true);
    const a = {
      cert: await issue('CN=a', { cert: { subject: 'CN=b' }, keys: kb } as Ca, ka, [bc]),
      keys: ka,
    };
    const b = await issue('CN=b', a, kb, [bc]);
    const r = await verifyCertificationPath(
      [der(await leaf(a)), der(a.cert), der(b)],
      [der(root.cert)],
      AT,
    );
    expect(r).toMatchObject({ ok: false, code: 'unknown-authority' });
  });

  it('gives the same rejection for the same malformed input every time', async () => {
    const badSan = new Extension('2.5.29.17', false, ascii('not DER'));
    const badAia = new Extension('1.3.6.1.5.5.7.1.1', false, Uint8Array.of(0x30, 0x05, 0x30));
    for (const ext of [badSan, badAia]) {
      const cert = await issue('CN=odd', root, await keys(), [ext]);
      const first = await verifyCertificationPath([der(cert)], [der(root.cert)], AT);
      const second = await verifyCertificationPath([der(cert)], [der(root.cert)], AT);
      expect(first).toMatchObject({ ok: false, code: 'rfc5280-profile', certIndex: 0 });
      expect(second).toEqual(first);
    }
    const svidAia = await leaf(root, ID, [badAia]);
    const a = await validateX509Svid([der(svidAia)], [der(root.cert)], { at: AT });
    const b = await validateX509Svid([der(svidAia)], [der(root.cert)], { at: AT });
    expect(a.ok).toBe(false);
    expect(b).toEqual(a);
  });

  it('refuses a duplicated extension and an intermediate without CA:TRUE', async () => {
    const ku = new KeyUsagesExtension(KeyUsageFlags.digitalSignature, true);
    const twice = await issue('CN=twice', root, await keys(), [ku, ku]);
    expect(await verifyCertificationPath([der(twice)], [der(root.cert)], AT)).toMatchObject({
      ok: false,
      code: 'rfc5280-profile',
    });
    const k = await keys();
    const notCa = { cert: await issue('CN=not-ca', root, k, []), keys: k };
    const below = await leaf(notCa);
    expect(
      await verifyCertificationPath([der(below), der(notCa.cert)], [der(root.cert)], AT),
    ).toMatchObject({ ok: false, code: 'signer-not-ca', certIndex: 1 });
  });
});

describe('URI name constraints on SPIFFE IDs', () => {
  it('an intermediate limited to the trust domain signs its IDs and no others', async () => {
    const limited = await ca('O=cluster.local,CN=limited', root, [
      uriConstraints(['cluster.local']),
    ]);
    const good = await leaf(limited);
    const ok = await validateX509Svid([der(good), der(limited.cert)], [der(root.cert)], { at: AT });
    expect(ok).toMatchObject({ ok: true, spiffeId: ID });
    const foreign = await leaf(limited, 'spiffe://evil.example/ns/prod/sa/order-sa');
    const r = await validateX509Svid([der(foreign), der(limited.cert)], [der(root.cert)], {
      at: AT,
    });
    expect(r).toMatchObject({ ok: false, code: 'name-constraints', certIndex: 0 });
    if (!r.ok) expect(r.error).toContain('"spiffe://evil.example/ns/prod/sa/order-sa"');
  });

  it('an excluded trust domain is refused even when others are permitted', async () => {
    const nc = uriConstraints(['.example'], ['evil.example']);
    const limited = await ca('O=cluster.local,CN=excl', root, [nc]);
    const ok = await leaf(limited, 'spiffe://good.example/ns/a/sa/b');
    const bad = await leaf(limited, 'spiffe://evil.example/ns/a/sa/b');
    const check = (c: X509Certificate) =>
      verifyCertificationPath([der(c), der(limited.cert)], [der(root.cert)], AT);
    expect((await check(ok)).ok).toBe(true);
    expect(await check(bad)).toMatchObject({ ok: false, code: 'name-constraints' });
  });
});
