/**
 * A strict DER (X.690) TLV reader: offsets into the caller's buffer, no copies, and a clear
 * DerError on anything DER forbids. Companion of der.ts (the encoder).
 */
import { DerError, Tag } from './der';
import { toHex } from './hex';

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** Where one TLV sits in a buffer. `end` is one past its last byte. */
export interface Tlv {
  tag: number;
  offset: number;
  headerLength: number;
  length: number;
  valueOffset: number;
  end: number;
}

/**
 * Read the TLV at `offset`, refusing what DER forbids: high tag numbers, indefinite or
 * non-minimal lengths (X.690 10.1), and lengths past `limit`.
 */
export function readTlv(buf: Uint8Array, offset = 0, limit = buf.length): Tlv {
  if (offset + 2 > limit) throw new DerError(`truncated TLV at ${offset}`);
  const tag = buf[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError(`high tag number at ${offset}`);
  let length = buf[offset + 1]!;
  let headerLength = 2;
  if (length & 0x80) {
    const n = length & 0x7f;
    if (n === 0) throw new DerError(`indefinite length at ${offset}`);
    if (n > 3) throw new DerError(`length too large at ${offset}`);
    if (offset + 2 + n > limit) throw new DerError(`truncated length at ${offset}`);
    length = 0;
    for (let i = 0; i < n; i++) length = length * 256 + buf[offset + 2 + i]!;
    if (length < 0x80 || buf[offset + 2] === 0)
      throw new DerError(`non-minimal length at ${offset}`);
    headerLength += n;
  }
  const valueOffset = offset + headerLength;
  const end = valueOffset + length;
  if (end > limit) throw new DerError(`TLV at ${offset} overruns its container`);
  return { tag, offset, headerLength, length, valueOffset, end };
}

/** Read a whole buffer that must hold exactly one TLV, optionally with a given tag. */
export function readOnly(buf: Uint8Array, tag?: number): Tlv {
  const t = readTlv(buf, 0);
  if (t.end !== buf.length) throw new DerError(`${buf.length - t.end} trailing bytes`);
  if (tag !== undefined && t.tag !== tag)
    throw new DerError(`expected tag 0x${toHex([tag])}, got 0x${toHex([t.tag])}`);
  return t;
}

/** The TLVs directly inside a constructed TLV, in order. */
export function children(buf: Uint8Array, parent: Tlv): Tlv[] {
  if (!(parent.tag & 0x20)) throw new DerError(`tag 0x${toHex([parent.tag])} is not constructed`);
  const out: Tlv[] = [];
  for (let at = parent.valueOffset; at < parent.end; ) {
    const t = readTlv(buf, at, parent.end);
    out.push(t);
    at = t.end;
  }
  return out;
}

/** Tag check with a readable message. */
export function expectTag(t: Tlv | undefined, tag: number, what: string): Tlv {
  if (!t) throw new DerError(`missing ${what}`);
  if (t.tag !== tag)
    throw new DerError(`${what}: expected tag 0x${toHex([tag])}, got 0x${toHex([t.tag])}`);
  return t;
}

/** The whole encoding (header and value), as a view. */
export const rawOf = (buf: Uint8Array, t: Tlv): Uint8Array => buf.subarray(t.offset, t.end);
/** The value octets, as a view. */
export const valueBytes = (buf: Uint8Array, t: Tlv): Uint8Array =>
  buf.subarray(t.valueOffset, t.end);

/** BIT STRING contents (without the unused-bits octet), insisting on whole octets. */
export function readBitStringBytes(buf: Uint8Array, t: Tlv): Uint8Array {
  if (t.tag !== Tag.BIT_STRING || t.length < 1) throw new DerError('expected a BIT STRING');
  if (buf[t.valueOffset] !== 0)
    throw new DerError('BIT STRING with unused bits where octets expected');
  return buf.subarray(t.valueOffset + 1, t.end);
}

/** Dotted OID from the value octets of an OBJECT IDENTIFIER. */
export function decodeOid(value: Uint8Array): string {
  if (value.length === 0 || value[value.length - 1]! & 0x80) throw new DerError('bad OID encoding');
  const arcs: number[] = [];
  let v = 0;
  for (let i = 0; i < value.length; i++) {
    const byte = value[i]!;
    if (v === 0 && byte === 0x80) throw new DerError('non-minimal OID arc');
    v = v * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      if (arcs.length === 0) arcs.push(v < 80 ? Math.floor(v / 40) : 2, v < 80 ? v % 40 : v - 80);
      else arcs.push(v);
      v = 0;
    }
  }
  return arcs.join('.');
}

/** Epoch ms from a UTCTime or GeneralizedTime in RFC 5280 4.1.2.5 form (seconds, 'Z'). */
export function decodeTime(buf: Uint8Array, t: Tlv): number {
  const s = String.fromCharCode(...valueBytes(buf, t));
  const utc = t.tag === Tag.UTC_TIME;
  const m = utc
    ? /^(\d\d)(\d{10})Z$/.exec(s)
    : t.tag === Tag.GENERALIZED_TIME
      ? /^(\d{4})(\d{10})Z$/.exec(s)
      : null;
  if (!m) throw new DerError(`bad certificate time ${JSON.stringify(s)}`);
  const yy = Number(m[1]);
  const year = !utc ? yy : yy >= 50 ? 1900 + yy : 2000 + yy;
  const d = m[2]!;
  const [mo, day, h, mi, sec] = [0, 2, 4, 6, 8].map((i) => Number(d.slice(i, i + 2))) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const at = new Date(0);
  at.setUTCFullYear(year, mo - 1, day); // not Date.UTC: it maps years 0-99 to 1900-1999
  at.setUTCHours(h, mi, sec, 0);
  if (at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== day || h > 23 || mi > 59 || sec > 59) {
    throw new DerError(`invalid date ${JSON.stringify(s)}`);
  }
  return at.getTime();
}

/** Text of a UTF8String, PrintableString or IA5String. */
export function decodeString(buf: Uint8Array, t: Tlv): string {
  const v = valueBytes(buf, t);
  if (t.tag === Tag.UTF8_STRING) return utf8Strict.decode(v);
  if (t.tag === Tag.PRINTABLE_STRING || t.tag === Tag.IA5_STRING) return asciiText(v);
  throw new DerError(`tag 0x${toHex([t.tag])} is not a string`);
}

/** Text of IA5 octets (also [6] IMPLICIT IA5String URIs); throws on bytes above 0x7f. */
export function asciiText(v: Uint8Array): string {
  let s = '';
  for (const c of v) {
    if (c > 0x7f) throw new DerError('non-ASCII byte in an IA5String');
    s += String.fromCharCode(c);
  }
  return s;
}
