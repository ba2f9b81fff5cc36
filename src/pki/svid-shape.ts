/**
 * The parse-level ("shape") rules of X509-SVID.md, in go-spiffe x509svid.Parse order, and the
 * types every SVID check returns. No dates, no signatures: see x509-path.ts for those.
 *
 * Strict mode (the default) adds two MUSTs that go-spiffe and rust-spiffe do not check: an
 * empty Subject needs a critical URI SAN (X509-SVID 3.1, RFC 5280 4.1.2.6) and the key usage
 * extension must be critical (X509-SVID 4.3). They run last, so they never change which
 * go-spiffe rule is reported first. rust-spiffe's empty-subject-name.der fixture breaks both;
 * we report it as 'san-not-critical' (strict) and accept it with { strict: false }.
 */

import {
  BasicConstraintsExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectAlternativeNameExtension,
  X509Certificate,
} from '@peculiar/x509';
import { toHex } from './hex';
import { Kept } from './kept';
import { DerError, splitDer } from './pem';
import { parseSpiffeId } from './spiffe-id';

/** Why an SVID was rejected; a stable key for programs and tests. */
export type SvidErrorCode =
  | 'empty-chain'
  | 'parse'
  | 'no-pem'
  | 'no-uri-san'
  | 'multiple-uri-san'
  | 'bad-spiffe-id'
  | 'root-path'
  | 'leaf-ca'
  | 'leaf-no-digital-signature'
  | 'leaf-key-cert-sign'
  | 'leaf-crl-sign'
  | 'signer-not-ca'
  | 'signer-no-key-cert-sign'
  | 'san-not-critical'
  | 'key-usage-not-critical'
  | 'bad-trust-domain'
  | 'trust-domain-mismatch'
  | 'no-bundle'
  | 'bundle-parse'
  | 'unknown-authority'
  | 'bad-signature'
  | 'expired'
  | 'not-yet-valid'
  | 'path-len'
  | 'unhandled-critical-extension'
  | 'rfc5280-profile'
  | 'name-constraints'
  | 'key-parse'
  | 'no-private-key'
  | 'key-mismatch';

/** The outcome of an SVID check: the identity and parsed chain, or the first rule broken. */
export type SvidCheck =
  | { ok: true; spiffeId: string; trustDomain: string; path: string; chain: X509Certificate[] }
  | { ok: false; code: SvidErrorCode; error: string; certIndex?: number };

export type SvidFailure = Extract<SvidCheck, { ok: false }>;

/** `strict` (default true) adds the X509-SVID 3.1 and 4.3 criticality rules. */
export interface ShapeOptions {
  strict?: boolean;
}

export function svidFail(code: SvidErrorCode, error: string, certIndex?: number): SvidFailure {
  return certIndex === undefined
    ? { ok: false, code, error }
    : { ok: false, code, error, certIndex };
}

/** Parses one DER certificate; the DER must be exactly one element (no trailing bytes). */
export function parseCertificateDer(der: Uint8Array, index: number): X509Certificate | SvidFailure {
  const who = index === 0 ? 'The leaf certificate (#1)' : `Certificate #${index + 1}`;
  try {
    const items = splitDer(der);
    if (items.length !== 1) {
      return svidFail(
        'parse',
        `${who} is followed by ${items.length - 1} extra DER item(s)`,
        index,
      );
    }
    return new X509Certificate(new Uint8Array(der));
  } catch (e) {
    const why = e instanceof DerError ? e.message : 'it is not a valid X.509 certificate';
    return svidFail('parse', `${who} could not be parsed: ${why}`, index);
  }
}

/** Parses every certificate, or reports the first that fails. */
export function parseChain(chain: Uint8Array[]): X509Certificate[] | SvidFailure {
  const certs: X509Certificate[] = [];
  for (let i = 0; i < chain.length; i++) {
    const cert = parseCertificateDer(chain[i]!, i);
    if (!(cert instanceof X509Certificate)) return cert;
    certs.push(cert);
  }
  return certs;
}

function signerName(cert: X509Certificate, i: number): string {
  return `Certificate #${i + 1} (${cert.subject ? `"${cert.subject}"` : 'with an empty subject'})`;
}

function has(cert: X509Certificate, flag: KeyUsageFlags): boolean {
  const ku = cert.getExtension(KeyUsagesExtension);
  return ku !== null && (ku.usages & flag) !== 0;
}

function isCa(cert: X509Certificate): boolean {
  return cert.getExtension(BasicConstraintsExtension)?.ca === true;
}

function uriSans(cert: X509Certificate): string[] | SvidFailure {
  try {
    const san = cert.getExtension(SubjectAlternativeNameExtension);
    return san ? san.names.items.filter((n) => n.type === 'url').map((n) => n.value) : [];
  } catch {
    return svidFail(
      'parse',
      'The leaf certificate (#1) has a subjectAltName extension that could not be read',
      0,
    );
  }
}

function strictLeafChecks(leaf: X509Certificate): SvidFailure | null {
  const san = leaf.getExtension(SubjectAlternativeNameExtension);
  if (leaf.subjectName.toJSON().length === 0 && san && !san.critical) {
    return svidFail(
      'san-not-critical',
      'The leaf certificate (#1) has an empty Subject, so its URI SAN extension must be marked critical (X509-SVID 3.1, RFC 5280 4.1.2.6); it is not',
      0,
    );
  }
  const ku = leaf.getExtension(KeyUsagesExtension);
  if (ku && !ku.critical) {
    return svidFail(
      'key-usage-not-critical',
      'The leaf certificate (#1) has a key usage extension that is not marked critical (X509-SVID 4.3 says it MUST be)',
      0,
    );
  }
  return null;
}

/** The shape rules on parsed certificates (see checkSvidShape). */
export function checkParsedShape(certs: X509Certificate[], opts: ShapeOptions = {}): SvidCheck {
  const leaf = certs[0];
  if (!leaf)
    return svidFail(
      'empty-chain',
      'No certificates were found: an SVID needs at least its leaf certificate',
    );
  const uris = uriSans(leaf);
  if (!Array.isArray(uris)) return uris;
  if (uris.length === 0) {
    return svidFail(
      'no-uri-san',
      'The leaf certificate (#1) has no URI SAN, so it carries no SPIFFE ID (X509-SVID 2)',
      0,
    );
  }
  if (uris.length > 1) {
    return svidFail(
      'multiple-uri-san',
      `The leaf certificate (#1) has ${uris.length} URI SANs (${uris.join(', ')}); an SVID must have exactly one (X509-SVID 2)`,
      0,
    );
  }
  const id = parseSpiffeId(uris[0]!);
  if (!id.ok) {
    return svidFail(
      'bad-spiffe-id',
      `The leaf certificate's URI SAN "${uris[0]}" is not a valid SPIFFE ID: ${id.error.message}`,
      0,
    );
  }
  if (id.path === '') {
    return svidFail(
      'root-path',
      `The leaf certificate's SPIFFE ID "${id.id}" has no path: a leaf must identify a workload, not the trust domain (X509-SVID 3.1)`,
      0,
    );
  }
  if (isCa(leaf))
    return svidFail(
      'leaf-ca',
      'The leaf certificate (#1) has CA:TRUE; a leaf must have CA:FALSE (X509-SVID 4.1)',
      0,
    );
  if (!has(leaf, KeyUsageFlags.digitalSignature)) {
    return svidFail(
      'leaf-no-digital-signature',
      "The leaf certificate (#1) lacks the 'digitalSignature' key usage, which a leaf must have (X509-SVID 4.3)",
      0,
    );
  }
  if (has(leaf, KeyUsageFlags.keyCertSign)) {
    return svidFail(
      'leaf-key-cert-sign',
      "The leaf certificate (#1) has the 'keyCertSign' key usage, which a leaf must not have (X509-SVID 4.3)",
      0,
    );
  }
  if (has(leaf, KeyUsageFlags.cRLSign)) {
    return svidFail(
      'leaf-crl-sign',
      "The leaf certificate (#1) has the 'cRLSign' key usage, which a leaf must not have (X509-SVID 4.3)",
      0,
    );
  }
  for (let i = 1; i < certs.length; i++) {
    const cert = certs[i]!;
    if (!isCa(cert)) {
      return svidFail(
        'signer-not-ca',
        `${signerName(cert, i)} signs the chain but lacks CA:TRUE (X509-SVID 4.1)`,
        i,
      );
    }
    if (!has(cert, KeyUsageFlags.keyCertSign)) {
      return svidFail(
        'signer-no-key-cert-sign',
        `${signerName(cert, i)} signs the chain but lacks the 'keyCertSign' key usage (X509-SVID 4.3)`,
        i,
      );
    }
  }
  const strict = (opts.strict ?? true) ? strictLeafChecks(leaf) : null;
  if (strict) return strict;
  return { ok: true, spiffeId: id.id, trustDomain: id.trustDomain, path: id.path, chain: certs };
}

/**
 * Parse-level checks, in go-spiffe x509svid.Parse order: leaf URI SAN exactly one, SPIFFE ID,
 * non-root path, CA flag, digitalSignature, keyCertSign, cRLSign, then each signing cert's CA
 * flag and keyCertSign. No dates, no signatures. Chain is DER, leaf first.
 */
export function checkSvidShape(chain: Uint8Array[], opts: ShapeOptions = {}): SvidCheck {
  if (chain.length === 0) return checkParsedShape([], opts);
  // A pure function of the bytes and `strict`; a handshake asks it of the same chains often.
  const key = `${opts.strict !== false}|${chain.map(toHex).join('|')}`;
  const shape = SHAPES.get(key, () => {
    const certs = parseChain(chain);
    return Array.isArray(certs) ? checkParsedShape(certs, opts) : certs;
  });
  return { ...shape };
}

const SHAPES = new Kept<SvidCheck>(512);
