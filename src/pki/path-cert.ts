/**
 * The facts path validation needs from one certificate, read straight from its DER on every
 * call. Nothing is cached on shared objects, so a malformed certificate gives the same answer
 * however often it is read (@peculiar/x509 remembers an empty extension list after a failed
 * parse, which turned a rejection into an acceptance on the second call).
 *
 * Reading never throws: the Name and key fields needed to build a path come first, and any
 * later defect (a malformed or duplicated extension, a bad time) is kept as `defect`, which
 * rejects a path through this certificate without disturbing paths that do not use it.
 */
import { DerError, Tag } from './der';
import {
  children,
  decodeTime,
  rawOf,
  readBitStringBytes,
  readOnly,
  type Tlv,
  valueBytes,
} from './der-reader';
import { readExtensions } from './extensions';
import { toHex } from './hex';
import {
  type GeneralName,
  type NameConstraints,
  nameRdns,
  nameSyntax,
  readGeneralName,
  readGeneralNames,
  readNameConstraints,
} from './name-constraints';

export interface PathCert {
  der: Uint8Array;
  tbs: Uint8Array;
  /** The outer signatureAlgorithm and the TBS copy, as DER; RFC 5280 4.1.1.2 wants them equal. */
  signatureAlgorithm: Uint8Array;
  tbsSignatureAlgorithm: Uint8Array;
  signature: Uint8Array;
  serial: Uint8Array;
  /** Names as hex of their DER, for comparison (RFC 5280 7.1 allows more; like Go we compare bytes). */
  issuer: string;
  subject: string;
  issuerDer: Uint8Array;
  subjectDer: Uint8Array;
  subjectRdns: string[];
  spki: Uint8Array;
  notBefore: number;
  notAfter: number;
  /** Why the certificate cannot be on a valid path whatever its place, or undefined. */
  defect?: string;
  ext: Extensions;
}

export interface Flagged<T> {
  critical: boolean;
  value: T;
}

export interface Extensions {
  basicConstraints?: Flagged<{ ca: boolean; pathLen?: number }>;
  /** KeyUsage bits as an integer: bit n is usage n of RFC 5280 4.2.1.3 (keyCertSign = 1 << 5). */
  keyUsage?: Flagged<number>;
  san?: Flagged<GeneralName[]>;
  nameConstraints?: Flagged<NameConstraints>;
  aki?: Flagged<Uint8Array | undefined>;
  ski?: Flagged<Uint8Array>;
  /** Recognised extensions that must be non-critical, and unknown critical ones, by OID. */
  others: Flagged<string>[];
}

export const KEY_CERT_SIGN = 1 << 5;

function one(value: Uint8Array, tag: number): Tlv {
  return readOnly(value, tag);
}

function readBasicConstraints(v: Uint8Array): { ca: boolean; pathLen?: number } {
  const fields = children(v, one(v, Tag.SEQUENCE));
  let i = 0;
  let ca = false;
  if (fields[i]?.tag === Tag.BOOLEAN) {
    if (fields[i]!.length !== 1 || v[fields[i]!.valueOffset] !== 0xff)
      throw new DerError('cA must be TRUE when present (DER omits a FALSE default)');
    ca = true;
    i++;
  }
  let pathLen: number | undefined;
  if (fields[i]?.tag === Tag.INTEGER) {
    const n = valueBytes(v, fields[i]!);
    if (n.length === 0 || n.length > 2 || n[0]! & 0x80) throw new DerError('bad pathLenConstraint');
    pathLen = n.reduce((acc, b) => acc * 256 + b, 0);
    i++;
  }
  if (i !== fields.length) throw new DerError('unexpected basicConstraints field');
  return pathLen === undefined ? { ca } : { ca, pathLen };
}

function readKeyUsage(v: Uint8Array): number {
  const t = one(v, Tag.BIT_STRING);
  const bytes = valueBytes(v, t).subarray(1);
  let bits = 0;
  for (let n = 0; n < Math.min(bytes.length * 8, 9); n++)
    if (bytes[n >> 3]! & (0x80 >> (n & 7))) bits |= 1 << n;
  return bits;
}

function readEku(v: Uint8Array): void {
  const oids = children(v, one(v, Tag.SEQUENCE));
  if (oids.length === 0) throw new DerError('extKeyUsage must list at least one purpose');
  for (const o of oids) if (o.tag !== Tag.OID) throw new DerError('extKeyUsage holds a non-OID');
}

function readAki(v: Uint8Array): Uint8Array | undefined {
  const fields = children(v, one(v, Tag.SEQUENCE));
  return fields[0]?.tag === 0x80 ? valueBytes(v, fields[0]) : undefined;
}

function readAia(v: Uint8Array): void {
  const items = children(v, one(v, Tag.SEQUENCE));
  if (items.length === 0) throw new DerError('authorityInfoAccess must not be empty');
  for (const item of items) {
    const [method, location, ...rest] = children(v, item);
    if (method?.tag !== Tag.OID || !location || rest.length > 0)
      throw new DerError('bad AccessDescription');
    readGeneralName(v, location);
  }
}

/** Recognised extensions that RFC 5280 says MUST be non-critical (or MUST be critical). */
const MUST_NOT_BE_CRITICAL = new Map([
  ['2.5.29.35', 'authorityKeyIdentifier (4.2.1.1)'],
  ['2.5.29.14', 'subjectKeyIdentifier (4.2.1.2)'],
  ['1.3.6.1.5.5.7.1.1', 'authorityInfoAccess (4.2.2.1)'],
]);

function decodeExtensions(buf: Uint8Array, seq: Tlv, ext: Extensions): void {
  for (const { oid, critical, value } of readExtensions(buf, seq)) {
    const v = rawOf(buf, value);
    const flag = <T>(value: T): Flagged<T> => ({ critical, value });
    try {
      if (oid === '2.5.29.19') ext.basicConstraints = flag(readBasicConstraints(v));
      else if (oid === '2.5.29.15') ext.keyUsage = flag(readKeyUsage(v));
      else if (oid === '2.5.29.17') ext.san = flag(readGeneralNames(v));
      else if (oid === '2.5.29.30') ext.nameConstraints = flag(readNameConstraints(v));
      else if (oid === '2.5.29.35') ext.aki = flag(readAki(v));
      else if (oid === '2.5.29.14') ext.ski = flag(valueBytes(v, one(v, Tag.OCTET_STRING)));
      else if (oid === '2.5.29.37') readEku(v);
      else if (oid === '1.3.6.1.5.5.7.1.1') readAia(v);
      else if (oid === '2.5.29.18') readGeneralNames(v); // issuerAltName
      if (!HANDLED.has(oid) || MUST_NOT_BE_CRITICAL.has(oid)) ext.others.push(flag(oid));
    } catch (e) {
      throw new DerError(`extension ${oid} is malformed: ${(e as Error).message}`);
    }
  }
}

/** Extensions whose meaning this validator applies, so they may be critical. */
const HANDLED = new Set(['2.5.29.19', '2.5.29.15', '2.5.29.17', '2.5.29.30', '2.5.29.37']);

/** The name of a recognised extension RFC 5280 says MUST be non-critical, or undefined. */
export const mustNotBeCritical = (oid: string): string | undefined => MUST_NOT_BE_CRITICAL.get(oid);

/** Reads one certificate; null when even its outer structure and names are not DER. */
export function readPathCert(der: Uint8Array): PathCert | null {
  try {
    const cert = readOnly(der, Tag.SEQUENCE);
    const [tbsTlv, algTlv, sigTlv, ...extra] = children(der, cert);
    if (!tbsTlv || algTlv?.tag !== Tag.SEQUENCE || !sigTlv || extra.length > 0) return null;
    const f = children(der, tbsTlv);
    let i = f[0]?.tag === 0xa0 ? 1 : 0;
    const [serialTlv, tbsAlg, issuerTlv, validity, subjectTlv, spkiTlv] = f.slice(i, i + 6);
    if (serialTlv?.tag !== Tag.INTEGER || !tbsAlg || !validity || !spkiTlv) return null;
    i += 6;
    const out: PathCert = {
      der,
      tbs: der.subarray(tbsTlv.offset, tbsTlv.end),
      signatureAlgorithm: der.subarray(algTlv.offset, algTlv.end),
      tbsSignatureAlgorithm: der.subarray(tbsAlg.offset, tbsAlg.end),
      signature: readBitStringBytes(der, sigTlv),
      serial: valueBytes(der, serialTlv),
      issuer: toHex(der.subarray(issuerTlv!.offset, issuerTlv!.end)),
      subject: toHex(der.subarray(subjectTlv!.offset, subjectTlv!.end)),
      issuerDer: der.subarray(issuerTlv!.offset, issuerTlv!.end),
      subjectDer: der.subarray(subjectTlv!.offset, subjectTlv!.end),
      subjectRdns: nameRdns(der, subjectTlv!),
      spki: der.subarray(spkiTlv.offset, spkiTlv.end),
      notBefore: Number.NaN,
      notAfter: Number.NaN,
      ext: { others: [] },
    };
    nameRdns(der, issuerTlv!);
    try {
      const [nb, na, ...rest] = children(der, validity);
      if (!nb || !na || rest.length > 0) throw new DerError('validity must hold two times');
      out.notBefore = decodeTime(der, nb);
      out.notAfter = decodeTime(der, na);
      while (f[i] && (f[i]!.tag === 0x81 || f[i]!.tag === 0x82)) i++; // unique identifiers
      const extsTlv = f[i];
      if (extsTlv) {
        if (extsTlv.tag !== 0xa3 || i + 1 !== f.length) throw new DerError('unexpected TBS field');
        const [seq, ...more] = children(der, extsTlv);
        if (seq?.tag !== Tag.SEQUENCE || more.length > 0) throw new DerError('bad extensions');
        decodeExtensions(der, seq, out.ext);
      }
      const badName = out.ext.san?.value.map(nameSyntax).find((x) => x !== null);
      if (badName) throw new DerError(`its subjectAltName ${badName}`);
    } catch (e) {
      out.defect = (e as Error).message;
    }
    return out;
  } catch {
    return null;
  }
}

/** The names name constraints apply to: the subject (when not empty) and the SAN entries. */
export function constrainedNames(cert: PathCert): GeneralName[] {
  const subject: GeneralName[] =
    cert.subjectRdns.length > 0 ? [{ kind: 'dn', rdns: cert.subjectRdns }] : [];
  return [...subject, ...(cert.ext.san?.value ?? [])];
}
