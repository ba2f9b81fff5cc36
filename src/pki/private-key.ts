/**
 * PKCS#8 private keys through WebCrypto, and whether a key belongs to a certificate, as
 * go-spiffe's x509svid.Parse checks ("leaf certificate does not match private key").
 */
import type { X509Certificate } from '@peculiar/x509';

/** WebCrypto refuses a PKCS#8 key whose algorithm or curve differs, so we try each in turn. */
const CANDIDATES: (RsaHashedImportParams | EcKeyImportParams)[] = [
  { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
  { name: 'ECDSA', namedCurve: 'P-256' },
  { name: 'ECDSA', namedCurve: 'P-384' },
  { name: 'ECDSA', namedCurve: 'P-521' },
];

/** Imports a PKCS#8 RSA or ECDSA (P-256/384/521) private key; null if it is none of those. */
export async function importPkcs8PrivateKey(der: Uint8Array): Promise<CryptoKey | null> {
  for (const algorithm of CANDIDATES) {
    try {
      return await globalThis.crypto.subtle.importKey(
        'pkcs8',
        new Uint8Array(der),
        algorithm,
        true,
        ['sign'],
      );
    } catch {
      // not this algorithm; try the next
    }
  }
  return null;
}

/** The public half of a JWK, as a comparable string. */
function publicJwk(jwk: JsonWebKey): string {
  return jwk.kty === 'RSA' ? `RSA:${jwk.n}:${jwk.e}` : `${jwk.kty}:${jwk.crv}:${jwk.x}:${jwk.y}`;
}

/** True when `key` is the private key for `cert`'s public key. */
export async function privateKeyMatches(key: CryptoKey, cert: X509Certificate): Promise<boolean> {
  try {
    const subtle = globalThis.crypto.subtle;
    const priv = await subtle.exportKey('jwk', key);
    const pub = await cert.publicKey.export(key.algorithm, ['verify'], globalThis.crypto);
    return publicJwk(priv) === publicJwk(await subtle.exportKey('jwk', pub));
  } catch {
    // Different key types (an RSA key for an EC certificate) fail to import: not a match.
    return false;
  }
}
