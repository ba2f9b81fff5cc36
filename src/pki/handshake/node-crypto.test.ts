/**
 * Cross-checks the WebCrypto handshake with node:crypto (OpenSSL), using only what the
 * handshake recorded: message bytes, the NSS key log and the certificates. Nothing here
 * calls the handshake's own hashing, HKDF, HMAC, signature or AEAD code.
 */
import {
  constants,
  createDecipheriv,
  createHash,
  createHmac,
  X509Certificate as NodeX509,
  verify,
} from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { exchange, runHandshake } from './handshake';
import { makeIdentity, makeRoot, ORDER, PAYMENT, type TestCa, testValidator } from './test-pki';
import type { HandshakeMessage, HandshakeResult, TlsIdentity } from './types';

type Hash = 'sha256' | 'sha384';
const hashLen = (h: Hash) => (h === 'sha256' ? 32 : 48);

/** HKDF-Expand-Label for L <= Hash.length: one HMAC block, T(1) = HMAC(secret, HkdfLabel || 0x01). */
function expandLabel(hash: Hash, secret: Buffer, label: string, length: number): Buffer {
  const full = Buffer.from(`tls13 ${label}`, 'ascii');
  const info = Buffer.concat([
    Buffer.from([length >> 8, length & 0xff, full.length]),
    full,
    Buffer.from([0]), // empty context
  ]);
  return createHmac(hash, secret)
    .update(Buffer.concat([info, Buffer.from([1])]))
    .digest()
    .subarray(0, length);
}

const bytesOf = (m: HandshakeMessage | undefined) => Buffer.from(m?.bytes ?? '', 'hex');
const find = (r: HandshakeResult, from: string, type: string) =>
  r.messages.find((m) => m.from === from && m.type === type);
/** Transcript-Hash of every recorded handshake message before `index`. */
const transcript = (r: HandshakeResult, hash: Hash, index: number) =>
  createHash(hash)
    .update(Buffer.concat(r.messages.filter((m) => m.index < index).map(bytesOf)))
    .digest();
const secretFromLog = (r: HandshakeResult, label: string) =>
  Buffer.from(r.keyLog.client.find((l) => l.startsWith(`${label} `))?.split(' ')[2] ?? '', 'hex');

/** Parses CertificateVerify by hand: type 15, uint24 length, uint16 scheme, uint16-prefixed signature. */
function parseCertificateVerify(bytes: Buffer): { scheme: number; signature: Buffer } {
  expect(bytes[0]).toBe(15);
  return { scheme: bytes.readUInt16BE(4), signature: bytes.subarray(8, 8 + bytes.readUInt16BE(6)) };
}

function verifyWithNode(leafDer: Uint8Array, side: string, th: Buffer, cv: Buffer): boolean {
  const { scheme, signature } = parseCertificateVerify(cv);
  const content = Buffer.concat([
    Buffer.alloc(64, 0x20),
    Buffer.from(`TLS 1.3, ${side} CertificateVerify`, 'ascii'),
    Buffer.from([0]),
    th,
  ]);
  const key = new NodeX509(Buffer.from(leafDer)).publicKey;
  if (scheme === 0x0403) return verify('sha256', content, { key, dsaEncoding: 'der' }, signature);
  expect(scheme).toBe(0x0804);
  const pss = { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
  return verify('sha256', content, pss, signature);
}

let root: TestCa;
beforeAll(async () => {
  root = await makeRoot();
});

describe.each([
  {
    name: 'ECDSA P-256, TLS_AES_128_GCM_SHA256',
    alg: 'ECDSA_P256',
    suite: 'TLS_AES_128_GCM_SHA256',
    hash: 'sha256',
    aes: 'aes-128-gcm',
    keyLen: 16,
  },
  {
    name: 'RSA 2048, TLS_AES_256_GCM_SHA384',
    alg: 'RSA_2048',
    suite: 'TLS_AES_256_GCM_SHA384',
    hash: 'sha384',
    aes: 'aes-256-gcm',
    keyLen: 32,
  },
] as const)('node:crypto agrees: $name', ({ alg, suite, hash, aes, keyLen }) => {
  let client: TlsIdentity;
  let server: TlsIdentity;
  let r: HandshakeResult;
  beforeAll(async () => {
    client = await makeIdentity(root, ORDER, { algorithm: alg });
    server = await makeIdentity(root, PAYMENT, { algorithm: alg });
    r = await runHandshake({
      client: { identity: client, validatePeer: testValidator(root), cipherSuites: [suite] },
      server: { identity: server, validatePeer: testValidator(root), requireClientCert: true },
    });
    expect(r.failure).toBeUndefined();
  });

  it('verifies both CertificateVerify signatures over the recomputed transcript hash', () => {
    for (const [side, identity] of [
      ['server', server],
      ['client', client],
    ] as const) {
      const cv = find(r, side, 'CertificateVerify');
      const th = transcript(r, hash, cv?.index ?? 0);
      expect(cv?.fields.transcript_hash).toBe(th.toString('hex'));
      const leaf = identity.chain[0] ?? new Uint8Array();
      expect(bytesOf(find(r, side, 'Certificate')).includes(Buffer.from(leaf))).toBe(true);
      expect(verifyWithNode(leaf, side, th, bytesOf(cv))).toBe(true);
      // The other context string must not verify: the signature is bound to its role.
      expect(verifyWithNode(leaf, side === 'server' ? 'client' : 'server', th, bytesOf(cv))).toBe(
        false,
      );
    }
  });

  it('recomputes both Finished MACs from the key log with createHmac', () => {
    for (const [side, label] of [
      ['server', 'SERVER_HANDSHAKE_TRAFFIC_SECRET'],
      ['client', 'CLIENT_HANDSHAKE_TRAFFIC_SECRET'],
    ] as const) {
      const fin = find(r, side, 'Finished');
      const finishedKey = expandLabel(hash, secretFromLog(r, label), 'finished', hashLen(hash));
      const expected = createHmac(hash, finishedKey)
        .update(transcript(r, hash, fin?.index ?? 0))
        .digest();
      expect(bytesOf(fin).subarray(4).toString('hex')).toBe(expected.toString('hex'));
    }
  });

  it('decrypts the application data records like Wireshark with SSLKEYLOGFILE', async () => {
    if (!r.session) throw new Error('no session');
    const res = await exchange(
      r.session,
      { method: 'GET', path: '/pay', headers: {} },
      async () => ({
        status: 200,
        body: 'ok',
      }),
    );
    const record = bytesOf(res.messages[0]);
    const secret = secretFromLog(r, 'CLIENT_TRAFFIC_SECRET_0');
    const key = expandLabel(hash, secret, 'key', keyLen);
    const iv = expandLabel(hash, secret, 'iv', 12); // sequence number 0: nonce = iv
    const body = record.subarray(5);
    const decipher = createDecipheriv(aes, key, iv);
    decipher.setAAD(record.subarray(0, 5));
    decipher.setAuthTag(body.subarray(body.length - 16));
    const inner = Buffer.concat([
      decipher.update(body.subarray(0, body.length - 16)),
      decipher.final(),
    ]);
    expect(inner.at(-1)).toBe(23); // TLSInnerPlaintext.type = application_data
    expect(inner.subarray(0, -1).toString('utf8')).toMatch(/^GET \/pay HTTP\/1\.1\r\n/);
  });
});
