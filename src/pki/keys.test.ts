import { describe, expect, it } from 'vitest';
import { fromPem } from './der';
import { toHex } from './hex';
import {
  exportPrivateKeyPem,
  generateKeyPair,
  importSpki,
  type KeyAlgorithm,
  KeyError,
  signWith,
  verifyWith,
} from './keys';

const data = new TextEncoder().encode('to be signed');

async function keyError(p: Promise<unknown>): Promise<KeyError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(KeyError);
  return e as KeyError;
}

describe.each<KeyAlgorithm>(['ECDSA_P256', 'RSA_2048'])('%s keys', (alg) => {
  it('generate an extractable pair whose SPKI names the algorithm', async () => {
    const keys = await generateKeyPair(alg);
    expect(keys.algorithm).toBe(alg);
    expect(keys.privateKey.extractable).toBe(true);
    expect(keys.spki).toHaveLength(alg === 'ECDSA_P256' ? 91 : 294);
    // AlgorithmIdentifier: id-ecPublicKey + prime256v1, or rsaEncryption + NULL
    expect(toHex(keys.spki)).toContain(
      alg === 'ECDSA_P256'
        ? '06072a8648ce3d020106082a8648ce3d030107'
        : '06092a864886f70d0101010500',
    );
    const imported = await importSpki(keys.spki);
    expect(imported.algorithm).toBe(alg);
  });

  it('sign in X.509 form and verify; a changed byte or other key fails', async () => {
    const keys = await generateKeyPair(alg);
    const sig = await signWith(keys, data);
    if (alg === 'ECDSA_P256')
      expect(sig[0]).toBe(0x30); // DER Ecdsa-Sig-Value
    else expect(sig).toHaveLength(256);
    const { publicKey } = await importSpki(keys.spki);
    expect(await verifyWith(alg, publicKey, sig, data)).toBe(true);
    expect(await verifyWith(alg, publicKey, sig, Uint8Array.of(...data, 0))).toBe(false);
    const other = await generateKeyPair(alg);
    expect(await verifyWith(alg, other.publicKey, sig, data)).toBe(false);
    expect(await verifyWith(alg, publicKey, Uint8Array.of(0x30, 0x00), data)).toBe(false);
  });

  it('export the private key as PKCS#8 PEM that WebCrypto re-imports', async () => {
    const keys = await generateKeyPair(alg);
    const pem = await exportPrivateKeyPem(keys);
    expect(pem).toMatch(
      /^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PRIVATE KEY-----\n$/,
    );
    const params =
      alg === 'ECDSA_P256'
        ? { name: 'ECDSA', namedCurve: 'P-256' }
        : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
    const back = await crypto.subtle.importKey(
      'pkcs8',
      fromPem(pem, 'PRIVATE KEY'),
      params,
      false,
      ['sign'],
    );
    const sig = await signWith({ algorithm: alg, privateKey: back }, data);
    expect(await verifyWith(alg, keys.publicKey, sig, data)).toBe(true);
  });
});

describe('importSpki rejections', () => {
  it('refuses other curves and RSA sizes as unsupported-key', async () => {
    const p384 = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, true, [
      'sign',
    ]);
    const spki384 = new Uint8Array(await crypto.subtle.exportKey('spki', p384.publicKey));
    const e384 = await keyError(importSpki(spki384));
    expect([e384.code, e384.message]).toEqual([
      'unsupported-key',
      expect.stringMatching(/1\.3\.132\.0\.34/),
    ]);
    const rsa1024 = await crypto.subtle.generateKey(
      {
        name: 'RSASSA-PKCS1-v1_5',
        modulusLength: 1024,
        publicExponent: Uint8Array.of(1, 0, 1),
        hash: 'SHA-256',
      },
      true,
      ['sign'],
    );
    const spki1024 = new Uint8Array(await crypto.subtle.exportKey('spki', rsa1024.publicKey));
    const e1024 = await keyError(importSpki(spki1024));
    expect([e1024.code, e1024.message]).toEqual([
      'unsupported-key',
      'RSA 1024 unsupported: only RSA 2048',
    ]);
  });

  it('refuses garbage and a corrupted point as malformed', async () => {
    expect((await keyError(importSpki(Uint8Array.of(1, 2, 3)))).code).toBe('malformed');
    const keys = await generateKeyPair('ECDSA_P256');
    const offCurve = keys.spki.slice();
    offCurve[offCurve.length - 1]! ^= 1; // y no longer matches x
    expect((await keyError(importSpki(offCurve))).code).toBe('malformed');
  });
});
