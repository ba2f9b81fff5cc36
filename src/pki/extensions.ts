/**
 * X.509 v3 extensions shared by certificates and CSRs (RFC 5280 4.1, 4.2): encoding one
 * Extension, the URI-only SubjectAltName, and reading them back.
 */
import { ascii, boolean, DerError, implicit, octetString, sequence, Tag } from './der';
import { asciiText, children, decodeOid, expectTag, readTlv, type Tlv } from './der-reader';
import { OID, OID_DER } from './oids';

/**
 * `Extension ::= SEQUENCE { extnID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }`
 * (RFC 5280 4.1); a FALSE critical flag is omitted, as DER requires for defaults (X.690 11.5).
 */
export function extension(oidDer: Uint8Array, critical: boolean, value: Uint8Array): Uint8Array {
  return critical
    ? sequence(oidDer, boolean(true), octetString(value))
    : sequence(oidDer, octetString(value));
}

/** GeneralNames of uniformResourceIdentifier [6] IA5String entries (RFC 5280 4.2.1.6). */
export function uriGeneralNames(uris: readonly string[]): Uint8Array {
  return sequence(...uris.map((u) => implicit(6, ascii(u))));
}

/**
 * SubjectAltName with URIs. Critical, because Istio leaves the subject empty: RFC 5280
 * 4.2.1.6 requires the SAN to be critical then (and Istio's san.go marks it so).
 */
export const uriSanExtension = (uris: readonly string[]): Uint8Array =>
  extension(OID_DER.subjectAltName, true, uriGeneralNames(uris));

export interface ParsedExtension {
  oid: string;
  critical: boolean;
  /** The extnValue contents: the DER of the extension's own value. */
  value: Tlv;
}

/** The Extensions SEQUENCE's members; rejects duplicates (RFC 5280 4.2). */
export function readExtensions(buf: Uint8Array, exts: Tlv): ParsedExtension[] {
  const out: ParsedExtension[] = [];
  for (const ext of children(buf, expectTag(exts, Tag.SEQUENCE, 'Extensions'))) {
    const [idTlv, second, third] = children(buf, expectTag(ext, Tag.SEQUENCE, 'Extension'));
    const id = expectTag(idTlv, Tag.OID, 'extnID');
    const oid = decodeOid(buf.subarray(id.valueOffset, id.end));
    let critical = false;
    let valueTlv = second;
    if (second?.tag === Tag.BOOLEAN) {
      // DER: TRUE is 0xff and a default FALSE is absent (X.690 11.1, 11.5)
      if (second.length !== 1 || buf[second.valueOffset] !== 0xff)
        throw new DerError('bad critical flag');
      critical = true;
      valueTlv = third;
    } else if (third) throw new DerError(`extension ${oid} has extra fields`);
    const octets = expectTag(valueTlv, Tag.OCTET_STRING, `extnValue of ${oid}`);
    if (out.some((e) => e.oid === oid)) throw new DerError(`duplicate extension ${oid}`);
    const value = readTlv(buf, octets.valueOffset, octets.end);
    if (value.end !== octets.end) throw new DerError(`extnValue of ${oid} is not one TLV`);
    out.push({ oid, critical, value });
  }
  return out;
}

/** The URI entries of a SubjectAltName value; other GeneralName forms are skipped. */
export function readUriSans(buf: Uint8Array, generalNames: Tlv): string[] {
  const uris: string[] = [];
  for (const name of children(buf, expectTag(generalNames, Tag.SEQUENCE, 'GeneralNames'))) {
    if (name.tag === 0x86) uris.push(asciiText(buf.subarray(name.valueOffset, name.end)));
  }
  return uris;
}

/** URI SANs from a list of extensions (empty when there is no SAN). */
export function uriSansOf(buf: Uint8Array, exts: readonly ParsedExtension[]): string[] {
  const san = exts.find((e) => e.oid === OID.subjectAltName);
  return san ? readUriSans(buf, san.value) : [];
}
