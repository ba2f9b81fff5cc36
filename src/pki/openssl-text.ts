/**
 * A certificate as `openssl x509 -text -noout` (OpenSSL 3.0) prints it, with the line range of
 * each field so a UI can highlight "this is the SAN". @peculiar/x509's toString('text') is
 * close but not the same (URL: for URI:, no CA:FALSE), and learners compare with a terminal.
 */

import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  ExtendedKeyUsageExtension,
  type Extension,
  KeyUsagesExtension,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
  X509Certificate,
} from '@peculiar/x509';
import { toHex } from './hex';
import {
  colonHex,
  hexBlock,
  opensslName,
  readTlv,
  tlvChildren,
  unsignedBigInt,
} from './openssl-format';

export type OpensslField =
  | 'serial'
  | 'issuer'
  | 'validity'
  | 'subject'
  | 'publicKey'
  | 'keyUsage'
  | 'extKeyUsage'
  | 'basicConstraints'
  | 'san'
  | 'aki'
  | 'ski'
  | 'signature';

/** The text, and 0-based inclusive line ranges (into text.split('\n')) per field. */
export interface OpensslText {
  text: string;
  fields: { key: OpensslField; startLine: number; endLine: number }[];
}

const EXTENSION_NAMES: Record<string, string> = {
  '2.5.29.14': 'X509v3 Subject Key Identifier',
  '2.5.29.15': 'X509v3 Key Usage',
  '2.5.29.17': 'X509v3 Subject Alternative Name',
  '2.5.29.19': 'X509v3 Basic Constraints',
  '2.5.29.30': 'X509v3 Name Constraints',
  '2.5.29.31': 'X509v3 CRL Distribution Points',
  '2.5.29.32': 'X509v3 Certificate Policies',
  '2.5.29.35': 'X509v3 Authority Key Identifier',
  '2.5.29.37': 'X509v3 Extended Key Usage',
  '1.3.6.1.5.5.7.1.1': 'Authority Information Access',
};
const KEY_USAGES = [
  'Digital Signature',
  'Non Repudiation',
  'Key Encipherment',
  'Data Encipherment',
  'Key Agreement',
  'Certificate Sign',
  'CRL Sign',
  'Encipher Only',
  'Decipher Only',
];
const EKU_NAMES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'TLS Web Server Authentication',
  '1.3.6.1.5.5.7.3.2': 'TLS Web Client Authentication',
  '1.3.6.1.5.5.7.3.3': 'Code Signing',
  '1.3.6.1.5.5.7.3.4': 'E-mail Protection',
  '1.3.6.1.5.5.7.3.8': 'Time Stamping',
  '1.3.6.1.5.5.7.3.9': 'OCSP Signing',
};
const SAN_PREFIX: Record<string, string> = {
  url: 'URI',
  dns: 'DNS',
  ip: 'IP Address',
  email: 'email',
  dn: 'DirName',
  guid: 'othername',
  upn: 'othername',
  id: 'Registered ID',
};
const CURVES: Record<string, [oidName: string, nist: string, bits: number]> = {
  '1.2.840.10045.3.1.7': ['prime256v1', 'P-256', 256],
  '1.3.132.0.34': ['secp384r1', 'P-384', 384],
  '1.3.132.0.35': ['secp521r1', 'P-521', 521],
};
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** OpenSSL's ASN1_TIME_print: "Dec  9 23:58:00 2025 GMT". */
function opensslTime(d: Date): string {
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const time = d.toISOString().slice(11, 19);
  return `${MONTHS[d.getUTCMonth()]} ${day} ${time} ${d.getUTCFullYear()} GMT`;
}

function signatureName(cert: X509Certificate): string {
  const alg = cert.signatureAlgorithm as { name: string; hash?: { name: string } };
  const hash = (alg.hash?.name ?? '').replace('-', '');
  if (alg.name === 'ECDSA') return `ecdsa-with-${hash}`;
  if (alg.name === 'RSASSA-PKCS1-v1_5') return `${hash.toLowerCase()}WithRSAEncryption`;
  if (alg.name === 'RSA-PSS') return 'rsassaPss';
  return alg.name;
}

/** Serial as OpenSSL prints it: decimal if it fits a signed 64-bit long, else colon hex. */
function serialLines(hex: string): string[] {
  const magnitude = hex.replace(/^(00)+(?=..)/, '');
  const value = BigInt(`0x${magnitude || '0'}`);
  if (magnitude.length <= 16 && value <= 0x7fffffffffffffffn) {
    return [`        Serial Number: ${value} (0x${value.toString(16)})`];
  }
  return ['        Serial Number:', `            ${colonHex(magnitude.match(/../g) ?? [])}`];
}

function publicKeyLines(spki: Uint8Array): string[] {
  const [algId, bits] = tlvChildren(readTlv(spki, 0).value);
  const [oid, params] = tlvChildren(algId!.value);
  const key = bits!.value.subarray(1); // skip the BIT STRING's unused-bits byte
  const out = ['        Subject Public Key Info:'];
  if (oid!.oid === '1.2.840.113549.1.1.1') {
    const [n, e] = tlvChildren(readTlv(key, 0).value);
    const modulus = unsignedBigInt(n!.value);
    const exponent = unsignedBigInt(e!.value);
    out.push('            Public Key Algorithm: rsaEncryption');
    out.push(
      `                Public-Key: (${modulus.toString(2).length} bit)`,
      '                Modulus:',
    );
    const hex = modulus.toString(16).padStart(2, '0');
    const even = hex.length % 2 ? `0${hex}` : hex;
    // OpenSSL prints a leading 00 when the top bit is set, as the DER INTEGER has it.
    const bytes = (/^[89a-f]/.test(even) ? `00${even}` : even).match(/../g) ?? [];
    out.push(
      ...hexBlock(bytes, 15, 20),
      `                Exponent: ${exponent} (0x${exponent.toString(16)})`,
    );
    return out;
  }
  if (oid!.oid === '1.2.840.10045.2.1') {
    const [curveOid, nist, size] = CURVES[params?.oid ?? ''] ?? [params?.oid ?? '?', '', 0];
    out.push('            Public Key Algorithm: id-ecPublicKey');
    out.push(`                Public-Key: (${size} bit)`, '                pub:');
    out.push(...hexBlock(toHex(key).match(/../g) ?? [], 15, 20));
    out.push(`                ASN1 OID: ${curveOid}`);
    if (nist) out.push(`                NIST CURVE: ${nist}`);
    return out;
  }
  out.push(`            Public Key Algorithm: ${oid!.oid}`);
  return out;
}

type FieldLines = { key?: OpensslField; lines: string[] };

function extensionLines(ext: Extension): FieldLines {
  const name = EXTENSION_NAMES[ext.type] ?? ext.type;
  const head = `            ${name}: ${ext.critical ? 'critical' : ''}`;
  const value = (key: OpensslField | undefined, text: string) => ({
    key,
    lines: [head, `                ${text}`],
  });
  if (ext instanceof KeyUsagesExtension) {
    return value('keyUsage', KEY_USAGES.filter((_, i) => ext.usages & (1 << i)).join(', '));
  }
  if (ext instanceof ExtendedKeyUsageExtension) {
    const names = ext.usages.map((u) => EKU_NAMES[String(u)] ?? String(u));
    return value('extKeyUsage', names.join(', '));
  }
  if (ext instanceof BasicConstraintsExtension) {
    const len = ext.pathLength === undefined ? '' : `, pathlen:${ext.pathLength}`;
    return value('basicConstraints', `CA:${ext.ca ? 'TRUE' : 'FALSE'}${len}`);
  }
  if (ext instanceof SubjectAlternativeNameExtension) {
    const names = ext.names.items.map((n) => `${SAN_PREFIX[n.type] ?? n.type}:${n.value}`);
    return value('san', names.join(', '));
  }
  if (ext instanceof SubjectKeyIdentifierExtension) {
    return value('ski', colonHex(ext.keyId.match(/../g) ?? []).toUpperCase());
  }
  if (ext instanceof AuthorityKeyIdentifierExtension) {
    return value('aki', colonHex((ext.keyId ?? '').match(/../g) ?? []).toUpperCase());
  }
  return value(undefined, '<not decoded by this viewer>');
}

/** Renders DER as `openssl x509 -text -noout` (OpenSSL 3.0 layout) with per-field line ranges. */
export function renderOpensslText(der: Uint8Array): OpensslText {
  const cert = new X509Certificate(new Uint8Array(der));
  const lines: string[] = [];
  const fields: OpensslText['fields'] = [];
  const add = (key: OpensslField | undefined, more: string[]) => {
    if (key) fields.push({ key, startLine: lines.length, endLine: lines.length + more.length - 1 });
    lines.push(...more);
  };
  const certificate = tlvChildren(readTlv(der, 0).value);
  const tbs = tlvChildren(certificate[0]!.value);
  const version =
    tbs[0]!.tag === 0xa0 ? Number(unsignedBigInt(tlvChildren(tbs[0]!.value)[0]!.value)) : 0;
  add(undefined, [
    'Certificate:',
    '    Data:',
    `        Version: ${version + 1} (0x${version.toString(16)})`,
  ]);
  add('serial', serialLines(cert.serialNumber));
  add(undefined, [`        Signature Algorithm: ${signatureName(cert)}`]);
  add('issuer', [`        Issuer: ${opensslName(cert.issuerName.toJSON())}`]);
  add('validity', [
    '        Validity',
    `            Not Before: ${opensslTime(cert.notBefore)}`,
    `            Not After : ${opensslTime(cert.notAfter)}`,
  ]);
  add('subject', [`        Subject: ${opensslName(cert.subjectName.toJSON())}`]);
  add('publicKey', publicKeyLines(new Uint8Array(cert.publicKey.rawData)));
  if (cert.extensions.length > 0) {
    add(undefined, ['        X509v3 extensions:']);
    for (const ext of cert.extensions) {
      const { key, lines: more } = extensionLines(ext);
      add(key, more);
    }
  }
  const sig = toHex(new Uint8Array(cert.signature)).match(/../g) ?? [];
  add('signature', [
    `    Signature Algorithm: ${signatureName(cert)}`,
    '    Signature Value:',
    ...hexBlock(sig, 18, 8),
  ]);
  return { text: `${lines.join('\n')}\n`, fields };
}
