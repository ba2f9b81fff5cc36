/**
 * RFC 5280 section 6 path validation for X.509-SVIDs (X509-SVID 5.1), done by hand because
 * @peculiar/x509's X509ChainBuilder only links certificates and checks none of the rules.
 *
 * Policy, where RFC 5280 leaves room:
 * - The presented chain must be in order (leaf, then each issuer), as TLS 1.2 requires.
 * - The path ends at a root *from the bundle*, matched by subject name and a verified signature;
 *   a root the peer sends along is never trusted for being there.
 * - Every certificate on the path, the bundle root included, must be valid at `at`.
 * - Signing certificates, the bundle root included, must be CA:TRUE (X509-SVID 4.1) and, when
 *   they carry a key usage extension, keyCertSign (RFC 5280 4.2.1.3; a bundle root need not be
 *   an SVID, so a root without the extension is accepted, as rust-spiffe's fixtures expect).
 * - pathLenConstraint is applied to every CA on the path, the root too (as Go's crypto/x509).
 * - A critical extension we do not process (name constraints included) fails the path
 *   (RFC 5280 4.2: "MUST reject the certificate if it encounters a critical extension it does
 *   not recognize").
 */
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectKeyIdentifierExtension,
  type X509Certificate,
} from '@peculiar/x509';
import type { SvidErrorCode } from './svid-shape';

/** A failed path check, in the shape SvidCheck uses. */
export interface PathFailure {
  ok: false;
  code: SvidErrorCode;
  error: string;
  certIndex?: number;
}

const HANDLED_EXTENSIONS = new Set([
  '2.5.29.19', // basicConstraints
  '2.5.29.15', // keyUsage
  '2.5.29.37', // extKeyUsage
  '2.5.29.17', // subjectAltName
  '2.5.29.14', // subjectKeyIdentifier
  '2.5.29.35', // authorityKeyIdentifier
]);

/** How messages name a certificate of the presented chain. */
export function describeCert(cert: X509Certificate, index: number): string {
  const subject = cert.subject ? `"${cert.subject}"` : 'with an empty subject';
  return index === 0 ? `the leaf certificate (#1)` : `certificate #${index + 1} (${subject})`;
}

function describeRoot(root: X509Certificate): string {
  return `the bundle root "${root.subject || '(empty subject)'}"`;
}

function fail(code: SvidErrorCode, message: string, certIndex?: number): PathFailure {
  // Messages often start with describeCert(), which is lower case for use mid-sentence.
  const error = message.charAt(0).toUpperCase() + message.slice(1);
  return certIndex === undefined
    ? { ok: false, code, error }
    : { ok: false, code, error, certIndex };
}

function sameBytes(a: ArrayBuffer, b: ArrayBuffer): boolean {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  return x.every((v, i) => v === y[i]);
}

/** RFC 5280 7.1 allows smarter name matching; like Go, we compare the encoded names. */
function issuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  return sameBytes(cert.issuerName.toArrayBuffer(), issuer.subjectName.toArrayBuffer());
}

function selfIssued(cert: X509Certificate): boolean {
  return issuedBy(cert, cert);
}

/** Real WebCrypto verification; ECDSA's DER (r,s) signatures are unpacked by the library. */
async function signedBy(cert: X509Certificate, issuer: X509Certificate): Promise<boolean> {
  try {
    return await cert.verify(
      { publicKey: issuer.publicKey, signatureOnly: true },
      globalThis.crypto,
    );
  } catch {
    return false;
  }
}

function checkValidity(cert: X509Certificate, at: Date, who: string, index?: number) {
  if (at.getTime() < cert.notBefore.getTime()) {
    return fail(
      'not-yet-valid',
      `${who} is not valid yet: its notBefore is ${cert.notBefore.toISOString()}, the time checked is ${at.toISOString()}`,
      index,
    );
  }
  if (at.getTime() > cert.notAfter.getTime()) {
    return fail(
      'expired',
      `${who} has expired: its notAfter is ${cert.notAfter.toISOString()}, the time checked is ${at.toISOString()}`,
      index,
    );
  }
  return null;
}

function checkCriticalExtensions(cert: X509Certificate, who: string, index?: number) {
  const unknown = cert.extensions.find((e) => e.critical && !HANDLED_EXTENSIONS.has(e.type));
  if (!unknown) return null;
  const what = unknown.type === '2.5.29.30' ? 'name constraints (2.5.29.30)' : unknown.type;
  return fail(
    'unhandled-critical-extension',
    `${who} has a critical extension this validator does not process: ${what}; RFC 5280 4.2 says to reject it`,
    index,
  );
}

/** Why a name-matching root did not verify: the AKI tells a tampered cert from a forged one. */
function rootMismatch(cert: X509Certificate, roots: X509Certificate[], index: number) {
  const aki = cert.getExtension(AuthorityKeyIdentifierExtension)?.keyId;
  const claimed = roots.find((r) => r.getExtension(SubjectKeyIdentifierExtension)?.keyId === aki);
  if (aki && claimed) {
    return fail(
      'bad-signature',
      `${describeCert(cert, index)} names ${describeRoot(claimed)} and its key as issuer, but the signature does not verify with that key: the certificate was altered after signing`,
      index,
    );
  }
  return fail(
    'unknown-authority',
    `${describeCert(cert, index)} says it was issued by "${cert.issuer}", and the bundle has a root of that name, but the signature does not verify with that root's key: it was signed by a different key (an impostor CA with the same name)`,
    index,
  );
}

function checkAnchor(root: X509Certificate, at: Date): PathFailure | null {
  const who = describeRoot(root);
  const validity = checkValidity(root, at, who);
  if (validity) return validity;
  const critical = checkCriticalExtensions(root, who);
  if (critical) return critical;
  if (root.getExtension(BasicConstraintsExtension)?.ca !== true) {
    return fail(
      'signer-not-ca',
      `${who} is not a CA (basicConstraints CA:TRUE is missing), so it may not sign certificates (X509-SVID 4.1)`,
    );
  }
  const ku = root.getExtension(KeyUsagesExtension);
  if (ku && (ku.usages & KeyUsageFlags.keyCertSign) === 0) {
    return fail(
      'signer-no-key-cert-sign',
      `${who} has a key usage extension without keyCertSign, so it may not sign certificates (RFC 5280 4.2.1.3)`,
    );
  }
  return null;
}

/** RFC 5280 6.1.4 (l, m): a CA's pathLenConstraint bounds the non-self-issued CAs below it. */
function checkPathLength(path: X509Certificate[]): PathFailure | null {
  for (let j = 1; j < path.length; j++) {
    const limit = path[j]!.getExtension(BasicConstraintsExtension)?.pathLength;
    if (limit === undefined) continue;
    const below = path.slice(1, j).filter((c) => !selfIssued(c)).length;
    if (below > limit) {
      const isRoot = j === path.length - 1;
      const who = isRoot ? describeRoot(path[j]!) : describeCert(path[j]!, j);
      return fail(
        'path-len',
        `${who} allows at most ${limit} intermediate CA(s) below it (pathLenConstraint), but the path has ${below}`,
        isRoot ? undefined : j,
      );
    }
  }
  return null;
}

/**
 * Validates the presented chain (leaf first) up to one of `roots` at time `at`.
 * Returns the certification path, leaf to bundle root, or the first rule it breaks.
 */
export async function verifyCertificationPath(
  chain: X509Certificate[],
  roots: X509Certificate[],
  at: Date,
): Promise<{ ok: true; path: X509Certificate[] } | PathFailure> {
  for (let i = 0; i < chain.length; i++) {
    const cert = chain[i]!;
    const who = describeCert(cert, i);
    const problem = checkValidity(cert, at, who, i) ?? checkCriticalExtensions(cert, who, i);
    if (problem) return problem;
    const named = roots.filter((r) => issuedBy(cert, r));
    for (const root of named) {
      if (await signedBy(cert, root)) {
        const path = [...chain.slice(0, i + 1), root];
        return checkAnchor(root, at) ?? checkPathLength(path) ?? { ok: true, path };
      }
    }
    const next = chain[i + 1];
    if (!next || !issuedBy(cert, next)) {
      if (named.length > 0) return rootMismatch(cert, named, i);
      const bundleNames = roots.map((r) => `"${r.subject || '(empty subject)'}"`).join(', ');
      const selfSigned = selfIssued(cert)
        ? ' It is a self-signed root that the bundle does not contain.'
        : '';
      const sent = next
        ? ` The next certificate sent, #${i + 2} ("${next.subject}"), is not its issuer either.`
        : '';
      return fail(
        'unknown-authority',
        `${who} was issued by "${cert.issuer}", which is not a root in the trust bundle (${bundleNames}).${selfSigned}${sent}`,
        i,
      );
    }
    if (!(await signedBy(cert, next))) {
      return fail(
        'bad-signature',
        `The signature on ${who} does not verify with the key of ${describeCert(next, i + 1)}, its named issuer`,
        i,
      );
    }
  }
  // Unreachable for a non-empty chain: the last certificate either anchors or fails above.
  return fail('empty-chain', 'No certificates were presented');
}
