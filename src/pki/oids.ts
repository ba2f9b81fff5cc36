/**
 * Object identifiers the PKI code uses, dotted and pre-encoded once at module load so the
 * issuance hot path only copies bytes.
 */
import { oid } from './der';

export const OID = {
  ecPublicKey: '1.2.840.10045.2.1', // RFC 5480 2.1.1
  prime256v1: '1.2.840.10045.3.1.7', // RFC 5480 2.1.1.1 (P-256)
  secp384r1: '1.3.132.0.34', // RFC 5480 2.1.1.1 (P-384)
  rsaEncryption: '1.2.840.113549.1.1.1', // RFC 3279 2.3.1
  ecdsaWithSha256: '1.2.840.10045.4.3.2', // RFC 5758 3.2
  sha256WithRsa: '1.2.840.113549.1.1.11', // RFC 4055 5
  commonName: '2.5.4.3', // X.520
  organizationName: '2.5.4.10', // X.520
  extensionRequest: '1.2.840.113549.1.9.14', // RFC 2985 5.4.2
  subjectKeyIdentifier: '2.5.29.14', // RFC 5280 4.2.1.2
  keyUsage: '2.5.29.15', // RFC 5280 4.2.1.3
  subjectAltName: '2.5.29.17', // RFC 5280 4.2.1.6
  basicConstraints: '2.5.29.19', // RFC 5280 4.2.1.9
  authorityKeyIdentifier: '2.5.29.35', // RFC 5280 4.2.1.1
  extKeyUsage: '2.5.29.37', // RFC 5280 4.2.1.12
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
} as const;

export type OidName = keyof typeof OID;

/** The OBJECT IDENTIFIER TLV of every entry in OID. */
export const OID_DER = Object.fromEntries(
  Object.entries(OID).map(([name, dotted]) => [name, oid(dotted)]),
) as Record<OidName, Uint8Array>;
