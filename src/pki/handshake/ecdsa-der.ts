/**
 * ECDSA signature forms for CertificateVerify: WebCrypto speaks IEEE P1363 (r || s), TLS 1.3
 * carries DER `ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }` (RFC 8446 §4.2.3).
 * Kept private to the handshake so it has no dependency on modules still being written.
 */

function derInteger(value: Uint8Array): Uint8Array {
  let v = value;
  while (v.length > 1 && v[0] === 0) v = v.subarray(1);
  const pad = (v[0] ?? 0) & 0x80 ? 1 : 0;
  const out = new Uint8Array(2 + pad + v.length);
  out[0] = 0x02;
  out[1] = pad + v.length;
  out.set(v, 2 + pad);
  return out;
}

/** P1363 `r || s` (each `size` bytes) to DER; short-form lengths suffice up to P-384. */
export function ecdsaRawToDer(raw: Uint8Array, size: number): Uint8Array {
  if (raw.length !== 2 * size)
    throw new RangeError(`expected ${2 * size} bytes, got ${raw.length}`);
  const r = derInteger(raw.subarray(0, size));
  const s = derInteger(raw.subarray(size));
  const out = new Uint8Array(2 + r.length + s.length);
  out[0] = 0x30;
  out[1] = r.length + s.length;
  out.set(r, 2);
  out.set(s, 2 + r.length);
  return out;
}

/**
 * DER to P1363, strictly: one SEQUENCE of two minimal positive INTEGERs that fit `size`
 * bytes, nothing trailing. Returns undefined for anything else (an invalid signature).
 */
export function ecdsaDerToRaw(der: Uint8Array, size: number): Uint8Array | undefined {
  if (der[0] !== 0x30 || der[1] !== der.length - 2 || der[1] >= 0x80) return undefined;
  const out = new Uint8Array(2 * size);
  let at = 2;
  for (let i = 0; i < 2; i++) {
    const len = der[at + 1] ?? 0;
    if (der[at] !== 0x02 || len === 0 || at + 2 + len > der.length) return undefined;
    let v = der.subarray(at + 2, at + 2 + len);
    if ((v[0] ?? 0) & 0x80) return undefined;
    if (v[0] === 0 && v.length > 1) {
      if (!((v[1] ?? 0) & 0x80)) return undefined;
      v = v.subarray(1);
    }
    if (v.length > size) return undefined;
    out.set(v, (i + 1) * size - v.length);
    at += 2 + len;
  }
  return at === der.length ? out : undefined;
}
