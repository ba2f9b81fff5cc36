/** Turns decoded handshake structs into the fields the UI shows (hex for bytes, names for codes). */

import { SubjectAlternativeNameExtension, X509Certificate } from '@peculiar/x509';
import { toHex } from '../hex';
import { Kept } from '../kept';
import {
  type Certificate,
  type CertificateRequest,
  type CertificateVerify,
  type ClientHello,
  SECP256R1,
  type ServerHello,
  TLS13,
} from './messages';
import { suiteByCode } from './record';
import { schemeName } from './signature';
import type { HandshakeMessage } from './types';
import { buf, shortHex } from './wire';

type Fields = HandshakeMessage['fields'];

const hex16 = (v: number) => `0x${v.toString(16).padStart(4, '0')}`;
const suiteName = (c: number) => suiteByCode(c) ?? hex16(c);
const groupName = (g: number) =>
  g === SECP256R1 ? 'secp256r1' : g === 0x001d ? 'x25519' : hex16(g);
const versionName = (v: number) => (v === TLS13 ? 'TLS 1.3' : hex16(v));

/** SANs by certificate bytes: a pure function of them, asked several times per handshake. */
const SANS = new Kept<{ uris: string[]; dns: string[] }>(512);

/** URI and DNS SANs of a DER certificate; empty lists when it does not parse. */
export function sansOf(der: Uint8Array): { uris: string[]; dns: string[] } {
  const sans = SANS.get(toHex(der), () => readSans(der));
  return { uris: [...sans.uris], dns: [...sans.dns] };
}

function readSans(der: Uint8Array): { uris: string[]; dns: string[] } {
  try {
    const cert = new X509Certificate(buf(der));
    const ext = cert.getExtension('2.5.29.17');
    if (!ext) return { uris: [], dns: [] };
    const names = new SubjectAlternativeNameExtension(ext.rawData).names.toJSON();
    return {
      uris: names.filter((n) => n.type === 'url').map((n) => n.value),
      dns: names.filter((n) => n.type === 'dns').map((n) => n.value),
    };
  } catch {
    return { uris: [], dns: [] };
  }
}

export function describeClientHello(m: ClientHello): Fields {
  return {
    random: toHex(m.random),
    legacy_session_id: toHex(m.sessionId),
    cipher_suites: m.cipherSuites.map(suiteName),
    supported_versions: m.supportedVersions.map(versionName),
    supported_groups: m.supportedGroups.map(groupName),
    signature_algorithms: m.signatureAlgorithms.map(schemeName),
    key_share: m.keyShares.map((k) => `${groupName(k.group)} ${shortHex(k.keyExchange)}`),
  };
}

export function describeServerHello(m: ServerHello): Fields {
  return {
    random: toHex(m.random),
    legacy_session_id_echo: toHex(m.sessionId),
    cipher_suite: suiteName(m.cipherSuite),
    selected_version: versionName(m.selectedVersion),
    key_share: `${groupName(m.keyShare.group)} ${shortHex(m.keyShare.keyExchange)}`,
  };
}

export function describeCertificateRequest(m: CertificateRequest): Fields {
  return {
    certificate_request_context: toHex(m.context),
    signature_algorithms: m.signatureAlgorithms.map(schemeName),
  };
}

export function describeCertificate(m: Certificate): Fields {
  const leaf = m.certificates[0];
  return {
    certificate_request_context: toHex(m.context),
    certificate_list: m.certificates.map(
      (c, i) => `${i === 0 ? 'leaf' : `#${i}`}: ${c.length} bytes`,
    ),
    leaf_uri_san: leaf ? sansOf(leaf).uris : [],
    empty: m.certificates.length === 0,
  };
}

export function describeCertificateVerify(m: CertificateVerify): Fields {
  return { algorithm: schemeName(m.algorithm), signature: shortHex(m.signature) };
}

export function describeFinished(verifyData: Uint8Array): Fields {
  return { verify_data: toHex(verifyData) };
}
