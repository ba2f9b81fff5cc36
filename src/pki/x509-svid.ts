/**
 * X.509-SVIDs: the rules of X509-SVID.md plus RFC 5280 path validation (in x509-path.ts).
 *
 * Shape checks run in go-spiffe's x509svid.Parse order, so the first error matches go-spiffe's
 * on every shared fixture. Strict mode (the default) then adds two MUSTs go-spiffe and
 * rust-spiffe do not check: an empty Subject needs a critical URI SAN (X509-SVID 3.1, RFC 5280
 * 4.1.2.6) and the key usage extension must be critical (X509-SVID 4.3). They run last, so they
 * never change which go-spiffe rule is reported first.
 */
import {
  BasicConstraintsExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectAlternativeNameExtension,
  X509Certificate,
} from '@peculiar/x509';
import { DerError, type PemBlock, parsePem, splitDer } from './pem';
import { importPkcs8PrivateKey, privateKeyMatches } from './private-key';
import { parseSpiffeId, parseTrustDomain } from './spiffe-id';
import { describeCert, verifyCertificationPath } from './x509-path';

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
        `${describeCert(cert, i)} signs the chain but lacks CA:TRUE (X509-SVID 4.1)`,
        i,
      );
    }
    if (!has(cert, KeyUsageFlags.keyCertSign)) {
      return svidFail(
        'signer-no-key-cert-sign',
        `${describeCert(cert, i)} signs the chain but lacks the 'keyCertSign' key usage (X509-SVID 4.3)`,
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
  const certs = parseChain(chain);
  return Array.isArray(certs) ? checkParsedShape(certs, opts) : certs;
}

/**
 * Full validation: shape, the optional expected trust domain, a bundle for the ID's trust
 * domain, and RFC 5280 path validation at `opts.at` up to a root of `bundle` (see x509-path.ts).
 */
export async function validateX509Svid(
  chain: Uint8Array[],
  bundle: Uint8Array[],
  opts: { at: Date; trustDomain?: string; strict?: boolean },
): Promise<SvidCheck> {
  const shape = checkSvidShape(chain, { strict: opts.strict ?? true });
  if (!shape.ok) return shape;
  if (opts.trustDomain !== undefined) {
    const expected = parseTrustDomain(opts.trustDomain);
    if (!expected.ok) {
      return svidFail(
        'bad-trust-domain',
        `The expected trust domain "${opts.trustDomain}" is not valid: ${expected.error.message}`,
      );
    }
    if (expected.trustDomain !== shape.trustDomain) {
      return svidFail(
        'trust-domain-mismatch',
        `The SVID belongs to trust domain "${shape.trustDomain}", but "${expected.trustDomain}" was expected`,
        0,
      );
    }
  }
  if (bundle.length === 0) {
    return svidFail(
      'no-bundle',
      `There is no trust bundle (root certificates) for trust domain "${shape.trustDomain}", so nothing can vouch for this SVID`,
    );
  }
  const roots: X509Certificate[] = [];
  for (let i = 0; i < bundle.length; i++) {
    const root = parseCertificateDer(bundle[i]!, i);
    if (!(root instanceof X509Certificate)) {
      return svidFail(
        'bundle-parse',
        `Bundle certificate #${i + 1} could not be parsed: ${root.error}`,
      );
    }
    roots.push(root);
  }
  const path = await verifyCertificationPath(shape.chain, roots, opts.at);
  return path.ok ? shape : path;
}

/**
 * Like validateX509Svid, but picks the roots by the leaf's trust domain from a set of bundles
 * (federation), as the X509-SVID 5.1 "CA bundle" of the ID's trust domain.
 */
export async function validateX509SvidWithBundles(
  chain: Uint8Array[],
  bundles: Readonly<Record<string, Uint8Array[]>>,
  opts: { at: Date; trustDomain?: string; strict?: boolean },
): Promise<SvidCheck> {
  const shape = checkSvidShape(chain, { strict: opts.strict ?? true });
  if (!shape.ok) return shape;
  const roots = Object.hasOwn(bundles, shape.trustDomain) ? bundles[shape.trustDomain]! : [];
  return validateX509Svid(chain, roots, opts);
}

/** Certificates, then the key, as go-spiffe's newSVID: shape first, then key match. */
async function svidWithKey(
  certs: X509Certificate[],
  key: CryptoKey | null,
  opts: ShapeOptions,
): Promise<SvidCheck> {
  const shape = checkParsedShape(certs, opts);
  if (!shape.ok) return shape;
  if (!key)
    return svidFail(
      'no-private-key',
      'No private key was found (expected a PKCS#8 "PRIVATE KEY" PEM block)',
    );
  if (!(await privateKeyMatches(key, shape.chain[0]!))) {
    return svidFail(
      'key-mismatch',
      "The private key does not belong to the leaf certificate: its public key differs from the leaf's",
      0,
    );
  }
  return shape;
}

async function keyFromDer(der: Uint8Array): Promise<CryptoKey | SvidFailure> {
  const key = await importPkcs8PrivateKey(der);
  return (
    key ??
    svidFail(
      'key-parse',
      'The private key could not be parsed: it is not a PKCS#8 RSA or ECDSA key',
    )
  );
}

/**
 * Parses PEM certificates (leaf first) and a PEM private key as go-spiffe x509svid.Parse does:
 * certificate PEM, key PEM, the shape rules (strict), then that the key matches the leaf.
 * Blocks of other types are skipped, so one file may hold both (either order).
 */
export async function parseSvidWithKey(
  certsPem: string,
  keyPem: string,
  opts: ShapeOptions = {},
): Promise<SvidCheck> {
  let certBlocks: PemBlock[];
  try {
    certBlocks = parsePem(certsPem);
  } catch (e) {
    return svidFail('parse', `The certificates could not be read: ${(e as Error).message}`);
  }
  if (certBlocks.length === 0)
    return svidFail('no-pem', 'The certificate input contains no PEM blocks');
  const certs = parseChain(certBlocks.filter((b) => b.label === 'CERTIFICATE').map((b) => b.der));
  if (!Array.isArray(certs)) return certs;
  let keyBlocks: PemBlock[];
  try {
    keyBlocks = parsePem(keyPem);
  } catch (e) {
    return svidFail('key-parse', `The private key could not be read: ${(e as Error).message}`);
  }
  if (keyBlocks.length === 0)
    return svidFail('key-parse', 'The private key input contains no PEM blocks');
  const keyBlock = keyBlocks.find((b) => b.label === 'PRIVATE KEY');
  const key = keyBlock ? await keyFromDer(keyBlock.der) : null;
  if (key && !(key instanceof CryptoKey)) return key;
  return svidWithKey(certs, key, opts);
}

/** Concatenated DER certificates and a DER PKCS#8 key, as go-spiffe x509svid.ParseRaw. */
export async function parseSvidRaw(
  certsDer: Uint8Array,
  keyDer: Uint8Array,
  opts: ShapeOptions = {},
): Promise<SvidCheck> {
  let items: Uint8Array[];
  try {
    items = splitDer(certsDer);
  } catch (e) {
    return svidFail('parse', `The certificates could not be parsed: ${(e as Error).message}`);
  }
  const certs = parseChain(items);
  if (!Array.isArray(certs)) return certs;
  const key = await keyFromDer(keyDer);
  if (!(key instanceof CryptoKey)) return key;
  return svidWithKey(certs, key, opts);
}
