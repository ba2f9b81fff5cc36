/**
 * The handshake messages as RFC 8446 §4 structs, byte for byte: a 1-byte msg_type, a 3-byte
 * length, then the body. Only the extensions this handshake needs are written; unknown ones
 * are skipped on receipt, as §4.2 asks. Decoders check every length and throw DecodeError
 * (-> decode_error) or TlsAlert.
 */
import { TlsAlert } from './alerts';
import { concat, DecodeError, Reader, uint, vec } from './wire';

/** HandshakeType values (RFC 8446 §4). */
export const HANDSHAKE_TYPE = {
  ClientHello: 1,
  ServerHello: 2,
  EncryptedExtensions: 8,
  Certificate: 11,
  CertificateRequest: 13,
  CertificateVerify: 15,
  Finished: 20,
} as const;
/** A handshake message name. */
export type HandshakeType = keyof typeof HANDSHAKE_TYPE;

/** ExtensionType values used here (RFC 8446 §4.2). */
export const EXT = {
  supported_groups: 10,
  signature_algorithms: 13,
  supported_versions: 43,
  key_share: 51,
} as const;
/** NamedGroup secp256r1 (RFC 8446 §4.2.7). */
export const SECP256R1 = 0x0017;
/** ProtocolVersion of TLS 1.3 (RFC 8446 §4.2.1); legacy_version stays 0x0303. */
export const TLS13 = 0x0304;
/** SignatureScheme values used here (RFC 8446 §4.2.3). */
export const SIGNATURE_SCHEME = {
  ecdsa_secp256r1_sha256: 0x0403,
  rsa_pss_rsae_sha256: 0x0804,
} as const;

/** A key_share entry: group and the public value (an uncompressed P-256 point, §4.2.8.2). */
export interface KeyShareEntry {
  group: number;
  keyExchange: Uint8Array;
}
export interface ClientHello {
  random: Uint8Array;
  sessionId: Uint8Array;
  cipherSuites: number[];
  supportedVersions: number[];
  supportedGroups: number[];
  signatureAlgorithms: number[];
  keyShares: KeyShareEntry[];
}
export interface ServerHello {
  random: Uint8Array;
  sessionId: Uint8Array;
  cipherSuite: number;
  selectedVersion: number;
  keyShare: KeyShareEntry;
}
export interface CertificateRequest {
  context: Uint8Array;
  signatureAlgorithms: number[];
}
export interface Certificate {
  context: Uint8Array;
  certificates: Uint8Array[];
}
export interface CertificateVerify {
  algorithm: number;
  signature: Uint8Array;
}

const u16list = (values: number[]) => concat(...values.map((v) => uint(v, 2)));
const ext = (type: number, data: Uint8Array) => concat(uint(type, 2), vec(2, data));
const keyShare = (e: KeyShareEntry) => concat(uint(e.group, 2), vec(2, e.keyExchange));

/** Wraps a body in the Handshake header: msg_type, uint24 length (RFC 8446 §4). */
export function handshakeMessage(type: HandshakeType, body: Uint8Array): Uint8Array {
  return concat(uint(HANDSHAKE_TYPE[type], 1), vec(3, body));
}

/** Reads the Handshake header and returns the body; a different type is unexpected_message. */
export function handshakeBody(bytes: Uint8Array, expected: HandshakeType): Uint8Array {
  const r = new Reader(bytes);
  const type = r.uint(1);
  const body = r.vec(3);
  r.end(expected);
  if (type !== HANDSHAKE_TYPE[expected]) {
    throw new TlsAlert(
      'unexpected_message',
      'unexpected_message',
      `expected ${expected}, got type ${type}`,
    );
  }
  return body;
}

/** A run of uint16 values with no prefix of its own. */
function u16s(bytes: Uint8Array): number[] {
  if (bytes.length % 2 !== 0) throw new DecodeError('odd length for a uint16 list');
  const r = new Reader(bytes);
  const out: number[] = [];
  while (r.remaining > 0) out.push(r.uint(2));
  return out;
}

/** An extension body that is exactly one uint16 vector with a `width`-byte length. */
function readU16List(bytes: Uint8Array, width: 1 | 2): number[] {
  const r = new Reader(bytes);
  const list = r.vec(width);
  r.end('list');
  return u16s(list);
}

/** Parses `Extension extensions<..2^16-1>`; a repeated type is illegal_parameter (RFC 8446 §4.2). */
function readExtensions(r: Reader): Map<number, Uint8Array> {
  const list = new Reader(r.vec(2));
  const out = new Map<number, Uint8Array>();
  while (list.remaining > 0) {
    const type = list.uint(2);
    if (out.has(type)) {
      throw new TlsAlert(
        'illegal_parameter',
        'duplicate_extension',
        `extension ${type} appears twice`,
      );
    }
    out.set(type, list.vec(2));
  }
  return out;
}

function need(exts: Map<number, Uint8Array>, name: keyof typeof EXT, where: string): Uint8Array {
  const data = exts.get(EXT[name]);
  if (!data)
    throw new TlsAlert('missing_extension', 'missing_extension', `${where} has no ${name}`);
  return data;
}

/** ClientHello (RFC 8446 §4.1.2). */
export function encodeClientHello(m: ClientHello): Uint8Array {
  const extensions = concat(
    ext(EXT.supported_versions, vec(1, u16list(m.supportedVersions))),
    ext(EXT.supported_groups, vec(2, u16list(m.supportedGroups))),
    ext(EXT.signature_algorithms, vec(2, u16list(m.signatureAlgorithms))),
    ext(EXT.key_share, vec(2, ...m.keyShares.map(keyShare))),
  );
  const body = concat(
    uint(0x0303, 2),
    m.random,
    vec(1, m.sessionId),
    vec(2, u16list(m.cipherSuites)),
    vec(1, uint(0, 1)),
    vec(2, extensions),
  );
  return handshakeMessage('ClientHello', body);
}

export function decodeClientHello(bytes: Uint8Array): ClientHello {
  const r = new Reader(handshakeBody(bytes, 'ClientHello'));
  r.uint(2); // legacy_version
  const random = r.take(32);
  const sessionId = r.vec(1);
  const cipherSuites = u16s(r.vec(2));
  r.vec(1); // legacy_compression_methods
  const exts = readExtensions(r);
  r.end('ClientHello');
  const versions = exts.get(EXT.supported_versions);
  const shares = new Reader(new Reader(need(exts, 'key_share', 'ClientHello')).vec(2));
  const keyShares: KeyShareEntry[] = [];
  while (shares.remaining > 0)
    keyShares.push({ group: shares.uint(2), keyExchange: shares.vec(2) });
  return {
    random,
    sessionId,
    cipherSuites,
    supportedVersions: versions ? readU16List(versions, 1) : [],
    supportedGroups: readU16List(need(exts, 'supported_groups', 'ClientHello'), 2),
    signatureAlgorithms: readU16List(need(exts, 'signature_algorithms', 'ClientHello'), 2),
    keyShares,
  };
}

/** ServerHello (RFC 8446 §4.1.3). */
export function encodeServerHello(m: ServerHello): Uint8Array {
  const extensions = concat(
    ext(EXT.supported_versions, uint(m.selectedVersion, 2)),
    ext(EXT.key_share, keyShare(m.keyShare)),
  );
  const body = concat(
    uint(0x0303, 2),
    m.random,
    vec(1, m.sessionId),
    uint(m.cipherSuite, 2),
    uint(0, 1),
    vec(2, extensions),
  );
  return handshakeMessage('ServerHello', body);
}

export function decodeServerHello(bytes: Uint8Array): ServerHello {
  const r = new Reader(handshakeBody(bytes, 'ServerHello'));
  r.uint(2);
  const random = r.take(32);
  const sessionId = r.vec(1);
  const cipherSuite = r.uint(2);
  r.uint(1);
  const exts = readExtensions(r);
  r.end('ServerHello');
  const version = new Reader(need(exts, 'supported_versions', 'ServerHello'));
  const share = new Reader(need(exts, 'key_share', 'ServerHello'));
  const selectedVersion = version.uint(2);
  version.end('supported_versions');
  const keyShareEntry = { group: share.uint(2), keyExchange: share.vec(2) };
  share.end('key_share');
  return { random, sessionId, cipherSuite, selectedVersion, keyShare: keyShareEntry };
}

/** EncryptedExtensions with an empty extension list (RFC 8446 §4.3.1). */
export function encodeEncryptedExtensions(): Uint8Array {
  return handshakeMessage('EncryptedExtensions', vec(2));
}

export function decodeEncryptedExtensions(bytes: Uint8Array): Map<number, Uint8Array> {
  const r = new Reader(handshakeBody(bytes, 'EncryptedExtensions'));
  const exts = readExtensions(r);
  r.end('EncryptedExtensions');
  return exts;
}

/** CertificateRequest (RFC 8446 §4.3.2): signature_algorithms is its one mandatory extension. */
export function encodeCertificateRequest(m: CertificateRequest): Uint8Array {
  const exts = ext(EXT.signature_algorithms, vec(2, u16list(m.signatureAlgorithms)));
  return handshakeMessage('CertificateRequest', concat(vec(1, m.context), vec(2, exts)));
}

export function decodeCertificateRequest(bytes: Uint8Array): CertificateRequest {
  const r = new Reader(handshakeBody(bytes, 'CertificateRequest'));
  const context = r.vec(1);
  const exts = readExtensions(r);
  r.end('CertificateRequest');
  const sig = need(exts, 'signature_algorithms', 'CertificateRequest');
  return { context, signatureAlgorithms: readU16List(sig, 2) };
}

/** Certificate (RFC 8446 §4.4.2): X.509 entries, leaf first, each with empty extensions. */
export function encodeCertificate(m: Certificate): Uint8Array {
  const entries = m.certificates.map((der) => concat(vec(3, der), vec(2)));
  return handshakeMessage('Certificate', concat(vec(1, m.context), vec(3, ...entries)));
}

export function decodeCertificate(bytes: Uint8Array): Certificate {
  const r = new Reader(handshakeBody(bytes, 'Certificate'));
  const context = r.vec(1);
  const list = new Reader(r.vec(3));
  r.end('Certificate');
  const certificates: Uint8Array[] = [];
  while (list.remaining > 0) {
    const der = list.vec(3);
    if (der.length === 0) throw new DecodeError('empty cert_data');
    certificates.push(der);
    list.vec(2); // per-certificate extensions (OCSP, SCT): ignored
  }
  return { context, certificates };
}

/** CertificateVerify (RFC 8446 §4.4.3). */
export function encodeCertificateVerify(m: CertificateVerify): Uint8Array {
  return handshakeMessage('CertificateVerify', concat(uint(m.algorithm, 2), vec(2, m.signature)));
}

export function decodeCertificateVerify(bytes: Uint8Array): CertificateVerify {
  const r = new Reader(handshakeBody(bytes, 'CertificateVerify'));
  const algorithm = r.uint(2);
  const signature = r.vec(2);
  r.end('CertificateVerify');
  return { algorithm, signature };
}

/** Finished (RFC 8446 §4.4.4): verify_data is Hash.length bytes, no length prefix. */
export function encodeFinished(verifyData: Uint8Array): Uint8Array {
  return handshakeMessage('Finished', verifyData);
}

export function decodeFinished(bytes: Uint8Array, hashLength: number): Uint8Array {
  const body = handshakeBody(bytes, 'Finished');
  if (body.length !== hashLength) throw new DecodeError(`verify_data must be ${hashLength} bytes`);
  return body;
}
