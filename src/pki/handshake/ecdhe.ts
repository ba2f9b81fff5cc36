/** Ephemeral ECDHE on P-256 with WebCrypto (RFC 8446 §4.2.8.2, §7.4.2). */
import { TlsAlert } from './alerts';
import { buf } from './wire';

const P256 = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** A fresh ephemeral key pair and its UncompressedPointRepresentation (0x04 || X || Y). */
export async function generateKeyShare(): Promise<{ privateKey: CryptoKey; point: Uint8Array }> {
  const pair = (await globalThis.crypto.subtle.generateKey(P256, false, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const point = new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', pair.publicKey));
  return { privateKey: pair.privateKey, point };
}

/**
 * Imports the peer's key share. It must be an uncompressed point of 65 bytes and lie on the
 * curve (RFC 8446 §4.2.8.2: peers MUST validate each other's public key); anything else is
 * illegal_parameter.
 */
export async function importKeyShare(point: Uint8Array): Promise<CryptoKey> {
  if (point.length !== 65 || point[0] !== 0x04) {
    throw new TlsAlert(
      'illegal_parameter',
      'bad-key-share',
      `The peer's P-256 key share is not an uncompressed point (${point.length} bytes).`,
    );
  }
  try {
    return await globalThis.crypto.subtle.importKey('raw', buf(point), P256, false, []);
  } catch {
    throw new TlsAlert(
      'illegal_parameter',
      'bad-key-share',
      "The peer's key share is not a point on the P-256 curve.",
    );
  }
}

/** The ECDHE shared secret: the x-coordinate of the shared point, 32 bytes (RFC 8446 §7.4.2). */
export async function sharedSecret(privateKey: CryptoKey, peer: CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(
    await globalThis.crypto.subtle.deriveBits({ name: 'ECDH', public: peer }, privateKey, 256),
  );
}
