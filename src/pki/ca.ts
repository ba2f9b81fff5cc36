/**
 * Istio's CA, issuing side: the self-signed root (istiod's `istio-ca-secret`) and workload
 * leaf certificates, TBSCertificate encoded directly in DER (RFC 5280 4.1). Shapes follow
 * istio security/pkg/pki/util/generate_cert.go as Go's crypto/x509 encodes them.
 */

import { readCertificate } from './cert-summary';
import {
  ascii,
  type Bytes,
  bitString,
  boolean,
  explicit,
  implicit,
  integer,
  isPrintable,
  namedBits,
  octetString,
  printableString,
  sequence,
  set,
  Tag,
  time,
  utf8String,
} from './der';
import { readOnly } from './der-reader';
import { extension, uriSanExtension } from './extensions';
import {
  bs,
  generateKeyPair,
  inspectSpki,
  type KeyAlgorithm,
  type KeyPair,
  SIGNATURE_ALGORITHM,
  signWith,
} from './keys';
import { OID_DER } from './oids';

export interface RootCa {
  trustDomain: string;
  keys: KeyPair;
  certDer: Uint8Array;
  subjectKeyId: Uint8Array;
  serialHex: string;
  /** Epoch ms, whole seconds. */
  notBefore: number;
  notAfter: number;
}

const V3 = explicit(0, Uint8Array.of(Tag.INTEGER, 1, 2)); // RFC 5280 4.1.2.1
const EMPTY_NAME = Uint8Array.of(Tag.SEQUENCE, 0);
// KeyUsage bits (RFC 5280 4.2.1.3): digitalSignature(0), keyEncipherment(2), keyCertSign(5)
const KU_ROOT = extension(OID_DER.keyUsage, true, namedBits([5]));
const KU_LEAF = extension(OID_DER.keyUsage, true, namedBits([0, 2]));
const EKU_LEAF = extension(
  OID_DER.extKeyUsage,
  false,
  sequence(OID_DER.serverAuth, OID_DER.clientAuth),
);
// BasicConstraints (RFC 5280 4.2.1.9): cA DEFAULT FALSE, so a leaf's is an empty SEQUENCE
const BC_ROOT = extension(OID_DER.basicConstraints, true, sequence(boolean(true)));
const BC_LEAF = extension(OID_DER.basicConstraints, true, sequence());

/** Root subject: `O=<trust domain>`, no CN; PrintableString when it fits, as Go does. */
function rootName(trustDomain: string): Uint8Array {
  const value = isPrintable(trustDomain) ? printableString(trustDomain) : utf8String(trustDomain);
  return sequence(set(sequence(OID_DER.organizationName, value)));
}

/** RFC 5280 4.1.2.2: a positive INTEGER of at most 20 octets; the top bit is cleared. */
export function positiveSerial(serial: Uint8Array): Uint8Array {
  if (serial.length === 0 || serial.length > 20) {
    throw new RangeError(`serial must be 1 to 20 bytes, got ${serial.length}`);
  }
  const s = serial.slice();
  s[0]! &= 0x7f;
  if (s.every((b) => b === 0)) throw new RangeError('serial must be positive, not zero');
  return s;
}

/** Key identifier, method (1) of RFC 5280 4.2.1.2: SHA-1 of the subjectPublicKey bits. */
export async function keyIdentifier(spki: Uint8Array): Promise<Bytes> {
  const { keyBits } = inspectSpki(spki);
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-1', bs(keyBits)));
}

async function signCertificate(keys: KeyPair, tbs: Uint8Array): Promise<Bytes> {
  const signature = await signWith(keys, tbs);
  return sequence(tbs, SIGNATURE_ALGORITHM[keys.algorithm].der, bitString(signature));
}

function validity(notBefore: number, notAfter: number): Uint8Array {
  if (!(notAfter >= notBefore)) throw new RangeError('notAfter is before notBefore');
  return sequence(time(notBefore), time(notAfter));
}

const floorSecond = (ms: number): number => Math.floor(ms / 1000) * 1000;

/**
 * Istio's self-signed root: subject O=<trustDomain> (no CN); KeyUsage keyCertSign and
 * BasicConstraints CA:TRUE, both critical; SubjectKeyIdentifier; no AKI (self-signed, as Go
 * omits it). Validity notBefore..notBefore+ttlMs. Pass `keys` to re-issue with the same key,
 * as istiod's root rotator does.
 */
export async function createRootCa(opts: {
  trustDomain: string;
  algorithm: KeyAlgorithm;
  notBefore: number;
  ttlMs: number;
  serial: Uint8Array;
  keys?: KeyPair;
}): Promise<RootCa> {
  if (opts.trustDomain === '') throw new RangeError('trust domain must not be empty');
  if (!(opts.ttlMs > 0)) throw new RangeError('ttlMs must be positive');
  if (opts.keys && opts.keys.algorithm !== opts.algorithm) {
    throw new RangeError(`keys are ${opts.keys.algorithm}, not ${opts.algorithm}`);
  }
  const keys = opts.keys ?? (await generateKeyPair(opts.algorithm));
  const serial = positiveSerial(opts.serial);
  const notBefore = floorSecond(opts.notBefore);
  const notAfter = floorSecond(opts.notBefore + opts.ttlMs);
  const subjectKeyId = await keyIdentifier(keys.spki);
  const name = rootName(opts.trustDomain);
  const extensions = sequence(
    KU_ROOT,
    BC_ROOT,
    extension(OID_DER.subjectKeyIdentifier, false, octetString(subjectKeyId)),
  );
  const tbs = sequence(
    V3,
    integer(serial),
    SIGNATURE_ALGORITHM[keys.algorithm].der,
    name,
    validity(notBefore, notAfter),
    name,
    keys.spki,
    explicit(3, extensions),
  );
  const certDer = await signCertificate(keys, tbs);
  const serialHex = readCertificate(certDer).serialHex;
  return {
    trustDomain: opts.trustDomain,
    keys,
    certDer,
    subjectKeyId,
    serialHex,
    notBefore,
    notAfter,
  };
}

export interface WorkloadCertRequest {
  subjectPublicKeyInfo: Uint8Array;
  spiffeId: string;
  /** 16 bytes from the caller's seeded PRNG; the top bit is cleared to keep it positive. */
  serial: Uint8Array;
  notBefore: number;
  notAfter: number;
}

/** The parts of a leaf that depend only on the CA, built once per RootCa. */
interface IssuerParts {
  signatureAlgorithm: Uint8Array;
  issuer: Uint8Array;
  aki: Uint8Array;
}
const issuerCache = new WeakMap<RootCa, IssuerParts>();

function issuerParts(ca: RootCa): IssuerParts {
  let parts = issuerCache.get(ca);
  if (!parts) {
    parts = {
      signatureAlgorithm: SIGNATURE_ALGORITHM[ca.keys.algorithm].der,
      // issuer = the root's subject, byte for byte (RFC 5280 4.1.2.4, 7.1 name chaining)
      issuer: readCertificate(ca.certDer).subjectDer.slice(),
      // AuthorityKeyIdentifier { keyIdentifier [0] IMPLICIT OCTET STRING } (RFC 5280 4.2.1.1)
      aki: extension(OID_DER.authorityKeyIdentifier, false, sequence(implicit(0, ca.subjectKeyId))),
    };
    issuerCache.set(ca, parts);
  }
  return parts;
}

/**
 * Sign an Istio workload certificate (ISTIO-FACTS.md leaf profile): v3, empty subject,
 * issuer = root subject; extensions in Go's order: KeyUsage digitalSignature+keyEncipherment
 * (critical), EKU serverAuth+clientAuth, BasicConstraints CA:FALSE (critical), AKI = root
 * SKI, and exactly one URI SAN, critical because the subject is empty (RFC 5280 4.2.1.6).
 * Dates are encoded as given, floored to seconds: grace periods and capping to the root's
 * notAfter are the caller's policy.
 */
export async function signWorkloadCertificate(
  ca: RootCa,
  req: WorkloadCertRequest,
): Promise<Bytes> {
  if (!req.spiffeId.startsWith('spiffe://')) {
    throw new RangeError(`not a SPIFFE ID: ${JSON.stringify(req.spiffeId)}`);
  }
  ascii(req.spiffeId); // IA5String check before any work
  readOnly(req.subjectPublicKeyInfo, Tag.SEQUENCE);
  inspectSpki(req.subjectPublicKeyInfo); // P-256 or RSA only
  const p = issuerParts(ca);
  const tbs = sequence(
    V3,
    integer(positiveSerial(req.serial)),
    p.signatureAlgorithm,
    p.issuer,
    validity(req.notBefore, req.notAfter),
    EMPTY_NAME,
    req.subjectPublicKeyInfo,
    explicit(3, sequence(KU_LEAF, EKU_LEAF, BC_LEAF, p.aki, uriSanExtension([req.spiffeId]))),
  );
  return signCertificate(ca.keys, tbs);
}
