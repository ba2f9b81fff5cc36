import { beforeAll, describe, expect, it } from 'vitest';
import { runHandshake } from './handshake';
import {
  makeIdentity,
  makeRoot,
  NOW,
  ORDER,
  PAYMENT,
  type TestCa,
  testValidator,
} from './test-pki';
import type { HandshakeMessage, HandshakeOptions, TlsIdentity } from './types';

let root: TestCa;
let foreign: TestCa;
let order: TlsIdentity;
let payment: TlsIdentity;

beforeAll(async () => {
  root = await makeRoot();
  foreign = await makeRoot('O=attacker.example');
  order = await makeIdentity(root, ORDER);
  payment = await makeIdentity(root, PAYMENT);
});

/** order-sa (client) calls payment-sa (server); override any part. */
function options(over: {
  client?: Partial<HandshakeOptions['client']>;
  server?: Partial<HandshakeOptions['server']>;
  tamper?: HandshakeOptions['tamper'];
}): HandshakeOptions {
  return {
    client: { identity: order, validatePeer: testValidator(root), ...over.client },
    server: {
      identity: payment,
      validatePeer: testValidator(root),
      requireClientCert: true,
      ...over.server,
    },
    tamper: over.tamper,
  };
}

const flow = (ms: HandshakeMessage[]) => ms.map((m) => `${m.from}:${m.type}`);
const flipByte =
  (type: string, from: 'client' | 'server', offset: (w: Uint8Array) => number) =>
  (m: HandshakeMessage) => {
    if (m.type !== type || m.from !== from || !m.wire) return;
    const at = offset(m.wire);
    m.wire[at] = (m.wire[at] ?? 0) ^ 0x01;
  };

describe('mutual TLS between two sidecars', () => {
  it('authenticates both sides in TLS 1.3 order and agrees on keys', async () => {
    const r = await runHandshake(options({}));
    expect(r.failure).toBeUndefined();
    expect(r.ok).toBe(true);
    expect(flow(r.messages)).toEqual([
      'client:ClientHello',
      'server:ServerHello',
      'server:EncryptedExtensions',
      'server:CertificateRequest',
      'server:Certificate',
      'server:CertificateVerify',
      'server:Finished',
      'client:Certificate',
      'client:CertificateVerify',
      'client:Finished',
    ]);
    expect(r.messages.map((m) => m.encrypted)).toEqual([false, false, ...Array(8).fill(true)]);
    expect(r.messages.every((m) => m.checks.every((c) => c.ok))).toBe(true);
    expect(r.clientPeerId).toBe(PAYMENT);
    expect(r.serverPeerId).toBe(ORDER);
    expect(r.session?.serverId).toBe(PAYMENT);
    expect(r.session?.suite).toBe('TLS_AES_128_GCM_SHA256');
    // Each side ran its own key schedule; they must agree, secret by secret.
    expect(r.keyLog.client).toHaveLength(4);
    expect(r.keyLog.client).toEqual(r.keyLog.server);
    const cv = r.messages[5];
    expect(cv?.fields.algorithm).toBe('ecdsa_secp256r1_sha256');
    expect(r.messages[4]?.fields.leaf_uri_san).toEqual([PAYMENT]);
  });

  it('negotiates TLS_AES_256_GCM_SHA384 with a SHA-384 key schedule when that is all the client offers', async () => {
    const r = await runHandshake(options({ client: { cipherSuites: ['TLS_AES_256_GCM_SHA384'] } }));
    expect(r.ok).toBe(true);
    expect(r.session?.suite).toBe('TLS_AES_256_GCM_SHA384');
    const secret = r.keyLog.client[0]?.split(' ')[2] ?? '';
    expect(secret).toHaveLength(96);
    const finished = r.messages.find((m) => m.type === 'Finished');
    expect(String(finished?.fields.verify_data)).toHaveLength(96);
  });

  it('fails with handshake_failure when no cipher suite is shared', async () => {
    const r = await runHandshake(
      options({
        client: { cipherSuites: ['TLS_AES_256_GCM_SHA384'] },
        server: { cipherSuites: ['TLS_AES_128_GCM_SHA256'] },
      }),
    );
    expect(r.failure).toMatchObject({
      at: 'ClientHello',
      side: 'server',
      alert: 'handshake_failure',
    });
  });

  it('signs CertificateVerify with RSA-PSS for RSA_2048 identities, both ways', async () => {
    const rsaServer = await makeIdentity(root, PAYMENT, { algorithm: 'RSA_2048' });
    const rsaClient = await makeIdentity(root, ORDER, { algorithm: 'RSA_2048' });
    const r = await runHandshake(
      options({ client: { identity: rsaClient }, server: { identity: rsaServer } }),
    );
    expect(r.failure).toBeUndefined();
    const cvs = r.messages.filter((m) => m.type === 'CertificateVerify');
    expect(cvs.map((m) => m.fields.algorithm)).toEqual([
      'rsa_pss_rsae_sha256',
      'rsa_pss_rsae_sha256',
    ]);
    expect(r.serverPeerId).toBe(ORDER);
    // Mixed: RSA server, ECDSA client.
    const mixed = await runHandshake(options({ server: { identity: rsaServer } }));
    expect(mixed.ok).toBe(true);
  });
});

describe('failures where TLS detects them', () => {
  it('server requires a client certificate and gets an empty one: certificate_required', async () => {
    const r = await runHandshake(options({ client: { identity: undefined } }));
    expect(r.failure).toMatchObject({
      at: 'Certificate',
      side: 'server',
      alert: 'certificate_required',
    });
    const last = r.messages.at(-1);
    expect(last).toMatchObject({ from: 'server', type: 'Alert', encrypted: true });
    expect(last?.fields.description).toBe('certificate_required');
    expect(r.clientPeerId).toBe(PAYMENT);
    expect(r.serverPeerId).toBeUndefined();
  });

  it('an empty client Certificate is fine when the server does not require one (no CertificateVerify)', async () => {
    const r = await runHandshake(
      options({ client: { identity: undefined }, server: { requireClientCert: false } }),
    );
    expect(r.ok).toBe(true);
    expect(flow(r.messages).slice(7)).toEqual(['client:Certificate', 'client:Finished']);
    expect(r.serverPeerId).toBeUndefined();
  });

  it('expired client certificate: the server aborts after the client Certificate', async () => {
    const expired = await makeIdentity(root, ORDER, {
      notBefore: new Date(NOW.getTime() - 48 * 3600_000),
      notAfter: new Date(NOW.getTime() - 24 * 3600_000),
    });
    const r = await runHandshake(options({ client: { identity: expired } }));
    expect(r.failure).toMatchObject({
      at: 'Certificate',
      side: 'server',
      alert: 'certificate_expired',
      code: 'expired',
    });
    expect(r.messages.at(-2)?.checks.at(-1)).toMatchObject({
      name: 'client chain validated',
      ok: false,
    });
  });

  it('server certificate from a foreign root: the client aborts with unknown_ca', async () => {
    const impostor = await makeIdentity(foreign, PAYMENT);
    const r = await runHandshake(options({ server: { identity: impostor } }));
    expect(r.failure).toMatchObject({ at: 'Certificate', side: 'client', alert: 'unknown_ca' });
    expect(flow(r.messages).at(-1)).toBe('client:Alert');
    expect(r.messages.some((m) => m.type === 'CertificateVerify')).toBe(false);
    expect(r.clientPeerId).toBeUndefined();
  });

  it('a root with the trusted name but another key: the signature check fails, bad_certificate', async () => {
    const lookalike = await makeRoot();
    const r = await runHandshake(
      options({ server: { identity: await makeIdentity(lookalike, PAYMENT) } }),
    );
    expect(r.failure).toMatchObject({
      side: 'client',
      alert: 'bad_certificate',
      code: 'bad-signature',
    });
  });

  it("stolen client certificate with the attacker's own key: decrypt_error at CertificateVerify", async () => {
    const attacker = await makeIdentity(root, 'spiffe://cluster.local/ns/evil/sa/mallory');
    const stolen: TlsIdentity = { ...attacker, chain: order.chain };
    const r = await runHandshake(options({ client: { identity: stolen } }));
    expect(r.failure).toMatchObject({
      at: 'CertificateVerify',
      side: 'server',
      alert: 'decrypt_error',
    });
    // The chain itself was fine: the validator accepted order-sa before the signature check.
    expect(r.serverPeerId).toBe(ORDER);
    expect(r.session).toBeUndefined();
  });

  it("stolen server certificate: the client rejects the server's CertificateVerify", async () => {
    const attacker = await makeIdentity(root, 'spiffe://cluster.local/ns/evil/sa/mallory');
    const r = await runHandshake(
      options({ server: { identity: { ...attacker, chain: payment.chain } } }),
    );
    expect(r.failure).toMatchObject({
      at: 'CertificateVerify',
      side: 'client',
      alert: 'decrypt_error',
    });
  });
});

describe('tampering on the wire', () => {
  it('a flipped ServerHello random splits the key schedules: bad_record_mac at EncryptedExtensions', async () => {
    // Offset 6 = 4-byte handshake header + 2-byte legacy_version (RFC 8446 §4.1.3).
    const r = await runHandshake(
      options({ tamper: flipByte('ServerHello', 'server', () => 6 + 5) }),
    );
    expect(r.failure).toMatchObject({
      at: 'EncryptedExtensions',
      side: 'client',
      alert: 'bad_record_mac',
    });
    expect(r.messages[1]?.fields.tampered_in_transit).toBe(true);
    expect(r.keyLog.client[0]).not.toEqual(r.keyLog.server[0]);
  });

  it('a changed CertificateRequest (transcript differs): decrypt_error at the server CertificateVerify', async () => {
    // Last byte: 0x0804 rsa_pss_rsae_sha256 becomes 0x0805; both sides still decode it.
    const r = await runHandshake(
      options({ tamper: flipByte('CertificateRequest', 'server', (w) => w.length - 1) }),
    );
    expect(r.failure).toMatchObject({
      at: 'CertificateVerify',
      side: 'client',
      alert: 'decrypt_error',
    });
  });

  it('a flipped byte in the server signature: decrypt_error at CertificateVerify', async () => {
    const r = await runHandshake(
      options({ tamper: flipByte('CertificateVerify', 'server', (w) => w.length - 3) }),
    );
    expect(r.failure).toMatchObject({
      at: 'CertificateVerify',
      side: 'client',
      alert: 'decrypt_error',
    });
  });

  it('a flipped byte in either Finished: decrypt_error at Finished on the other side', async () => {
    const s = await runHandshake(
      options({ tamper: flipByte('Finished', 'server', (w) => w.length - 1) }),
    );
    expect(s.failure).toMatchObject({ at: 'Finished', side: 'client', alert: 'decrypt_error' });
    const c = await runHandshake(
      options({ tamper: flipByte('Finished', 'client', (w) => w.length - 1) }),
    );
    expect(c.failure).toMatchObject({ at: 'Finished', side: 'server', alert: 'decrypt_error' });
    expect(c.clientPeerId).toBe(PAYMENT);
  });

  it('a truncated Certificate is a decode_error', async () => {
    const r = await runHandshake(
      options({
        tamper: (m) => {
          if (m.type === 'Certificate' && m.from === 'server' && m.wire)
            m.wire = m.wire.subarray(0, 40);
        },
      }),
    );
    expect(r.failure).toMatchObject({ at: 'Certificate', side: 'client', alert: 'decode_error' });
  });
});
