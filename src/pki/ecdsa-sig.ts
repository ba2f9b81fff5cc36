/**
 * ECDSA signature forms. WebCrypto signs and verifies the IEEE P1363 form (r || s, each
 * left-padded to the curve size); X.509 and PKCS#10 carry DER
 * `Ecdsa-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }` (RFC 5480 / RFC 3279 2.2.3).
 */
import { type Bytes, DerError, integer, sequence, Tag } from './der';
import { children, readOnly } from './der-reader';

/** Octets per component: P-256 and P-384. */
export type EcComponentLength = 32 | 48;

/** P1363 `r || s` to DER Ecdsa-Sig-Value. */
export function p1363ToDer(raw: Uint8Array): Bytes {
  if (raw.length !== 64 && raw.length !== 96) {
    throw new RangeError(`P1363 signature must be 64 or 96 bytes, got ${raw.length}`);
  }
  const half = raw.length / 2;
  return sequence(integer(raw.subarray(0, half)), integer(raw.subarray(half)));
}

/**
 * DER Ecdsa-Sig-Value to P1363 `r || s`. Strict: minimal, positive INTEGERs that fit the
 * curve size, nothing trailing. Throws DerError otherwise.
 */
export function derToP1363(der: Uint8Array, componentLength: EcComponentLength): Bytes {
  const seq = readOnly(der, Tag.SEQUENCE);
  const parts = children(der, seq);
  if (parts.length !== 2) throw new DerError('Ecdsa-Sig-Value must hold exactly r and s');
  const out = new Uint8Array(componentLength * 2);
  parts.forEach((t, i) => {
    if (t.tag !== Tag.INTEGER || t.length === 0) throw new DerError('r and s must be INTEGERs');
    let v = der.subarray(t.valueOffset, t.end);
    if (v[0]! & 0x80) throw new DerError('negative INTEGER in an ECDSA signature');
    if (v[0] === 0 && v.length > 1) {
      if (!(v[1]! & 0x80)) throw new DerError('non-minimal INTEGER in an ECDSA signature');
      v = v.subarray(1);
    }
    if (v.length > componentLength) throw new DerError('ECDSA component larger than the curve');
    out.set(v, (i + 1) * componentLength - v.length);
  });
  return out;
}
