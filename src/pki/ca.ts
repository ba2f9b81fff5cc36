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

/** A CA certificate as anyone holding only the certificate sees it. */
export interface CaCertificate {
  certDer: Uint8Array;
  subjectKeyId: Uint8Array;
  serialHex: string;
  keyAlgorithm: KeyAlgorithm;
  /** Epoch ms, whole seconds. */
  notBefore: number;
  notAfter: number;
}

/** A CA that can sign: its certificate and its key pair (a root or an intermediate). */
export interface RootCa extends CaCertificate {
  trustDomain: string;
  keys: KeyPair;
}

const V3 = explicit(0, Uint8Array.of(Tag.INTEGER, 1, 2)); // RFC 5280 4.1.2.1
const EMPTY_NAME = Uint8Array.of(Tag.SEQUENCE, 0);
// KeyUsage bits (RFC 5280 4.2.1.3): digitalSignature(0), keyEncipherment(2), keyCertSign(5)
const KU_ROOT = extension(OID_DER.keyUsage, true, namedBits([5]));
// keyCertSign and cRLSign(6), as Istio's sample Makefile gives an intermediate
const KU_INTERMEDIATE = extension(OID_DER.keyUsage, true, namedBits([5, 6]));
const KU_LEAF = extension(OID_DER.keyUsage, true, namedBits([0, 2]));
const EKU_LEAF = extension(
  OID_DER.extKeyUsage,
  false,
  sequence(OID_DER.serverAuth, OID_DER.clientAuth),
);
// BasicConstraints (RFC 5280 4.2.1.9): cA DEFAULT FALSE, so a leaf's is an empty SEQUENCE
const BC_ROOT = extension(OID_DER.basicConstraints, true, sequence(boolean(true)));
const BC_LEAF = extension(OID_DER.basicConstraints, true, sequence());

const text = (value: string) => (isPrintable(value) ? printableString(value) : utf8String(value));

/**
 * CA subject: `O=<trust domain>`, and `CN=<commonName>` when given (a plugged-in hierarchy
 * names its root and intermediates apart); PrintableString when it fits, as Go does.
 */
function caName(trustDomain: string, commonName?: string): Uint8Array {
  const o = set(sequence(OID_DER.organizationName, text(trustDomain)));
  if (commonName === undefined) return sequence(o);
  return sequence(o, set(sequence(OID_DER.commonName, text(commonName))));
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
  commonName?: string;
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
  const name = caName(opts.trustDomain, opts.commonName);
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
    keyAlgorithm: keys.algorithm,
    certDer,
    subjectKeyId,
    serialHex,
    notBefore,
    notAfter,
  };
}

/**
 * An intermediate CA signed by `issuer` (the `ca-cert.pem` of a plugged-in `cacerts`): subject
 * O=<trustDomain>, CN=<commonName>; KeyUsage keyCertSign+cRLSign and CA:TRUE, both critical;
 * SKI and AKI = the issuer's SKI. `isCa: false` builds the same certificate without CA rights
 * (what istiod must refuse as a signing certificate).
 */
export async function createIntermediateCa(opts: {
  issuer: RootCa;
  trustDomain: string;
  commonName: string;
  algorithm: KeyAlgorithm;
  notBefore: number;
  ttlMs: number;
  serial: Uint8Array;
  isCa?: boolean;
}): Promise<RootCa> {
  if (!(opts.ttlMs > 0)) throw new RangeError('ttlMs must be positive');
  const keys = await generateKeyPair(opts.algorithm);
  const notBefore = floorSecond(opts.notBefore);
  const notAfter = floorSecond(opts.notBefore + opts.ttlMs);
  const subjectKeyId = await keyIdentifier(keys.spki);
  const p = issuerParts(opts.issuer);
  const isCa = opts.isCa ?? true;
  const extensions = sequence(
    isCa ? KU_INTERMEDIATE : KU_LEAF,
    isCa ? BC_ROOT : BC_LEAF,
    extension(OID_DER.subjectKeyIdentifier, false, octetString(subjectKeyId)),
    p.aki,
  );
  const tbs = sequence(
    V3,
    integer(positiveSerial(opts.serial)),
    p.signatureAlgorithm,
    p.issuer,
    validity(notBefore, notAfter),
    caName(opts.trustDomain, opts.commonName),
    keys.spki,
    explicit(3, extensions),
  );
  const certDer = await signCertificate(opts.issuer.keys, tbs);
  return {
    trustDomain: opts.trustDomain,
    keys,
    keyAlgorithm: keys.algorithm,
    certDer,
    subjectKeyId,
    serialHex: readCertificate(certDer).serialHex,
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
      // issuer = the CA's subject, byte for byte (RFC 5280 4.1.2.4, 7.1 name chaining)
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
 * issuer = the signing CA's subject (the root, or a plugged-in intermediate); extensions in Go's order: KeyUsage digitalSignature+keyEncipherment
 * (critical), EKU serverAuth+clientAuth, BasicConstraints CA:FALSE (critical), AKI = the CA's
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
