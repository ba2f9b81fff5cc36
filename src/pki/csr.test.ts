import { Pkcs10CertificateRequest, SubjectAlternativeNameExtension } from '@peculiar/x509';
import { describe, expect, it } from 'vitest';
import { CsrError, createCsr, verifyCsr } from './csr';
import { sequence, toPem } from './der';
import { children, rawOf, readOnly } from './der-reader';
import { generateKeyPair, type KeyAlgorithm, SIGNATURE_ALGORITHM } from './keys';

const ID = 'spiffe://cluster.local/ns/default/sa/reviews';

async function rejection(p: Promise<unknown>): Promise<CsrError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(CsrError);
  return e as CsrError;
}

describe.each<KeyAlgorithm>(['ECDSA_P256', 'RSA_2048'])('CSR with %s', (alg) => {
  it('is PKCS#10 that @peculiar/x509 parses and verifies', async () => {
    const keys = await generateKeyPair(alg);
    const der = await createCsr(keys, { uriSans: [ID] });
    const csr = new Pkcs10CertificateRequest(toPem('CERTIFICATE REQUEST', der));
    expect(csr.subject).toBe('');
    expect(await csr.verify()).toBe(true);
    expect(new Uint8Array(csr.publicKey.rawData)).toEqual(keys.spki);
    // the CSR's extensions come back generic: rebuild the SAN from its raw bytes
    expect(csr.extensions.map((e) => e.type)).toEqual(['2.5.29.17']);
    const san = new SubjectAlternativeNameExtension(csr.extensions[0]!.rawData);
    expect(san.critical).toBe(true);
    expect(san.names.toJSON()).toEqual([{ type: 'url', value: ID }]);
  });

  it('verifies its own signature and reports the requested SANs', async () => {
    const keys = await generateKeyPair(alg);
    const v = await verifyCsr(await createCsr(keys, { uriSans: [ID, 'spiffe://x/y'] }));
    expect(v.algorithm).toBe(alg);
    expect(v.spki).toEqual(keys.spki);
    expect(v.uriSans).toEqual([ID, 'spiffe://x/y']);
    expect(v.publicKey.type).toBe('public');
  });

  it('allows no SANs (empty attribute set)', async () => {
    const keys = await generateKeyPair(alg);
    const der = await createCsr(keys, { uriSans: [] });
    expect((await verifyCsr(der)).uriSans).toEqual([]);
    expect(await new Pkcs10CertificateRequest(der).verify()).toBe(true);
  });

  it('rejects a flipped signature byte as bad-signature', async () => {
    const keys = await generateKeyPair(alg);
    const der = await createCsr(keys, { uriSans: [ID] });
    // RSA: any byte; ECDSA: the last byte of s keeps the DER well-formed
    const bad = der.slice();
    bad[bad.length - 1]! ^= 0x01;
    expect((await rejection(verifyCsr(bad))).code).toBe('bad-signature');
  });

  it('rejects a signature made by another key as bad-signature', async () => {
    const [a, b] = [await generateKeyPair(alg), await generateKeyPair(alg)];
    const good = await createCsr(a, { uriSans: [ID] });
    const forged = await createCsr({ ...b, spki: a.spki }, { uriSans: [ID] });
    expect((await verifyCsr(good)).spki).toEqual(a.spki);
    expect((await rejection(verifyCsr(forged))).code).toBe('bad-signature');
  });
});

describe('CSR rejections', () => {
  it('rejects garbage and truncation as malformed', async () => {
    const keys = await generateKeyPair('ECDSA_P256');
    const der = await createCsr(keys, { uriSans: [ID] });
    for (const bad of [
      new Uint8Array(0),
      Uint8Array.of(0x30, 0x03, 0x02, 0x01),
      new TextEncoder().encode('-----BEGIN CERTIFICATE REQUEST-----'),
      der.subarray(0, der.length - 1),
      Uint8Array.from([...der, 0]),
    ]) {
      expect((await rejection(verifyCsr(bad))).code).toBe('malformed');
    }
  });

  it('rejects a signature algorithm that does not match the key', async () => {
    const keys = await generateKeyPair('ECDSA_P256');
    const der = await createCsr(keys, { uriSans: [ID] });
    const [info, , sig] = children(der, readOnly(der));
    const relabelled = sequence(
      rawOf(der, info!),
      SIGNATURE_ALGORITHM.RSA_2048.der,
      rawOf(der, sig!),
    );
    expect((await rejection(verifyCsr(relabelled))).code).toBe('unsupported-key');
  });

  it('rejects a P-384 key as unsupported-key', async () => {
    const p384 = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, [
      'sign',
      'verify',
    ]);
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', p384.publicKey));
    const der = await createCsr(
      { algorithm: 'ECDSA_P256', privateKey: p384.privateKey, publicKey: p384.publicKey, spki },
      { uriSans: [ID] },
    );
    expect((await rejection(verifyCsr(der))).code).toBe('unsupported-key');
  });
});
