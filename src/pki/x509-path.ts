/**
 * RFC 5280 section 6 path validation, done by hand: @peculiar/x509's X509ChainBuilder only
 * links certificates, and pkijs 4.0.0's engine accepts 58 of the x509-limbo suite's invalid
 * chains. Judged by ../shared/conformance/x509-limbo (x509-limbo.test.ts).
 *
 * Policy, where RFC 5280 leaves room:
 * - The certificates after the leaf are untrusted candidates in any order; paths are tried
 *   depth first (bounded) until one validates, ending at a root *from the bundle*, matched by
 *   name and a verified signature. A root the peer sends along is never trusted for being there.
 * - Every certificate on the path, the bundle root included, must be valid at `at` (floored to
 *   the second, the granularity of the encoding) and meet the RFC 5280 profile: serial number,
 *   unique and well-formed extensions, their criticality, key identifiers, non-empty names.
 * - Signing certificates, the bundle root included, need a critical basicConstraints with
 *   CA:TRUE and, when they carry key usage, keyCertSign. pathLenConstraint and name constraints
 *   apply from every CA on the path, the root too (as Go's crypto/x509 and webpki).
 * - A critical extension we do not process fails the path (RFC 5280 4.2).
 */
import { Name } from '@peculiar/x509';
import { signatureVerifies } from './cert-signature';
import { violation } from './name-constraints';
import {
  constrainedNames,
  KEY_CERT_SIGN,
  mustNotBeCritical,
  type PathCert,
  readPathCert,
} from './path-cert';
import type { SvidErrorCode } from './svid-shape';

/** A failed path check, in the shape SvidCheck uses. */
export interface PathFailure {
  ok: false;
  code: SvidErrorCode;
  error: string;
  certIndex?: number;
}

export interface PathOptions {
  /**
   * Enforce RFC 5280's key identifier MUSTs: an authorityKeyIdentifier on every certificate
   * that is not self-issued (4.2.1.1) and a subjectKeyIdentifier on every CA (4.2.1.2). They
   * bind the issuing CA rather than the validator, and the SPIFFE SDKs do not check them, so
   * X.509-SVID validation leaves them off; the plain X.509 profile turns them on.
   */
  requireKeyIdentifiers?: boolean;
}

export type PathResult = { ok: true; path: Uint8Array[] } | PathFailure;

/** Bounds on the search, so a hostile pile of intermediates cannot stall a handshake. */
const MAX_INTERMEDIATES = 8;
const MAX_SIGNATURE_CHECKS = 64;

/** A certificate in play: from the presented chain (with its index) or from the bundle. */
interface Node {
  cert: PathCert;
  index?: number;
}

function nameText(der: Uint8Array): string {
  try {
    return new Name(new Uint8Array(der)).toString();
  } catch {
    return '(unreadable name)';
  }
}

function who(node: Node): string {
  const subject = nameText(node.cert.subjectDer);
  if (node.index === undefined) return `the bundle root "${subject || '(empty subject)'}"`;
  if (node.index === 0) return 'the leaf certificate (#1)';
  return `certificate #${node.index + 1} (${subject ? `"${subject}"` : 'with an empty subject'})`;
}

function fail(code: SvidErrorCode, message: string, node?: Node): PathFailure {
  // Messages often start with who(), which is lower case for use mid-sentence.
  const error = message.charAt(0).toUpperCase() + message.slice(1);
  return node?.index === undefined
    ? { ok: false, code, error }
    : { ok: false, code, error, certIndex: node.index };
}

const selfIssued = (c: PathCert) => c.issuer === c.subject;
const iso = (ms: number) => new Date(ms).toISOString();

function checkValidity(node: Node, at: number): PathFailure | null {
  const c = node.cert;
  if (at < c.notBefore)
    return fail(
      'not-yet-valid',
      `${who(node)} is not valid yet: its notBefore is ${iso(c.notBefore)}, the time checked is ${iso(at)}`,
      node,
    );
  if (at > c.notAfter)
    return fail(
      'expired',
      `${who(node)} has expired: its notAfter is ${iso(c.notAfter)}, the time checked is ${iso(at)}`,
      node,
    );
  return null;
}

/** RFC 5280 profile rules one certificate must meet wherever it stands on the path. */
function profileProblem(c: PathCert, signer: boolean, opts: PathOptions): string | null {
  if (c.defect) return c.defect;
  const serial = c.serial;
  if (serial.length > 20) return 'its serial number is longer than 20 octets (4.1.2.2)';
  if (serial[0]! & 0x80) return 'its serial number is negative (4.1.2.2)';
  if (serial.every((b) => b === 0)) return 'its serial number is zero (4.1.2.2)';
  if (!sameBytes(c.signatureAlgorithm, c.tbsSignatureAlgorithm))
    return 'its two signatureAlgorithm fields differ (4.1.1.2)';
  const { basicConstraints: bc, keyUsage: ku, san, nameConstraints: nc, aki, ski } = c.ext;
  for (const e of c.ext.others) {
    if (e.value === '2.5.29.36' && !e.critical)
      return 'its policyConstraints extension is not critical (4.2.1.11 says it MUST be)';
    const name = mustNotBeCritical(e.value);
    if (e.critical && name) return `its ${name} extension is critical, which RFC 5280 forbids`;
  }
  if (c.subjectRdns.length === 0 && !san?.critical)
    return 'its subject is empty, so its subjectAltName must be present and critical (4.1.2.6)';
  if (nc && !nc.critical) return 'its nameConstraints extension is not critical (4.2.1.10)';
  if (nc && bc?.value.ca !== true) return 'it has nameConstraints but is not a CA (4.2.1.10)';
  if (ku && ku.value & KEY_CERT_SIGN && bc?.value.ca !== true)
    return 'it asserts keyCertSign without CA:TRUE (4.2.1.9)';
  if (opts.requireKeyIdentifiers && !selfIssued(c) && !aki?.value)
    return 'it lacks an authorityKeyIdentifier with a keyIdentifier (4.2.1.1)';
  if (opts.requireKeyIdentifiers && bc?.value.ca && !ski)
    return 'it is a CA certificate without a subjectKeyIdentifier (4.2.1.2)';
  // This also refuses an empty issuer name (4.1.2.4): no signer on a path may match it.
  if (signer && c.subjectRdns.length === 0)
    return 'it signs certificates but its subject is empty (4.1.2.6)';
  return null;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function checkSigner(node: Node): PathFailure | null {
  const { basicConstraints: bc, keyUsage: ku } = node.cert.ext;
  if (bc?.value.ca !== true)
    return fail(
      'signer-not-ca',
      `${who(node)} signs a certificate on the path but is not a CA (basicConstraints CA:TRUE is missing; RFC 5280 4.2.1.9)`,
      node,
    );
  if (!bc.critical)
    return fail(
      'rfc5280-profile',
      `${who(node)} is a CA whose basicConstraints is not critical (RFC 5280 4.2.1.9)`,
      node,
    );
  if (ku && (ku.value & KEY_CERT_SIGN) === 0)
    return fail(
      'signer-no-key-cert-sign',
      `${who(node)} has a key usage extension without keyCertSign, so it may not sign certificates (RFC 5280 4.2.1.3)`,
      node,
    );
  return null;
}

/** RFC 5280 6.1.4 (l, m): a CA's pathLenConstraint bounds the non-self-issued CAs below it. */
function checkPathLength(path: Node[]): PathFailure | null {
  for (let j = 1; j < path.length; j++) {
    const limit = path[j]!.cert.ext.basicConstraints?.value.pathLen;
    if (limit === undefined) continue;
    const below = path.slice(1, j).filter((n) => !selfIssued(n.cert)).length;
    if (below > limit)
      return fail(
        'path-len',
        `${who(path[j]!)} allows at most ${limit} intermediate CA(s) below it (pathLenConstraint), but the path has ${below}`,
        path[j],
      );
  }
  return null;
}

/** RFC 5280 6.1.3 (b, c): a CA's name constraints bind every certificate below it. */
function checkNameConstraints(path: Node[]): PathFailure | null {
  for (let j = 1; j < path.length; j++) {
    const nc = path[j]!.cert.ext.nameConstraints?.value;
    if (!nc) continue;
    for (let k = 0; k < j; k++) {
      // Self-issued intermediates are exempt; the leaf never is (6.1.3 b).
      if (k > 0 && selfIssued(path[k]!.cert)) continue;
      const why = violation(constrainedNames(path[k]!.cert), nc);
      if (why)
        return fail(
          'name-constraints',
          `${who(path[k]!)} breaks the name constraints of ${who(path[j]!)}: ${why}`,
          path[k],
        );
    }
  }
  return null;
}

function unknownCritical(node: Node): PathFailure | null {
  const e = node.cert.defect
    ? undefined
    : node.cert.ext.others.find((x) => x.critical && !mustNotBeCritical(x.value));
  return e
    ? fail(
        'unhandled-critical-extension',
        `${who(node)} has a critical extension this validator does not process: ${e.value}; RFC 5280 4.2 says to reject it`,
        node,
      )
    : null;
}

/** The rules on one certificate at its place on the path (a signer or the leaf). */
function checkNode(node: Node, signer: boolean, at: number, opts: PathOptions): PathFailure | null {
  const problem =
    checkValidity(node, at) ?? unknownCritical(node) ?? (signer ? checkSigner(node) : null);
  if (problem) return problem;
  const why = profileProblem(node.cert, signer, opts);
  return why
    ? fail('rfc5280-profile', `${who(node)} is not a valid RFC 5280 certificate: ${why}`, node)
    : null;
}

/** Every rule on one complete candidate path, leaf first, bundle root last. */
function checkPath(path: Node[], at: number, opts: PathOptions): PathFailure | null {
  for (let k = 1; k < path.length; k++) {
    const problem = checkNode(path[k]!, true, at, opts);
    if (problem) return problem;
  }
  return checkPathLength(path) ?? checkNameConstraints(path);
}

/** Why the search found no issuer for `node`: wrong key under a known name, or no such name. */
function deadEnd(node: Node, mismatch: Node | undefined, roots: Node[]): PathFailure {
  const issuer = nameText(node.cert.issuerDer);
  if (mismatch?.index === undefined && mismatch) {
    const aki = node.cert.ext.aki?.value;
    const ski = mismatch.cert.ext.ski?.value;
    if (aki && ski && sameBytes(aki, ski))
      return fail(
        'bad-signature',
        `${who(node)} names ${who(mismatch)} and its key as issuer, but the signature does not verify with that key: the certificate was altered after signing`,
        node,
      );
    return fail(
      'unknown-authority',
      `${who(node)} says it was issued by "${issuer}", and the bundle has a root of that name, but the signature does not verify with that root's key: it was signed by a different key (an impostor CA with the same name)`,
      node,
    );
  }
  if (mismatch)
    return fail(
      'bad-signature',
      `The signature on ${who(node)} does not verify with the key of ${who(mismatch)}, its named issuer`,
      node,
    );
  const bundle = roots
    .map((r) => `"${nameText(r.cert.subjectDer) || '(empty subject)'}"`)
    .join(', ');
  const self = selfIssued(node.cert)
    ? ' It is a self-signed root that the bundle does not contain.'
    : '';
  return fail(
    'unknown-authority',
    `${who(node)} was issued by "${issuer}", which is not a root in the trust bundle (${bundle}) nor the subject of any certificate sent with it.${self}`,
    node,
  );
}

/**
 * Validates `chain[0]` (the leaf) up to one of `roots` at time `at`, with `chain[1..]` as
 * untrusted intermediates in any order. Returns the path (leaf to bundle root, DER) or the
 * first rule broken by the best candidate path. Never throws on malformed input.
 */
export async function verifyCertificationPath(
  chain: Uint8Array[],
  roots: Uint8Array[],
  at: Date,
  opts: PathOptions = {},
): Promise<PathResult> {
  if (chain.length === 0) return fail('empty-chain', 'No certificates were presented');
  const when = Math.floor(at.getTime() / 1000) * 1000;
  const leafCert = readPathCert(chain[0]!);
  if (!leafCert)
    return fail('parse', 'The leaf certificate (#1) could not be parsed', { index: 0 } as Node);
  const leafNode: Node = { cert: leafCert, index: 0 };
  const pool = chain.slice(1).flatMap((der, i) => {
    const cert = readPathCert(der);
    return cert ? [{ cert, index: i + 1 }] : [];
  });
  const anchors: Node[] = roots.flatMap((der) => {
    const cert = readPathCert(der);
    return cert ? [{ cert }] : [];
  });

  let budget = MAX_SIGNATURE_CHECKS;
  let firstFailure: PathFailure | null = null;
  let deepest: { node: Node; mismatch?: Node; depth: number } | null = null;
  const signed = async (child: Node, issuer: Node) =>
    budget-- > 0 && signatureVerifies(child.cert, issuer.cert);

  const search = async (path: Node[]): Promise<Node[] | null> => {
    const tip = path.at(-1)!;
    let mismatch: Node | undefined;
    for (const root of anchors.filter((r) => r.cert.subject === tip.cert.issuer)) {
      if (!(await signed(tip, root))) {
        mismatch ??= root;
        continue;
      }
      const full = [...path, root];
      const problem = checkPath(full, when, opts);
      if (!problem) return full;
      firstFailure ??= problem;
    }
    if (path.length <= MAX_INTERMEDIATES) {
      for (const next of pool.filter(
        (n) => n.cert.subject === tip.cert.issuer && !path.includes(n),
      )) {
        if (!(await signed(tip, next))) {
          mismatch ??= next;
          continue;
        }
        const found = await search([...path, next]);
        if (found) return found;
      }
    }
    if (!deepest || path.length > deepest.depth)
      deepest = { node: tip, mismatch, depth: path.length };
    return null;
  };

  // The leaf is on every candidate path: its own defects are reported before any search.
  const leafProblem = checkNode(leafNode, false, when, opts);
  if (leafProblem) return leafProblem;
  const found = await search([leafNode]);
  if (found) return { ok: true, path: found.map((n) => n.cert.der) };
  if (firstFailure) return firstFailure;
  const end = deepest as { node: Node; mismatch?: Node } | null;
  return deadEnd(end?.node ?? leafNode, end?.mismatch, anchors);
}
