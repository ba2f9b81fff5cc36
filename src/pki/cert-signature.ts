/**
 * Verifies a certificate's signature with its issuer's public key through WebCrypto: ECDSA
 * P-256/P-384 (SHA-256/384/512), RSA PKCS#1 v1.5 (SHA-256/384/512) and Ed25519. Anything else,
 * SHA-1 included, does not verify.
 */

import { Tag } from './der';
import { children, decodeOid, readOnly, valueBytes } from './der-reader';
import { derToP1363 } from './ecdsa-sig';
import { toHex } from './hex';
import { Kept } from './kept';
import type { PathCert } from './path-cert';

const SIGNATURES: Record<string, { name: string; hash?: string }> = {
  '1.2.840.10045.4.3.2': { name: 'ECDSA', hash: 'SHA-256' },
  '1.2.840.10045.4.3.3': { name: 'ECDSA', hash: 'SHA-384' },
  '1.2.840.10045.4.3.4': { name: 'ECDSA', hash: 'SHA-512' },
  '1.2.840.113549.1.1.11': { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
  '1.2.840.113549.1.1.12': { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' },
  '1.2.840.113549.1.1.13': { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' },
  '1.3.101.112': { name: 'Ed25519' },
};
const CURVES: Record<string, { namedCurve: string; size: 32 | 48 }> = {
  '1.2.840.10045.3.1.7': { namedCurve: 'P-256', size: 32 },
  '1.3.132.0.34': { namedCurve: 'P-384', size: 48 },
};
const KEY_TYPES: Record<string, string> = {
  '1.2.840.10045.2.1': 'ECDSA',
  '1.2.840.113549.1.1.1': 'RSASSA-PKCS1-v1_5',
  '1.3.101.112': 'Ed25519',
};

function algorithmOid(der: Uint8Array): { oid: string; params?: string } {
  const [oid, params] = children(der, readOnly(der, Tag.SEQUENCE));
  if (oid?.tag !== Tag.OID) throw new Error('AlgorithmIdentifier without an OID');
  const p = params?.tag === Tag.OID ? decodeOid(valueBytes(der, params)) : undefined;
  return { oid: decodeOid(valueBytes(der, oid)), ...(p ? { params: p } : {}) };
}

/**
 * Issuer keys imported for verifying, by key and algorithm: a CA's key checks every certificate
 * it signed, and an import gives the same public key for the same bytes.
 */
const VERIFY_KEYS = new Kept<Promise<CryptoKey>>(256);

function verifyKey(
  spki: Uint8Array,
  params: EcKeyImportParams | RsaHashedImportParams | Algorithm,
) {
  const key = `${JSON.stringify(params)}|${toHex(spki)}`;
  return VERIFY_KEYS.get(key, () => {
    const imported = globalThis.crypto.subtle.importKey(
      'spki',
      new Uint8Array(spki),
      params,
      false,
      ['verify'],
    );
    // A key that does not import is not kept: the next certificate asks again.
    imported.catch(() => VERIFY_KEYS.forget(key));
    return imported;
  });
}

/** True when `cert`'s signature verifies with `issuer`'s key; false on any failure. */
export async function signatureVerifies(cert: PathCert, issuer: PathCert): Promise<boolean> {
  try {
    const sig = SIGNATURES[algorithmOid(cert.signatureAlgorithm).oid];
    const spki = issuer.spki;
    const [keyAlg] = children(spki, readOnly(spki, Tag.SEQUENCE));
    const key = algorithmOid(spki.subarray(keyAlg!.offset, keyAlg!.end));
    if (!sig || KEY_TYPES[key.oid] !== sig.name) return false;
    const curve = sig.name === 'ECDSA' ? CURVES[key.params ?? ''] : undefined;
    if (sig.name === 'ECDSA' && !curve) return false;
    const params = curve
      ? { name: 'ECDSA', namedCurve: curve.namedCurve }
      : sig.hash
        ? { name: sig.name, hash: sig.hash }
        : { name: sig.name };
    const subtle = globalThis.crypto.subtle;
    const publicKey = await verifyKey(spki, params);
    const signature = curve ? derToP1363(cert.signature, curve.size) : cert.signature;
    return await subtle.verify(
      sig.hash && curve ? { name: 'ECDSA', hash: sig.hash } : { name: sig.name },
      publicKey,
      new Uint8Array(signature),
      new Uint8Array(cert.tbs),
    );
  } catch {
    return false;
  }
}
