/**
 * A minimal DER (ITU-T X.690) encoder and TLV reader: just what X.509 certificates
 * (RFC 5280) and PKCS#10 requests (RFC 2986) need, fast enough for the issuance hot path.
 * Encoders return fresh Uint8Arrays; the reader returns offsets into the caller's buffer.
 */

/** Bytes backed by a plain ArrayBuffer: what WebCrypto and @peculiar/x509 accept as-is. */
export type Bytes = Uint8Array<ArrayBuffer>;

/** Universal tags (X.690 8.x) and the constructed forms used by X.509. */
export const Tag = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** Thrown on input that is not well-formed DER. */
export class DerError extends Error {
  override name = 'DerError';
}

const utf8 = new TextEncoder();

/** Definite length, shortest form (X.690 10.1). */
export function encodeLength(n: number): Bytes {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`bad DER length ${n}`);
  if (n < 0x80) return Uint8Array.of(n);
  if (n < 0x100) return Uint8Array.of(0x81, n);
  if (n < 0x10000) return Uint8Array.of(0x82, n >> 8, n & 0xff);
  if (n < 0x1000000) return Uint8Array.of(0x83, n >> 16, (n >> 8) & 0xff, n & 0xff);
  throw new RangeError(`DER length ${n} too large`);
}

/** One TLV: `tag`, then the length of, and the concatenation of, `parts`. */
export function tlv(tag: number, ...parts: Uint8Array[]): Bytes {
  let len = 0;
  for (const p of parts) len += p.length;
  if (len >= 0x1000000) throw new RangeError(`DER length ${len} too large`);
  const head = len < 0x80 ? 2 : len < 0x100 ? 3 : len < 0x10000 ? 4 : 5;
  const out = new Uint8Array(head + len);
  out[0] = tag;
  if (head === 2) out[1] = len;
  else {
    out[1] = 0x80 | (head - 2);
    for (let i = head - 1, v = len; i >= 2; i--, v >>>= 8) out[i] = v & 0xff;
  }
  let at = head;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Concatenate already-encoded TLVs. */
export function concat(...parts: Uint8Array[]): Bytes {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const sequence = (...items: Uint8Array[]): Bytes => tlv(Tag.SEQUENCE, ...items);

/** SET OF: DER orders the elements by their encodings (X.690 11.6). */
export function set(...items: Uint8Array[]): Bytes {
  return tlv(Tag.SET, ...[...items].sort(compareBytes));
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/**
 * INTEGER from an unsigned big-endian magnitude: minimal octets (X.690 8.3.2), with a 0x00
 * prefix when the top bit is set so the value stays non-negative.
 */
export function integer(magnitude: Uint8Array): Bytes {
  let i = 0;
  while (i < magnitude.length - 1 && magnitude[i] === 0) i++;
  const body = magnitude.length === 0 ? Uint8Array.of(0) : magnitude.subarray(i);
  return body[0]! & 0x80 ? tlv(Tag.INTEGER, Uint8Array.of(0), body) : tlv(Tag.INTEGER, body);
}

/** INTEGER from a small non-negative JS number (versions, path lengths). */
export function smallInteger(n: number): Bytes {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`bad small integer ${n}`);
  const bytes: number[] = [];
  for (let v = n; bytes.length === 0 || v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return integer(Uint8Array.from(bytes));
}

/** OBJECT IDENTIFIER from dotted form (X.690 8.19). Precompute constants at module load. */
export function oid(dotted: string): Bytes {
  const arcs = dotted.split('.').map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : Number.NaN));
  const [a, b] = arcs;
  if (arcs.length < 2 || arcs.some((x) => !Number.isSafeInteger(x)))
    throw new RangeError(`bad OID ${dotted}`);
  if (a! > 2 || (a! < 2 && b! >= 40)) throw new RangeError(`bad OID ${dotted}`);
  const out: number[] = [];
  for (const arc of [a! * 40 + b!, ...arcs.slice(2)]) {
    const septets = [arc % 128];
    for (let v = Math.floor(arc / 128); v > 0; v = Math.floor(v / 128))
      septets.unshift((v % 128) | 0x80);
    out.push(...septets);
  }
  return tlv(Tag.OID, Uint8Array.from(out));
}

/** BIT STRING with an explicit count of unused trailing bits (X.690 8.6). */
export function bitString(bytes: Uint8Array, unusedBits = 0): Bytes {
  if (unusedBits < 0 || unusedBits > 7 || (bytes.length === 0 && unusedBits !== 0)) {
    throw new RangeError(`bad unused-bit count ${unusedBits}`);
  }
  return tlv(Tag.BIT_STRING, Uint8Array.of(unusedBits), bytes);
}

/** Named-bit BIT STRING (KeyUsage): bit 0 is the MSB; trailing zero bits dropped (X.690 11.2.2). */
export function namedBits(bits: readonly number[]): Bytes {
  if (bits.length === 0) return bitString(new Uint8Array(0));
  const max = Math.max(...bits);
  const bytes = new Uint8Array((max >> 3) + 1);
  for (const b of bits) bytes[b >> 3]! |= 0x80 >> (b & 7);
  return bitString(bytes, 7 - (max & 7));
}

export const octetString = (bytes: Uint8Array): Bytes => tlv(Tag.OCTET_STRING, bytes);
export const utf8String = (s: string): Bytes => tlv(Tag.UTF8_STRING, utf8.encode(s));
export const boolean = (v: boolean): Bytes => Uint8Array.of(Tag.BOOLEAN, 1, v ? 0xff : 0);
export const nullValue = (): Bytes => Uint8Array.of(Tag.NULL, 0);

const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;
/** True when `s` fits PrintableString's alphabet (X.680 41.4). */
export const isPrintable = (s: string): boolean => PRINTABLE.test(s);

export function printableString(s: string): Bytes {
  if (!isPrintable(s)) throw new RangeError(`not a PrintableString: ${JSON.stringify(s)}`);
  return tlv(Tag.PRINTABLE_STRING, utf8.encode(s));
}

/** Bytes of an ASCII (IA5) string; throws on anything outside 0x00-0x7f. */
export function ascii(s: string): Bytes {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) throw new RangeError(`not an IA5String: ${JSON.stringify(s)}`);
    out[i] = c;
  }
  return out;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * Certificate time, second precision (floored), in UTC with 'Z': UTCTime (YYMMDDHHMMSSZ)
 * for 1950 through 2049, GeneralizedTime (YYYYMMDDHHMMSSZ) otherwise (RFC 5280 4.1.2.5).
 */
export function time(epochMs: number): Bytes {
  const d = new Date(Math.floor(epochMs / 1000) * 1000);
  const y = d.getUTCFullYear();
  if (Number.isNaN(y) || y < 0 || y > 9999) throw new RangeError(`time out of range: ${epochMs}`);
  const rest = `${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())}${pad2(d.getUTCHours())}${pad2(d.getUTCMinutes())}${pad2(d.getUTCSeconds())}Z`;
  if (y >= 1950 && y < 2050) return tlv(Tag.UTC_TIME, ascii(pad2(y % 100) + rest));
  return tlv(Tag.GENERALIZED_TIME, ascii(String(y).padStart(4, '0') + rest));
}

/** [n] EXPLICIT: a constructed context-specific wrapper around one encoded TLV. */
export const explicit = (n: number, inner: Uint8Array): Bytes => tlv(0xa0 | n, inner);

/** [n] IMPLICIT: replaces the tag; `constructed` for SEQUENCE/SET contents. */
export const implicit = (n: number, content: Uint8Array, constructed = false): Bytes =>
  tlv((constructed ? 0xa0 : 0x80) | n, content);

/** PEM armour (RFC 7468): base64 in 64-column lines. */
export function toPem(label: string, der: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < der.length; i += 0x8000)
    bin += String.fromCharCode(...der.subarray(i, i + 0x8000));
  const b64 = btoa(bin).replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}

/** The DER inside the first PEM block with `label`. */
export function fromPem(pem: string, label: string): Bytes {
  const m = new RegExp(`-----BEGIN ${label}-----([^-]*)-----END ${label}-----`).exec(pem);
  if (!m) throw new DerError(`no ${label} PEM block`);
  return Uint8Array.from(atob(m[1]!.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
}
