/**
 * CertificateVerify signatures (RFC 8446 §4.4.3) on WebCrypto: the signed content, signing
 * with the sender's key and verifying with the public key of the peer's leaf certificate.
 * ecdsa_secp256r1_sha256 carries a DER ECDSA-Sig-Value; RSA keys must sign with
 * rsa_pss_rsae_sha256 in TLS 1.3 (PKCS#1 v1.5 is not allowed for CertificateVerify, §4.2.3).
 */

import { X509Certificate } from '@peculiar/x509';
import { toHex } from '../hex';
import { Kept } from '../kept';
import { inspectSpki, signWith, verifyWith } from '../keys';
import type { CheckNote } from './checks';
import { SIGNATURE_SCHEME } from './messages';
import { ascii, buf, concat } from './wire';

/** What a TLS identity's private key is. */
export type IdentityAlgorithm = 'ECDSA_P256' | 'RSA_2048';

/** The SignatureScheme a key of this kind uses for CertificateVerify. */
export function schemeFor(algorithm: IdentityAlgorithm): number {
  return algorithm === 'ECDSA_P256'
    ? SIGNATURE_SCHEME.ecdsa_secp256r1_sha256
    : SIGNATURE_SCHEME.rsa_pss_rsae_sha256;
}

/** A readable name for a SignatureScheme code point. */
export function schemeName(code: number): string {
  const hit = Object.entries(SIGNATURE_SCHEME).find(([, v]) => v === code);
  return hit ? hit[0] : `0x${code.toString(16).padStart(4, '0')}`;
}

/**
 * The content covered by the signature: 64 bytes of 0x20, the context string, a 0x00
 * separator, then Transcript-Hash(Handshake Context, Certificate) (RFC 8446 §4.4.3).
 */
export function certificateVerifyContent(
  side: 'server' | 'client',
  transcriptHash: Uint8Array,
): Uint8Array {
  return concat(
    new Uint8Array(64).fill(0x20),
    ascii(`TLS 1.3, ${side} CertificateVerify`),
    new Uint8Array([0]),
    transcriptHash,
  );
}

const subtle = () => globalThis.crypto.subtle;
const PSS = { name: 'RSA-PSS', saltLength: 32 } as const;
const P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const pssKeys = new WeakMap<CryptoKey, Promise<CryptoKey>>();

/** The same RSA private key imported for RSA-PSS/SHA-256 (keys are generated as PKCS#1 v1.5). */
function asPssKey(key: CryptoKey): Promise<CryptoKey> {
  if (key.algorithm.name === 'RSA-PSS') return Promise.resolve(key);
  let cached = pssKeys.get(key);
  if (!cached) {
    cached = subtle()
      .exportKey('pkcs8', key)
      .then((pkcs8) =>
        subtle().importKey('pkcs8', pkcs8, { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['sign']),
      );
    pssKeys.set(key, cached);
  }
  return cached;
}

/** Signs CertificateVerify content with the sender's private key under its scheme. */
export async function signCertificateVerify(
  algorithm: IdentityAlgorithm,
  privateKey: CryptoKey,
  content: Uint8Array,
): Promise<Uint8Array> {
  // keys.ts signs ECDSA with SHA-256 and returns the DER form TLS 1.3 carries.
  if (algorithm === 'ECDSA_P256') return signWith({ algorithm, privateKey }, content);
  const pss = await asPssKey(privateKey);
  return new Uint8Array(await subtle().sign(PSS, pss, buf(content)));
}

/** Public keys by certificate bytes: a pure function of them, read once per peer's certificate. */
const SPKIS = new Kept<Uint8Array>(512);

/** The SubjectPublicKeyInfo of a DER certificate (throws when it does not parse). */
function spkiOf(der: Uint8Array): Uint8Array {
  const spki = SPKIS.get(
    toHex(der),
    () => new Uint8Array(new X509Certificate(buf(der)).publicKey.rawData),
  );
  return spki.slice();
}

/** The outcome of checking a CertificateVerify. */
export interface SignatureCheck {
  ok: boolean;
  detail: string;
  note: CheckNote;
}

/**
 * Verifies a peer's CertificateVerify with the public key in its leaf certificate. The scheme
 * must fit the key: ecdsa_secp256r1_sha256 needs a P-256 key, rsa_pss_rsae_sha256 an
 * rsaEncryption key (RFC 8446 §4.2.3, §4.4.3).
 */
export async function verifyCertificateVerify(
  leafDer: Uint8Array,
  scheme: number,
  signature: Uint8Array,
  content: Uint8Array,
): Promise<SignatureCheck> {
  const spki = spkiOf(leafDer);
  let keyType: IdentityAlgorithm;
  try {
    keyType = inspectSpki(spki).algorithm;
  } catch (e) {
    return {
      ok: false,
      detail: `the leaf's public key is unusable: ${(e as Error).message}`,
      note: { code: 'keyUnusable' },
    };
  }
  if (scheme === SIGNATURE_SCHEME.ecdsa_secp256r1_sha256) {
    if (keyType !== 'ECDSA_P256') {
      return {
        ok: false,
        detail: 'scheme ecdsa_secp256r1_sha256 but the leaf key is RSA',
        note: {
          code: 'schemeKeyMismatch',
          params: { scheme: 'ecdsa_secp256r1_sha256', key: 'RSA' },
        },
      };
    }
    const key = await subtle().importKey('spki', buf(spki), P256, false, ['verify']);
    // verifyWith treats a malformed DER signature as simply invalid.
    const ok = await verifyWith('ECDSA_P256', key, signature, content);
    return {
      ok,
      detail: `ECDSA P-256/SHA-256 with the leaf's public key: ${ok ? 'valid' : 'INVALID'}`,
      note: {
        code: ok ? 'signatureValid' : 'signatureInvalid',
        params: { alg: 'ECDSA P-256/SHA-256' },
      },
    };
  }
  if (scheme === SIGNATURE_SCHEME.rsa_pss_rsae_sha256) {
    if (keyType !== 'RSA_2048') {
      return {
        ok: false,
        detail: 'scheme rsa_pss_rsae_sha256 but the leaf key is EC',
        note: { code: 'schemeKeyMismatch', params: { scheme: 'rsa_pss_rsae_sha256', key: 'EC' } },
      };
    }
    // rsaEncryption SPKI imported for PSS: the "rsae" in rsa_pss_rsae_sha256.
    const key = await subtle().importKey(
      'spki',
      buf(spki),
      { name: 'RSA-PSS', hash: 'SHA-256' },
      false,
      ['verify'],
    );
    const ok = await subtle().verify(PSS, key, buf(signature), buf(content));
    return {
      ok,
      detail: `RSA-PSS/SHA-256 (salt 32) with the leaf's public key: ${ok ? 'valid' : 'INVALID'}`,
      note: {
        code: ok ? 'signatureValid' : 'signatureInvalid',
        params: { alg: 'RSA-PSS/SHA-256 (salt 32)' },
      },
    };
  }
  return {
    ok: false,
    detail: `unsupported signature scheme ${schemeName(scheme)}`,
    note: { code: 'unsupportedScheme', params: { scheme: schemeName(scheme) } },
  };
}
