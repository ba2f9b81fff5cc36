/**
 * A fast read of an X.509 certificate (RFC 5280 4.1) straight off its DER, for the engine's
 * hot path and the UI's tables. Byte fields are views into the input (no copies).
 */
import { DerError, Tag } from './der';
import {
  children,
  decodeOid,
  decodeTime,
  expectTag,
  rawOf,
  readBitStringBytes,
  readOnly,
  type Tlv,
  valueBytes,
} from './der-reader';
import { readExtensions, readUriSans } from './extensions';
import { toHex } from './hex';
import { OID } from './oids';

export interface CertSummary {
  /**
   * Lower-case hex of the serial's value as stored: whole octets, no colons, no padding to
   * 32 digits, and without DER's 0x00 sign octet (the same string as @peculiar/x509's
   * `serialNumber`). Istio prints `%032x`: `serialHex.padStart(32, '0')`.
   */
  serialHex: string;
  notBefore: number;
  notAfter: number;
  uriSans: string[];
  issuerDer: Uint8Array;
  subjectDer: Uint8Array;
  /** The signed TBSCertificate, header included. */
  tbs: Uint8Array;
  signatureAlgorithmOid: string;
  /** X.509 form (DER Ecdsa-Sig-Value for ECDSA). */
  signature: Uint8Array;
  spki: Uint8Array;
  /** basicConstraints cA (RFC 5280 4.2.1.9); false when the extension is absent. */
  isCa: boolean;
}

/** Summarise a certificate's DER; throws an Error naming the field on malformed input. */
export function readCertificate(der: Uint8Array): CertSummary {
  try {
    return summarise(der);
  } catch (e) {
    throw new Error(`malformed certificate: ${(e as Error).message}`, { cause: e });
  }
}

/** Drop the sign octet DER adds before a set top bit (X.690 8.3.2). */
function serialMagnitude(v: Uint8Array): Uint8Array {
  if (v[0]! & 0x80) throw new DerError('negative serialNumber'); // RFC 5280 4.1.2.2
  return v.length > 1 && v[0] === 0 ? v.subarray(1) : v;
}

function summarise(der: Uint8Array): CertSummary {
  const [tbsTlv, algTlv, sigTlv, ...extra] = children(der, readOnly(der, Tag.SEQUENCE));
  if (extra.length > 0) throw new DerError('Certificate has extra fields');
  const f = children(der, expectTag(tbsTlv, Tag.SEQUENCE, 'tbsCertificate'));
  // version [0] EXPLICIT is optional (v1); RFC 5280 4.1.2.1
  let i = f[0]?.tag === 0xa0 ? 1 : 0;
  const at = (what: string, tag: number): Tlv => expectTag(f[i++], tag, what);
  const serial = at('serialNumber', Tag.INTEGER);
  if (serial.length === 0) throw new DerError('empty serialNumber');
  at('signature', Tag.SEQUENCE);
  const issuer = at('issuer', Tag.SEQUENCE);
  const [nb, na, ...more] = children(der, at('validity', Tag.SEQUENCE));
  if (!nb || !na || more.length > 0) throw new DerError('validity must hold two times');
  const subject = at('subject', Tag.SEQUENCE);
  const spki = at('subjectPublicKeyInfo', Tag.SEQUENCE);
  let uriSans: string[] = [];
  let isCa = false;
  for (const t of f.slice(i)) {
    if (t.tag !== 0xa3) continue; // issuerUniqueID [1], subjectUniqueID [2]
    const [exts] = children(der, t);
    for (const ext of readExtensions(der, expectTag(exts, Tag.SEQUENCE, 'extensions'))) {
      if (ext.oid === OID.subjectAltName) uriSans = readUriSans(der, ext.value);
      if (ext.oid === OID.basicConstraints) {
        const [ca] = children(der, expectTag(ext.value, Tag.SEQUENCE, 'BasicConstraints'));
        isCa = ca?.tag === Tag.BOOLEAN && der[ca.valueOffset] === 0xff;
      }
    }
  }
  const algOid = expectTag(
    children(der, expectTag(algTlv, Tag.SEQUENCE, 'signatureAlgorithm'))[0],
    Tag.OID,
    'algorithm',
  );
  return {
    serialHex: toHex(serialMagnitude(valueBytes(der, serial))),
    notBefore: decodeTime(der, nb),
    notAfter: decodeTime(der, na),
    uriSans,
    issuerDer: rawOf(der, issuer),
    subjectDer: rawOf(der, subject),
    tbs: rawOf(der, tbsTlv!),
    signatureAlgorithmOid: decodeOid(valueBytes(der, algOid)),
    signature: readBitStringBytes(der, expectTag(sigTlv, Tag.BIT_STRING, 'signatureValue')),
    spki: rawOf(der, spki),
    isCa,
  };
}
