/**
 * PKCS#10 certification requests (RFC 2986), encoded directly in DER for speed. Like
 * pilot-agent, the subject is empty and the identity travels in an extensionRequest SAN;
 * like istiod, verification checks only the self-signature and reports the SANs.
 */
import { type Bytes, bitString, DerError, sequence, set, Tag, tlv } from './der';
import { children, decodeOid, expectTag, rawOf, readBitStringBytes, readOnly } from './der-reader';
import { readExtensions, uriSanExtension, uriSansOf } from './extensions';
import {
  importSpki,
  type KeyAlgorithm,
  KeyError,
  type KeyPair,
  SIGNATURE_ALGORITHM,
  signWith,
  verifyWith,
} from './keys';
import { OID, OID_DER } from './oids';

const VERSION_1 = Uint8Array.of(Tag.INTEGER, 1, 0); // RFC 2986 4.1: version 0 (v1)
const EMPTY_NAME = Uint8Array.of(Tag.SEQUENCE, 0); // RDNSequence with no RDNs
const NO_ATTRIBUTES = Uint8Array.of(0xa0, 0);

/**
 * Build and self-sign a CSR: empty subject; when `uriSans` is non-empty an extensionRequest
 * attribute (RFC 2985 5.4.2) holding a critical SubjectAltName of those URIs.
 */
export async function createCsr(keys: KeyPair, opts: { uriSans: string[] }): Promise<Bytes> {
  // attributes [0] IMPLICIT SET OF Attribute (RFC 2986 4.1); one attribute, so no sorting
  const attributes =
    opts.uriSans.length === 0
      ? NO_ATTRIBUTES
      : tlv(0xa0, sequence(OID_DER.extensionRequest, set(sequence(uriSanExtension(opts.uriSans)))));
  const info = sequence(VERSION_1, EMPTY_NAME, keys.spki, attributes);
  const signature = await signWith(keys, info);
  return sequence(info, SIGNATURE_ALGORITHM[keys.algorithm].der, bitString(signature));
}

export interface VerifiedCsr {
  spki: Uint8Array;
  algorithm: KeyAlgorithm;
  publicKey: CryptoKey;
  uriSans: string[];
}

export type CsrErrorCode = 'malformed' | 'bad-signature' | 'unsupported-key';

/** Why a CSR was refused. */
export class CsrError extends Error {
  override name = 'CsrError';
  constructor(
    readonly code: CsrErrorCode,
    message: string,
  ) {
    super(message);
  }
}

interface ParsedCsr {
  info: Uint8Array;
  spki: Uint8Array;
  signatureOid: string;
  signature: Uint8Array;
  uriSans: string[];
}

function parseCsr(der: Uint8Array): ParsedCsr {
  const [infoTlv, algTlv, sigTlv, ...extra] = children(der, readOnly(der, Tag.SEQUENCE));
  if (extra.length > 0) throw new DerError('CertificationRequest has extra fields');
  const fields = children(der, expectTag(infoTlv, Tag.SEQUENCE, 'certificationRequestInfo'));
  const [version, subject, spkiTlv, attrs, ...more] = fields;
  if (more.length > 0) throw new DerError('certificationRequestInfo has extra fields');
  const v = expectTag(version, Tag.INTEGER, 'version');
  if (v.length !== 1 || der[v.valueOffset] !== 0) throw new DerError('CSR version must be 0');
  expectTag(subject, Tag.SEQUENCE, 'subject');
  const spki = rawOf(der, expectTag(spkiTlv, Tag.SEQUENCE, 'subjectPKInfo'));
  let uriSans: string[] = [];
  for (const attr of children(der, expectTag(attrs, 0xa0, 'attributes'))) {
    const [typeTlv, values] = children(der, expectTag(attr, Tag.SEQUENCE, 'Attribute'));
    const type = expectTag(typeTlv, Tag.OID, 'attribute type');
    if (decodeOid(der.subarray(type.valueOffset, type.end)) !== OID.extensionRequest) continue;
    const [exts] = children(der, expectTag(values, Tag.SET, 'attribute values'));
    uriSans = uriSansOf(der, readExtensions(der, expectTag(exts, Tag.SEQUENCE, 'Extensions')));
  }
  const algFields = children(der, expectTag(algTlv, Tag.SEQUENCE, 'signatureAlgorithm'));
  const algOid = expectTag(algFields[0], Tag.OID, 'signature algorithm');
  return {
    info: rawOf(der, infoTlv!),
    spki,
    signatureOid: decodeOid(der.subarray(algOid.valueOffset, algOid.end)),
    signature: readBitStringBytes(der, expectTag(sigTlv, Tag.BIT_STRING, 'signature')),
    uriSans,
  };
}

/**
 * Parse a CSR and check its self-signature (RFC 2986 3: proof of possession). Like istiod,
 * nothing else is checked: the requested SANs are reported, not trusted. Throws CsrError.
 */
export async function verifyCsr(der: Uint8Array): Promise<VerifiedCsr> {
  let csr: ParsedCsr;
  try {
    csr = parseCsr(der);
  } catch (e) {
    throw new CsrError('malformed', `malformed CSR: ${(e as Error).message}`);
  }
  let key: Awaited<ReturnType<typeof importSpki>>;
  try {
    key = await importSpki(csr.spki);
  } catch (e) {
    throw new CsrError(e instanceof KeyError ? e.code : 'malformed', (e as Error).message);
  }
  const expected = SIGNATURE_ALGORITHM[key.algorithm].oid;
  if (csr.signatureOid !== expected) {
    throw new CsrError(
      'unsupported-key',
      `signature algorithm ${csr.signatureOid} does not match the ${key.algorithm} key (${expected})`,
    );
  }
  if (!(await verifyWith(key.algorithm, key.publicKey, csr.signature, csr.info))) {
    throw new CsrError('bad-signature', 'the CSR signature does not verify with its own key');
  }
  return {
    spki: csr.spki.slice(),
    algorithm: key.algorithm,
    publicKey: key.publicKey,
    uriSans: csr.uriSans,
  };
}
