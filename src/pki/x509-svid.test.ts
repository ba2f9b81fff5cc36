import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  type Extension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
  type X509Certificate,
  X509CertificateGenerator,
} from '@peculiar/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { toPem } from './pem';
import { checkSvidShape, parseSvidWithKey, validateX509Svid } from './x509-svid';

const subtle = globalThis.crypto.subtle;
const EC = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const RSA = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
};
const P384 = { name: 'ECDSA', namedCurve: 'P-384', hash: 'SHA-384' };
const T0 = new Date('2025-12-10T00:00:00Z');
const DAY = 86_400_000;
const at = (days: number) => new Date(T0.getTime() + days * DAY);
const der = (c: X509Certificate) => new Uint8Array(c.rawData);

type Alg = typeof EC | typeof RSA | typeof P384;
const keys = (alg: Alg = EC) =>
  subtle.generateKey(alg, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;

interface Issuer {
  cert: X509Certificate;
  keys: CryptoKeyPair;
  alg: Alg;
}

async function makeCa(
  name = 'O=cluster.local',
  opts: { alg?: Alg; pathLen?: number; ca?: boolean; parent?: Issuer; days?: number } = {},
): Promise<Issuer> {
  const alg = opts.alg ?? EC;
  const k = await keys(alg);
  const signer = opts.parent ?? { keys: k, alg, cert: undefined };
  const cert = await X509CertificateGenerator.create({
    subject: name,
    issuer: opts.parent?.cert.subject ?? name,
    notBefore: at(-1),
    notAfter: at(opts.days ?? 3650),
    signingAlgorithm: signer.alg,
    publicKey: k.publicKey,
    signingKey: signer.keys.privateKey,
    extensions: [
      new BasicConstraintsExtension(opts.ca ?? true, opts.pathLen, true),
      new KeyUsagesExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true),
      await SubjectKeyIdentifierExtension.create(k.publicKey),
      await AuthorityKeyIdentifierExtension.create(signer.keys.publicKey),
    ],
  });
  return { cert, keys: k, alg };
}

interface LeafOpts {
  uris?: string[];
  ca?: boolean;
  usages?: KeyUsageFlags;
  subject?: string;
  sanCritical?: boolean;
  alg?: Alg;
  days?: number;
}

/** An Istio-style leaf: empty subject, critical URI SAN, CA:FALSE, KU digitalSignature+keyEncipherment. */
async function makeLeaf(issuer: Issuer, o: LeafOpts = {}) {
  const k = await keys(o.alg ?? EC);
  const uris = o.uris ?? ['spiffe://cluster.local/ns/prod/sa/order-sa'];
  const extensions: Extension[] = [
    new BasicConstraintsExtension(o.ca ?? false, undefined, true),
    new KeyUsagesExtension(
      o.usages ?? KeyUsageFlags.digitalSignature | KeyUsageFlags.keyEncipherment,
      true,
    ),
    new SubjectAlternativeNameExtension(
      uris.map((value) => ({ type: 'url' as const, value })),
      o.sanCritical ?? true,
    ),
    await AuthorityKeyIdentifierExtension.create(issuer.keys.publicKey),
  ];
  const cert = await X509CertificateGenerator.create({
    subject: o.subject ?? '',
    issuer: issuer.cert.subject,
    notBefore: at(0),
    notAfter: at(o.days ?? 1),
    signingAlgorithm: issuer.alg,
    publicKey: k.publicKey,
    signingKey: issuer.keys.privateKey,
    extensions,
  });
  return { cert, keys: k };
}

let root: Issuer;
let leaf: X509Certificate;
beforeAll(async () => {
  root = await makeCa();
  leaf = (await makeLeaf(root)).cert;
});

describe('validateX509Svid on a generated chain', () => {
  it('accepts an Istio-style leaf signed by the bundle root', async () => {
    const r = await validateX509Svid([der(leaf)], [der(root.cert)], { at: at(0.5) });
    expect(r).toMatchObject({
      ok: true,
      spiffeId: 'spiffe://cluster.local/ns/prod/sa/order-sa',
      trustDomain: 'cluster.local',
      path: '/ns/prod/sa/order-sa',
    });
  });

  it('accepts the root sent along, but anchors on the bundle copy', async () => {
    const r = await validateX509Svid([der(leaf), der(root.cert)], [der(root.cert)], {
      at: at(0.5),
      trustDomain: 'cluster.local',
    });
    expect(r.ok).toBe(true);
  });

  it('rejects the leaf after its notAfter and before its notBefore', async () => {
    const later = await validateX509Svid([der(leaf)], [der(root.cert)], { at: at(2) });
    expect(later).toMatchObject({ ok: false, code: 'expired', certIndex: 0 });
    if (!later.ok) expect(later.error).toContain('notAfter is 2025-12-11T00:00:00.000Z');
    const early = await validateX509Svid([der(leaf)], [der(root.cert)], { at: at(-0.5) });
    expect(early).toMatchObject({ ok: false, code: 'not-yet-valid' });
  });

  it('rejects a leaf signed by another root with the same name (an impostor CA)', async () => {
    const impostor = await makeCa('O=cluster.local');
    const forged = (await makeLeaf(impostor)).cert;
    const r = await validateX509Svid([der(forged)], [der(root.cert)], { at: at(0.5) });
    expect(r).toMatchObject({ ok: false, code: 'unknown-authority', certIndex: 0 });
    if (!r.ok) expect(r.error).toContain('different key');
  });

  it('rejects a leaf whose issuer is not in the bundle at all', async () => {
    const k = await keys();
    const self = await makeLeaf({ cert: leaf, keys: k, alg: EC }, { subject: '' });
    const r = await validateX509Svid([der(self.cert)], [der(root.cert)], { at: at(0.5) });
    expect(r).toMatchObject({ ok: false, code: 'unknown-authority' });
  });

  it('rejects a leaf from a foreign trust domain when the trust domain is given', async () => {
    const other = await makeLeaf(root, { uris: ['spiffe://evil.example/ns/prod/sa/order-sa'] });
    const r = await validateX509Svid([der(other.cert)], [der(root.cert)], {
      at: at(0.5),
      trustDomain: 'cluster.local',
    });
    expect(r).toMatchObject({ ok: false, code: 'trust-domain-mismatch' });
    if (!r.ok) expect(r.error).toContain('"evil.example"');
  });

  it('rejects a tampered signature', async () => {
    const bytes = der(leaf).slice();
    bytes[bytes.length - 1] = (bytes.at(-1) ?? 0) ^ 0x01;
    const r = await validateX509Svid([bytes], [der(root.cert)], { at: at(0.5) });
    expect(r).toMatchObject({ ok: false, code: 'bad-signature', certIndex: 0 });
  });

  it('rejects a CA:TRUE leaf and a leaf with two URI SANs', async () => {
    const ca = await makeLeaf(root, { ca: true });
    expect(await validateX509Svid([der(ca.cert)], [der(root.cert)], { at: at(0.5) })).toMatchObject(
      { ok: false, code: 'leaf-ca' },
    );
    const two = await makeLeaf(root, {
      uris: ['spiffe://cluster.local/ns/a/sa/b', 'https://example.org/'],
    });
    const r = await validateX509Svid([der(two.cert)], [der(root.cert)], { at: at(0.5) });
    expect(r).toMatchObject({ ok: false, code: 'multiple-uri-san' });
  });

  it('reports a missing bundle', async () => {
    expect(await validateX509Svid([der(leaf)], [], { at: at(0.5) })).toMatchObject({
      ok: false,
      code: 'no-bundle',
    });
  });

  it('walks an intermediate and honours pathLenConstraint', async () => {
    const strictRoot = await makeCa('O=cluster.local,CN=root', { pathLen: 0 });
    const mid = await makeCa('O=cluster.local,CN=intermediate', { parent: strictRoot, alg: P384 });
    const viaMid = (await makeLeaf(mid)).cert;
    const chain = [der(viaMid), der(mid.cert)];
    const tooDeep = await validateX509Svid(chain, [der(strictRoot.cert)], { at: at(0.5) });
    expect(tooDeep).toMatchObject({ ok: false, code: 'path-len' });
    const openRoot = await makeCa('O=cluster.local,CN=root2');
    const mid2 = await makeCa('O=cluster.local,CN=intermediate2', { parent: openRoot, alg: P384 });
    const leaf2 = (await makeLeaf(mid2)).cert;
    const ok = await validateX509Svid([der(leaf2), der(mid2.cert)], [der(openRoot.cert)], {
      at: at(0.5),
    });
    expect(ok).toMatchObject({ ok: true });
    if (ok.ok) expect(ok.chain).toHaveLength(2);
  });

  it('verifies RSA-2048 signatures too', async () => {
    const rsaRoot = await makeCa('O=cluster.local', { alg: RSA });
    const rsaLeaf = await makeLeaf(rsaRoot, { alg: RSA });
    const r = await validateX509Svid([der(rsaLeaf.cert)], [der(rsaRoot.cert)], { at: at(0.5) });
    expect(r.ok).toBe(true);
  });

  it('refuses a bundle root that is not a CA', async () => {
    const notCa = await makeCa('O=cluster.local', { ca: false });
    const l = await makeLeaf(notCa);
    const r = await validateX509Svid([der(l.cert)], [der(notCa.cert)], { at: at(0.5) });
    expect(r).toMatchObject({ ok: false, code: 'signer-not-ca' });
  });
});

describe('checkSvidShape on generated leaves', () => {
  it.each([
    ['spiffe://example.org', 'root-path'],
    ['spiffe://example.org/', 'bad-spiffe-id'],
    ['sparfe://domain1.test/workload', 'bad-spiffe-id'],
  ])('URI SAN %s is rejected as %s', async (uri, code) => {
    const l = await makeLeaf(root, { uris: [uri] });
    expect(checkSvidShape([der(l.cert)])).toMatchObject({ ok: false, code, certIndex: 0 });
  });

  it('requires a critical SAN when the subject is empty (strict), not otherwise', async () => {
    const loose = await makeLeaf(root, { sanCritical: false });
    expect(checkSvidShape([der(loose.cert)])).toMatchObject({
      ok: false,
      code: 'san-not-critical',
    });
    expect(checkSvidShape([der(loose.cert)], { strict: false }).ok).toBe(true);
    const named = await makeLeaf(root, { sanCritical: false, subject: 'CN=order' });
    expect(checkSvidShape([der(named.cert)]).ok).toBe(true);
  });

  it('rejects an empty chain and unparseable bytes with the certificate index', () => {
    expect(checkSvidShape([])).toMatchObject({ ok: false, code: 'empty-chain' });
    const r = checkSvidShape([der(leaf), new Uint8Array([0x30, 0x03, 1, 2, 3])]);
    expect(r).toMatchObject({ ok: false, code: 'parse', certIndex: 1 });
  });
});

describe('parseSvidWithKey on a generated SVID', () => {
  it('accepts the matching PKCS#8 key and rejects another', async () => {
    const l = await makeLeaf(root);
    const pkcs8 = new Uint8Array(await subtle.exportKey('pkcs8', l.keys.privateKey));
    const certPem = toPem(der(l.cert));
    const good = await parseSvidWithKey(certPem, toPem(pkcs8, 'PRIVATE KEY'));
    expect(good).toMatchObject({
      ok: true,
      spiffeId: 'spiffe://cluster.local/ns/prod/sa/order-sa',
    });
    const otherKey = new Uint8Array(await subtle.exportKey('pkcs8', root.keys.privateKey));
    const bad = await parseSvidWithKey(certPem, toPem(otherKey, 'PRIVATE KEY'));
    expect(bad).toMatchObject({ ok: false, code: 'key-mismatch' });
  });
});
