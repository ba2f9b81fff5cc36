/**
 * The TLS 1.3 key schedule (RFC 8446 §7.1) on WebCrypto HMAC: HKDF-Extract and HKDF-Expand
 * (RFC 5869) written out, so every intermediate secret can be shown and checked against the
 * RFC 8448 traces. WebCrypto's own HKDF always does extract+expand together, which the
 * schedule cannot use (it expands the same PRK with many labels).
 */
import { ascii, buf, concat, uint, vec } from './wire';

/** The hash of the negotiated cipher suite (RFC 8446 §B.4). */
export type HashName = 'SHA-256' | 'SHA-384';

const subtle = () => globalThis.crypto.subtle;

/** Hash.length in bytes. */
export function hashLength(hash: HashName): number {
  return hash === 'SHA-256' ? 32 : 48;
}

/** Hash(data) with WebCrypto. */
export async function digest(hash: HashName, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().digest(hash, buf(data)));
}

/** HMAC-Hash(key, data) with WebCrypto (RFC 2104). */
export async function hmac(hash: HashName, key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const k = await subtle().importKey('raw', buf(key), { name: 'HMAC', hash }, false, ['sign']);
  return new Uint8Array(await subtle().sign('HMAC', k, buf(data)));
}

/** HKDF-Extract(salt, IKM) = HMAC-Hash(salt, IKM) (RFC 5869 §2.2). */
export function hkdfExtract(
  hash: HashName,
  salt: Uint8Array,
  ikm: Uint8Array,
): Promise<Uint8Array> {
  return hmac(hash, salt, ikm);
}

/** HKDF-Expand(PRK, info, L): T(i) = HMAC(PRK, T(i-1) | info | i), truncated to L (RFC 5869 §2.3). */
export async function hkdfExpand(
  hash: HashName,
  prk: Uint8Array,
  info: Uint8Array,
  length: number,
): Promise<Uint8Array> {
  const blocks: Uint8Array[] = [];
  let previous: Uint8Array = new Uint8Array(0);
  for (let i = 1; blocks.length * hashLength(hash) < length; i++) {
    previous = await hmac(hash, prk, concat(previous, info, uint(i, 1)));
    blocks.push(previous);
  }
  return concat(...blocks).subarray(0, length);
}

/** The HkdfLabel struct: uint16 length, opaque label<7..255> = "tls13 " + Label, opaque context<0..255> (RFC 8446 §7.1). */
export function hkdfLabel(length: number, label: string, context: Uint8Array): Uint8Array {
  return concat(uint(length, 2), vec(1, ascii(`tls13 ${label}`)), vec(1, context));
}

/** HKDF-Expand-Label(Secret, Label, Context, Length) (RFC 8446 §7.1). */
export function hkdfExpandLabel(
  hash: HashName,
  secret: Uint8Array,
  label: string,
  context: Uint8Array,
  length: number,
): Promise<Uint8Array> {
  return hkdfExpand(hash, secret, hkdfLabel(length, label, context), length);
}

/**
 * Derive-Secret(Secret, Label, Messages) = HKDF-Expand-Label(Secret, Label,
 * Transcript-Hash(Messages), Hash.length) (RFC 8446 §7.1). Takes the transcript hash already
 * computed, because each side hashes its own transcript.
 */
export function deriveSecret(
  hash: HashName,
  secret: Uint8Array,
  label: string,
  transcriptHash: Uint8Array,
): Promise<Uint8Array> {
  return hkdfExpandLabel(hash, secret, label, transcriptHash, hashLength(hash));
}

/** Secrets up to the handshake traffic secrets, for a (EC)DHE-only handshake without PSK. */
export interface HandshakeSecrets {
  earlySecret: Uint8Array;
  handshakeSecret: Uint8Array;
  clientHandshakeTrafficSecret: Uint8Array;
  serverHandshakeTrafficSecret: Uint8Array;
  masterSecret: Uint8Array;
}

/**
 * The left column of the RFC 8446 §7.1 diagram: PSK = 0 -> Early Secret -> "derived" ->
 * (EC)DHE -> Handshake Secret -> "c hs traffic"/"s hs traffic" over ClientHello...ServerHello
 * -> "derived" -> 0 -> Master Secret.
 */
export async function deriveHandshakeSecrets(
  hash: HashName,
  sharedSecret: Uint8Array,
  helloHash: Uint8Array,
): Promise<HandshakeSecrets> {
  const zeros = new Uint8Array(hashLength(hash));
  const emptyHash = await digest(hash, new Uint8Array(0));
  const earlySecret = await hkdfExtract(hash, zeros, zeros);
  const handshakeSalt = await deriveSecret(hash, earlySecret, 'derived', emptyHash);
  const handshakeSecret = await hkdfExtract(hash, handshakeSalt, sharedSecret);
  const masterSalt = await deriveSecret(hash, handshakeSecret, 'derived', emptyHash);
  return {
    earlySecret,
    handshakeSecret,
    clientHandshakeTrafficSecret: await deriveSecret(
      hash,
      handshakeSecret,
      'c hs traffic',
      helloHash,
    ),
    serverHandshakeTrafficSecret: await deriveSecret(
      hash,
      handshakeSecret,
      's hs traffic',
      helloHash,
    ),
    masterSecret: await hkdfExtract(hash, masterSalt, zeros),
  };
}

/** "c ap traffic" / "s ap traffic" over ClientHello...server Finished (RFC 8446 §7.1). */
export async function deriveApplicationSecrets(
  hash: HashName,
  masterSecret: Uint8Array,
  serverFinishedHash: Uint8Array,
): Promise<{ client: Uint8Array; server: Uint8Array }> {
  return {
    client: await deriveSecret(hash, masterSecret, 'c ap traffic', serverFinishedHash),
    server: await deriveSecret(hash, masterSecret, 's ap traffic', serverFinishedHash),
  };
}

/** write_key and write_iv from a traffic secret (RFC 8446 §7.3). */
export async function deriveTrafficKey(
  hash: HashName,
  secret: Uint8Array,
  keyLength: number,
): Promise<{ key: Uint8Array; iv: Uint8Array }> {
  return {
    key: await hkdfExpandLabel(hash, secret, 'key', new Uint8Array(0), keyLength),
    iv: await hkdfExpandLabel(hash, secret, 'iv', new Uint8Array(0), 12),
  };
}

/**
 * Finished.verify_data = HMAC(finished_key, Transcript-Hash(Handshake Context, Certificate*,
 * CertificateVerify*)), finished_key = HKDF-Expand-Label(BaseKey, "finished", "", Hash.length)
 * (RFC 8446 §4.4.4).
 */
export async function finishedVerifyData(
  hash: HashName,
  baseKey: Uint8Array,
  transcriptHash: Uint8Array,
): Promise<Uint8Array> {
  const finishedKey = await hkdfExpandLabel(
    hash,
    baseKey,
    'finished',
    new Uint8Array(0),
    hashLength(hash),
  );
  return hmac(hash, finishedKey, transcriptHash);
}

/**
 * The handshake transcript one side has seen: the concatenated Handshake messages (RFC 8446
 * §4.4.1). The hash is chosen per call because the client sends ClientHello before the
 * cipher suite (and so the hash) is known.
 */
export class Transcript {
  private readonly messages: Uint8Array[] = [];

  /** Adds a handshake message (header included) as this side received or sent it. */
  add(message: Uint8Array): void {
    this.messages.push(new Uint8Array(message));
  }

  /** Transcript-Hash(messages so far). */
  current(hash: HashName): Promise<Uint8Array> {
    return digest(hash, concat(...this.messages));
  }
}
