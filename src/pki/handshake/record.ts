/**
 * Record protection (RFC 8446 §5.2-5.3) with AES-GCM on WebCrypto: TLSInnerPlaintext is the
 * content followed by its real content type (no padding), the additional data is the
 * TLSCiphertext header, and the nonce is the write IV XOR the 64-bit sequence number.
 */
import { toHex } from '../hex';
import { deriveTrafficKey, type HashName } from './key-schedule';
import { buf, concat, DecodeError, Reader, uint } from './wire';

/** The cipher suites this sandbox implements (RFC 8446 §B.4). */
export const CIPHER_SUITES = {
  TLS_AES_128_GCM_SHA256: { code: 0x1301, hash: 'SHA-256', keyLength: 16 },
  TLS_AES_256_GCM_SHA384: { code: 0x1302, hash: 'SHA-384', keyLength: 32 },
} as const satisfies Record<string, { code: number; hash: HashName; keyLength: number }>;

/** A cipher suite name. */
export type CipherSuiteName = keyof typeof CIPHER_SUITES;

/** The suite with this code point, if we implement it. */
export function suiteByCode(code: number): CipherSuiteName | undefined {
  return (Object.keys(CIPHER_SUITES) as CipherSuiteName[]).find(
    (n) => CIPHER_SUITES[n].code === code,
  );
}

/** ContentType values (RFC 8446 §5.1). */
export const CONTENT_TYPE = { alert: 21, handshake: 22, application_data: 23 } as const;

/** One direction's keys: write_key, write_iv and the record sequence number (RFC 8446 §5.3). */
export interface RecordKeys {
  suite: CipherSuiteName;
  key: CryptoKey;
  keyHex: string;
  iv: Uint8Array;
  seq: bigint;
}

/** Derives and imports a direction's AES-GCM key and IV from a traffic secret (RFC 8446 §7.3). */
export async function recordKeys(suite: CipherSuiteName, secret: Uint8Array): Promise<RecordKeys> {
  const { hash, keyLength } = CIPHER_SUITES[suite];
  const { key, iv } = await deriveTrafficKey(hash, secret, keyLength);
  const cryptoKey = await globalThis.crypto.subtle.importKey('raw', buf(key), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  return { suite, key: cryptoKey, keyHex: toHex(key), iv, seq: 0n };
}

/** The per-record nonce: the 64-bit sequence number, left-padded to iv_length, XOR write_iv (RFC 8446 §5.3). */
export function recordNonce(iv: Uint8Array, seq: bigint): Uint8Array {
  const nonce = new Uint8Array(iv);
  const seqBytes = uint(0, 8);
  new DataView(seqBytes.buffer).setBigUint64(0, seq);
  for (let i = 0; i < 8; i++) {
    const at = nonce.length - 8 + i;
    nonce[at] = (nonce[at] ?? 0) ^ (seqBytes[i] ?? 0);
  }
  return nonce;
}

/** A protected record as it would cross the wire. */
export interface SealedRecord {
  /** opaque_type(23) || legacy_record_version(0x0303) || length || encrypted_record */
  record: Uint8Array;
  nonce: Uint8Array;
  seq: bigint;
}

const header = (length: number) =>
  concat(uint(CONTENT_TYPE.application_data, 1), uint(0x0303, 2), uint(length, 2));

/** Encrypts one record and advances the sequence number (RFC 8446 §5.2). */
export async function sealRecord(
  keys: RecordKeys,
  contentType: number,
  content: Uint8Array,
): Promise<SealedRecord> {
  const seq = keys.seq;
  const nonce = recordNonce(keys.iv, seq);
  const inner = concat(content, uint(contentType, 1));
  const aad = header(inner.length + 16);
  const ciphertext = new Uint8Array(
    await globalThis.crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: buf(nonce), additionalData: buf(aad), tagLength: 128 },
      keys.key,
      buf(inner),
    ),
  );
  keys.seq += 1n;
  return { record: concat(aad, ciphertext), nonce, seq };
}

/** Why a record did not open: maps to bad_record_mac (RFC 8446 §5.2). */
export class RecordError extends Error {
  override name = 'RecordError';
}

/**
 * Decrypts one record and advances the sequence number; throws {@link RecordError} when the
 * AEAD tag does not verify (wrong key, wrong sequence number, or modified bytes).
 */
export async function openRecord(
  keys: RecordKeys,
  record: Uint8Array,
): Promise<{ contentType: number; content: Uint8Array; nonce: Uint8Array; seq: bigint }> {
  const r = new Reader(record);
  const type = r.uint(1);
  r.uint(2); // legacy_record_version
  const ciphertext = r.vec(2);
  r.end('TLSCiphertext');
  if (type !== CONTENT_TYPE.application_data) throw new DecodeError('opaque_type must be 23');
  const aad = record.subarray(0, 5);
  const seq = keys.seq;
  const nonce = recordNonce(keys.iv, seq);
  let inner: Uint8Array;
  try {
    inner = new Uint8Array(
      await globalThis.crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: buf(nonce), additionalData: buf(aad), tagLength: 128 },
        keys.key,
        buf(ciphertext),
      ),
    );
  } catch {
    throw new RecordError(`AES-GCM tag did not verify for record ${seq}`);
  }
  keys.seq += 1n;
  // Strip zero padding, then the real content type is the last non-zero byte (RFC 8446 §5.2).
  let end = inner.length;
  while (end > 0 && inner[end - 1] === 0) end--;
  if (end === 0) throw new DecodeError('record has no content type');
  return { contentType: inner[end - 1] ?? 0, content: inner.subarray(0, end - 1), nonce, seq };
}
