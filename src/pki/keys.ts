/**
 * Workload and CA key pairs on WebCrypto (globalThis.crypto.subtle, Node 20 and browsers):
 * ECDSA P-256 with SHA-256, or RSASSA-PKCS1-v1_5 2048 with SHA-256. Signatures cross this
 * module's boundary in their X.509 form (DER Ecdsa-Sig-Value for ECDSA).
 */
import { type Bytes, DerError, nullValue, sequence, Tag, toPem } from './der';
import { children, decodeOid, expectTag, readBitStringBytes, readOnly } from './der-reader';
import { derToP1363, p1363ToDer } from './ecdsa-sig';
import { OID, OID_DER } from './oids';

export type KeyAlgorithm = 'ECDSA_P256' | 'RSA_2048';

export interface KeyPair {
  algorithm: KeyAlgorithm;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** SubjectPublicKeyInfo DER (RFC 5280 4.1.2.7). */
  spki: Uint8Array;
}

/** Why a public key was refused. */
export class KeyError extends Error {
  override name = 'KeyError';
  constructor(
    readonly code: 'malformed' | 'unsupported-key',
    message: string,
  ) {
    super(message);
  }
}

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
/** WebCrypto's typings want ArrayBuffer-backed views; ours always are. */
export const bs = (u: Uint8Array): BufferSource => u as Uint8Array<ArrayBuffer>;

const EC_KEY = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const EC_SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;
const RSA_IMPORT = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
const RSA_KEY = { ...RSA_IMPORT, modulusLength: 2048, publicExponent: Uint8Array.of(1, 0, 1) };

/**
 * The signature AlgorithmIdentifier each key signs with: ecdsa-with-SHA256 with parameters
 * absent (RFC 5758 3.2), sha256WithRSAEncryption with NULL parameters (RFC 4055 5).
 */
export const SIGNATURE_ALGORITHM: Record<KeyAlgorithm, { oid: string; der: Uint8Array }> = {
  ECDSA_P256: { oid: OID.ecdsaWithSha256, der: sequence(OID_DER.ecdsaWithSha256) },
  RSA_2048: { oid: OID.sha256WithRsa, der: sequence(OID_DER.sha256WithRsa, nullValue()) },
};

/** A fresh extractable key pair (the inspector exports it as PEM) and its SPKI. */
export async function generateKeyPair(algorithm: KeyAlgorithm): Promise<KeyPair> {
  const params = algorithm === 'ECDSA_P256' ? EC_KEY : RSA_KEY;
  const pair = (await subtle().generateKey(params, true, ['sign', 'verify'])) as CryptoKeyPair;
  const spki = new Uint8Array(await subtle().exportKey('spki', pair.publicKey));
  return { algorithm, privateKey: pair.privateKey, publicKey: pair.publicKey, spki };
}

/**
 * Which algorithm an SPKI holds (RFC 5480 2.1.1 id-ecPublicKey with namedCurve P-256, or
 * RFC 3279 2.3.1 rsaEncryption), and the subjectPublicKey bits. Throws KeyError.
 */
export function inspectSpki(spki: Uint8Array): { algorithm: KeyAlgorithm; keyBits: Uint8Array } {
  let algOid: string;
  let params: string | null;
  let keyBits: Uint8Array;
  try {
    const [algId, bits] = children(spki, readOnly(spki, Tag.SEQUENCE));
    const [oidTlv, paramTlv, ...extra] = children(
      spki,
      expectTag(algId, Tag.SEQUENCE, 'algorithm'),
    );
    algOid = decodeOid(
      spki.subarray(expectTag(oidTlv, Tag.OID, 'algorithm OID').valueOffset, oidTlv!.end),
    );
    params =
      paramTlv?.tag === Tag.OID
        ? decodeOid(spki.subarray(paramTlv.valueOffset, paramTlv.end))
        : null;
    if (paramTlv && paramTlv.tag !== Tag.OID && paramTlv.tag !== Tag.NULL)
      throw new DerError('bad parameters');
    if (extra.length > 0) throw new DerError('extra AlgorithmIdentifier fields');
    keyBits = readBitStringBytes(spki, expectTag(bits, Tag.BIT_STRING, 'subjectPublicKey'));
  } catch (e) {
    throw new KeyError('malformed', `malformed SubjectPublicKeyInfo: ${(e as Error).message}`);
  }
  if (algOid === OID.ecPublicKey && params === OID.prime256v1)
    return { algorithm: 'ECDSA_P256', keyBits };
  if (algOid === OID.rsaEncryption) return { algorithm: 'RSA_2048', keyBits };
  const what = algOid === OID.ecPublicKey ? `EC curve ${params}` : `key algorithm ${algOid}`;
  throw new KeyError('unsupported-key', `unsupported ${what}: only P-256 and RSA 2048`);
}

/** Import a public key from SPKI DER, detecting EC vs RSA from its algorithm OID. */
export async function importSpki(
  spki: Uint8Array,
): Promise<{ algorithm: KeyAlgorithm; publicKey: CryptoKey }> {
  const { algorithm } = inspectSpki(spki);
  let publicKey: CryptoKey;
  try {
    const params = algorithm === 'ECDSA_P256' ? EC_KEY : RSA_IMPORT;
    publicKey = await subtle().importKey('spki', bs(spki), params, true, ['verify']);
  } catch (e) {
    throw new KeyError('malformed', `WebCrypto refused the public key: ${(e as Error).message}`);
  }
  const bits = (publicKey.algorithm as RsaHashedKeyAlgorithm).modulusLength;
  if (algorithm === 'RSA_2048' && bits !== 2048) {
    throw new KeyError('unsupported-key', `RSA ${bits} unsupported: only RSA 2048`);
  }
  return { algorithm, publicKey };
}

/** Sign with SHA-256; returns the X.509 form (DER Ecdsa-Sig-Value for ECDSA). */
export async function signWith(
  keys: Pick<KeyPair, 'algorithm' | 'privateKey'>,
  data: Uint8Array,
): Promise<Bytes> {
  if (keys.algorithm === 'RSA_2048') {
    return new Uint8Array(await subtle().sign(RSA_IMPORT.name, keys.privateKey, bs(data)));
  }
  return p1363ToDer(new Uint8Array(await subtle().sign(EC_SIGN, keys.privateKey, bs(data))));
}

/** Verify an X.509-form signature; a malformed ECDSA signature is simply invalid (false). */
export async function verifyWith(
  algorithm: KeyAlgorithm,
  publicKey: CryptoKey,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  if (algorithm === 'RSA_2048') {
    return subtle().verify(RSA_IMPORT.name, publicKey, bs(signature), bs(data));
  }
  let raw: Uint8Array;
  try {
    raw = derToP1363(signature, 32);
  } catch {
    return false;
  }
  return subtle().verify(EC_SIGN, publicKey, bs(raw), bs(data));
}

/** The private key as PKCS#8 PEM, 'PRIVATE KEY' (RFC 5208, RFC 7468 10). */
export async function exportPrivateKeyPem(keys: KeyPair): Promise<string> {
  return toPem('PRIVATE KEY', new Uint8Array(await subtle().exportKey('pkcs8', keys.privateKey)));
}
