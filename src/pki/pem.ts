/**
 * PEM (RFC 7468) and DER framing, with no dependencies so it runs the same in Node and the
 * browser. Text outside BEGIN/END lines is ignored, as Go's encoding/pem and OpenSSL do, but
 * garbage *inside* a block is an error: a silently skipped certificate is a confusing lesson.
 */

/** A PEM block: its label (CERTIFICATE, PRIVATE KEY, ...) and the DER bytes it carries. */
export interface PemBlock {
  label: string;
  der: Uint8Array;
}

/** Malformed PEM text: an unterminated block, mismatched labels or bad base64. */
export class PemError extends Error {
  override name = 'PemError';
}

/** Bytes that are not a sequence of complete DER SEQUENCE elements. */
export class DerError extends Error {
  override name = 'DerError';
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked so large inputs do not overflow the argument limit of String.fromCharCode.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** DER to PEM: base64 in 64-column lines (RFC 7468 section 2), ending with a newline. */
export function toPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  const b64 = toBase64(der);
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 64) lines.push(b64.slice(i, i + 64));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}${lines.length ? '\n' : ''}-----END ${label}-----\n`;
}

const BEGIN = /^-----BEGIN ([^-]*)-----\s*$/;
const END = /^-----END ([^-]*)-----\s*$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Every PEM block in `text`, in order; [] when there is none.
 * Throws PemError, naming the block and line, when a block is broken.
 */
export function parsePem(text: string): PemBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: PemBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const begin = BEGIN.exec(lines[i]!.trim());
    if (!begin) continue;
    const label = begin[1]!;
    const n = blocks.length + 1;
    const startLine = i + 1;
    let body = '';
    let ended = false;
    for (i++; i < lines.length; i++) {
      const line = lines[i]!.trim();
      const end = END.exec(line);
      if (end) {
        if (end[1] !== label) {
          throw new PemError(
            `PEM block ${n} begins as '${label}' on line ${startLine} but ends as '${end[1]}' on line ${i + 1}`,
          );
        }
        ended = true;
        break;
      }
      // RFC 1421 encapsulated headers (e.g. "Proc-Type: 4,ENCRYPTED") are not base64.
      if (/^[A-Za-z-]+:/.test(line)) continue;
      const bad = /[^A-Za-z0-9+/=\s]/.exec(line);
      if (bad) {
        throw new PemError(
          `PEM block ${n} (${label}) contains '${bad[0]}' on line ${i + 1}, which is not base64`,
        );
      }
      body += line.replace(/\s+/g, '');
    }
    if (!ended) {
      throw new PemError(
        `PEM block ${n} (${label}) starting on line ${startLine} has no '-----END ${label}-----' line`,
      );
    }
    if (body.length % 4 !== 0 || !BASE64.test(body)) {
      throw new PemError(
        `PEM block ${n} (${label}) starting on line ${startLine} is not valid base64 (wrong length or padding)`,
      );
    }
    const binary = atob(body);
    const der = new Uint8Array(binary.length);
    for (let j = 0; j < binary.length; j++) der[j] = binary.charCodeAt(j);
    blocks.push({ label, der });
  }
  return blocks;
}

/** Offset just past the DER element starting at `offset` (X.690 8.1: tag, length, value). */
function derElementEnd(bytes: Uint8Array, offset: number, index: number): number {
  if (bytes[offset] !== 0x30) {
    throw new DerError(
      `DER item ${index + 1} at byte ${offset} does not start with a SEQUENCE (0x30): this is not a certificate or key`,
    );
  }
  const first = bytes[offset + 1];
  if (first === undefined) throw new DerError(`DER item ${index + 1} at byte ${offset} is cut off`);
  let length = first;
  let header = 2;
  if (first === 0x80) {
    throw new DerError(`DER item ${index + 1} uses an indefinite length, which DER forbids`);
  }
  if (first > 0x80) {
    const count = first & 0x7f;
    if (count > 4) throw new DerError(`DER item ${index + 1} declares an absurd length`);
    length = 0;
    for (let k = 0; k < count; k++) {
      const b = bytes[offset + 2 + k];
      if (b === undefined) throw new DerError(`DER item ${index + 1} at byte ${offset} is cut off`);
      length = length * 256 + b;
    }
    header += count;
  }
  const end = offset + header + length;
  if (end > bytes.length) {
    throw new DerError(
      `DER item ${index + 1} at byte ${offset} claims ${length} bytes but only ${bytes.length - offset - header} follow`,
    );
  }
  return end;
}

/**
 * Splits concatenated DER (as in go-spiffe's ParseRaw and rust-spiffe's parse_from_der) into
 * its elements. Trailing bytes that do not form a whole element are an error, never ignored.
 */
export function splitDer(bytes: Uint8Array): Uint8Array[] {
  const items: Uint8Array[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const end = derElementEnd(bytes, offset, items.length);
    items.push(bytes.subarray(offset, end));
    offset = end;
  }
  return items;
}
