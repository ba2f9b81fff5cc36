/**
 * Byte helpers for the handshake: short hex, concatenation and the TLS presentation-language
 * vectors (RFC 8446 §3.4: a vector's length prefix is as wide as its maximum length).
 */

import { toHex } from '../hex';

/** Hex shortened for display: the first and last `keep` bytes around an ellipsis. */
export function shortHex(bytes: Uint8Array, keep = 8): string {
  if (bytes.length <= keep * 2) return toHex(bytes);
  return `${clippedHex(bytes, keep)} (${bytes.length} bytes)`;
}

/** The first and last `keep` bytes in hex, without the length: a value inside a sentence. */
export function clippedHex(bytes: Uint8Array, keep = 8): string {
  if (bytes.length <= keep * 2) return toHex(bytes);
  return `${toHex(bytes.subarray(0, keep))}…${toHex(bytes.subarray(bytes.length - keep))}`;
}

/** Concatenates byte arrays into a fresh one. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Constant-time-shaped equality (the simulation has no timing channel, but say what we mean). */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** A copy backed by its own ArrayBuffer, the shape WebCrypto's typings want. */
export function buf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

const utf8 = new TextEncoder();
/** UTF-8 bytes of a string. */
export function ascii(text: string): Uint8Array {
  return utf8.encode(text);
}

/** A big-endian unsigned integer of `width` bytes (RFC 8446 §3.3). */
export function uint(value: number, width: 1 | 2 | 3 | 8): Uint8Array {
  const out = new Uint8Array(width);
  let v = BigInt(value);
  for (let i = width - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  if (v !== 0n) throw new RangeError(`${value} does not fit in ${width} bytes`);
  return out;
}

/** A variable-length vector: `width`-byte length prefix, then the bytes (RFC 8446 §3.4). */
export function vec(width: 1 | 2 | 3, ...parts: Uint8Array[]): Uint8Array {
  const body = concat(...parts);
  return concat(uint(body.length, width), body);
}

/** Thrown by {@link Reader} when the bytes do not parse: maps to the decode_error alert. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

/** Reads the structures {@link uint} and {@link vec} write, checking every length. */
export class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  /** Bytes not yet read. */
  get remaining(): number {
    return this.bytes.length - this.at;
  }

  /** The next `n` bytes. */
  take(n: number): Uint8Array {
    if (n > this.remaining) throw new DecodeError(`needed ${n} bytes, ${this.remaining} left`);
    const out = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }

  /** An unsigned integer of `width` bytes. */
  uint(width: 1 | 2 | 3): number {
    return this.take(width).reduce((n, b) => n * 256 + b, 0);
  }

  /** A vector with a `width`-byte length prefix. */
  vec(width: 1 | 2 | 3): Uint8Array {
    return this.take(this.uint(width));
  }

  /** Fails unless every byte was consumed. */
  end(what: string): void {
    if (this.remaining !== 0) throw new DecodeError(`${this.remaining} trailing bytes in ${what}`);
  }
}
