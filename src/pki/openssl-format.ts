/**
 * Small helpers for openssl-text.ts: a minimal DER reader (only what the text view needs) and
 * OpenSSL's hex and name layouts.
 */

/** One DER element: its tag, content bytes and, for OBJECT IDENTIFIERs, the dotted OID. */
export interface Tlv {
  tag: number;
  value: Uint8Array;
  end: number;
  oid?: string;
}

function decodeOid(bytes: Uint8Array): string {
  const parts: number[] = [];
  let acc = 0;
  for (const b of bytes) {
    acc = acc * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) {
      if (parts.length === 0)
        parts.push(acc < 80 ? Math.floor(acc / 40) : 2, acc < 80 ? acc % 40 : acc - 80);
      else parts.push(acc);
      acc = 0;
    }
  }
  return parts.join('.');
}

/** Reads the DER element at `offset` (X.690 8.1); throws on truncation. */
export function readTlv(bytes: Uint8Array, offset: number): Tlv {
  const tag = bytes[offset];
  let length = bytes[offset + 1];
  if (tag === undefined || length === undefined) throw new Error(`DER cut off at byte ${offset}`);
  let start = offset + 2;
  if (length > 0x80) {
    const count = length & 0x7f;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] ?? 0);
    start += count;
  }
  const end = start + length;
  if (end > bytes.length) throw new Error(`DER element at byte ${offset} runs past the end`);
  const value = bytes.subarray(start, end);
  return tag === 0x06 ? { tag, value, end, oid: decodeOid(value) } : { tag, value, end };
}

/** All DER elements inside `content` (the value of a SEQUENCE, SET or context tag). */
export function tlvChildren(content: Uint8Array): Tlv[] {
  const out: Tlv[] = [];
  for (let offset = 0; offset < content.length; ) {
    const tlv = readTlv(content, offset);
    out.push(tlv);
    offset = tlv.end;
  }
  return out;
}

/** A DER INTEGER's content as a non-negative bigint (sign byte ignored). */
export function unsignedBigInt(bytes: Uint8Array): bigint {
  let v = 0n;
  for (const b of bytes) v = v * 256n + BigInt(b);
  return v;
}

/** "0f:1e:2d" from ["0f","1e","2d"]. */
export function colonHex(bytes: string[]): string {
  return bytes.join(':');
}

/** OpenSSL's hex dump: `perLine` bytes a line, every line but the last ends in ':'. */
export function hexBlock(bytes: string[], perLine: number, indent: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += perLine) {
    const chunk = bytes.slice(i, i + perLine).join(':');
    lines.push(`${' '.repeat(indent)}${chunk}${i + perLine < bytes.length ? ':' : ''}`);
  }
  return lines;
}

const SHORT_NAMES: Record<string, string> = { E: 'emailAddress', G: 'GN' };

function quote(value: string): string {
  return /[,+"\\<>;]/.test(value) ? `"${value.replace(/(["\\])/g, '\\$1')}"` : value;
}

/** A Name as OpenSSL 3's default -nameopt prints it: "C = US, O = SPIRE, CN = example.org". */
export function opensslName(rdns: Record<string, string[]>[]): string {
  return rdns
    .map((rdn) =>
      Object.entries(rdn)
        .flatMap(([type, values]) =>
          values.map((v) => `${SHORT_NAMES[type] ?? type} = ${quote(v)}`),
        )
        .join(' + '),
    )
    .join(', ');
}
