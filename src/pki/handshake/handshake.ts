/**
 * An honest TLS 1.3-shaped mutual-TLS handshake between two istio-proxy sidecars, on real
 * WebCrypto. Order and cryptography follow RFC 8446 §2 (full handshake with client
 * authentication): ClientHello -> ServerHello -> {EncryptedExtensions, CertificateRequest,
 * Certificate, CertificateVerify, Finished} -> {Certificate, CertificateVerify, Finished}.
 *
 * Real: ECDHE on P-256, the HKDF-SHA256/384 key schedule (§7.1, checked against RFC 8448),
 * handshake messages encoded byte for byte as the §4 structs, AES-GCM protection of every
 * message after ServerHello with the handshake traffic keys (§5.2, §7.3), CertificateVerify
 * signatures over the transcript hash (§4.4.3), Finished HMACs (§4.4.4), application traffic
 * keys, and peer chains judged by an injected validator. Each side keeps its own transcript
 * and key schedule; they share only the bytes that cross the simulated wire.
 *
 * Simplified (not wire-compatible TLS):
 * - no TLSPlaintext framing for ClientHello/ServerHello, no fragmentation or coalescing: one
 *   handshake message per record, and no record padding;
 * - no HelloRetryRequest: the client sends a secp256r1 key share, the only group offered;
 * - no PSK, resumption, 0-RTT, NewSessionTicket, KeyUpdate or post-handshake auth;
 * - no SNI, ALPN, middlebox-compatibility session id or change_cipher_spec;
 * - two cipher suites only (TLS_AES_128_GCM_SHA256, TLS_AES_256_GCM_SHA384) and two signature
 *   schemes (ecdsa_secp256r1_sha256, rsa_pss_rsae_sha256);
 * - the alert that ends a failed handshake is recorded (and encrypted when keys exist) but
 *   not processed by the other side; no close_notify;
 * - randoms, ephemeral keys and ECDSA nonces come from crypto.getRandomValues/WebCrypto, so
 *   bytes differ between runs (the message sequence and outcomes do not).
 *
 * `tamper` sees each message after its sender built it and added it to its own transcript,
 * and before record protection: for ClientHello/ServerHello that is an on-path attacker
 * (both sides then derive different handshake keys and the next encrypted message fails with
 * bad_record_mac); for the encrypted messages it models an attacker who could get past the
 * AEAD, to show that CertificateVerify and Finished still catch the change.
 */
import { toHex } from '../hex';
import { ALERT_CODES, type AlertName, TlsAlert } from './alerts';
import { ClientSide } from './client';
import { sansOf } from './describe';
import { type CipherSuiteName, CONTENT_TYPE, type RecordKeys, sealRecord } from './record';
import { ServerSide } from './server';
import type { HandshakeMessage, HandshakeOptions, HandshakeResult, MessageType } from './types';
import { DecodeError, shortHex } from './wire';
import { WireLog } from './wire-log';

export { exchange, type HttpRequest, type HttpResponse } from './exchange';
export type * from './types';
export { xfccHeader } from './xfcc';

const ALL_SUITES: CipherSuiteName[] = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384'];
const SERVER_FLIGHT = [
  'ServerHello',
  'EncryptedExtensions',
  'CertificateRequest',
  'Certificate',
  'CertificateVerify',
  'Finished',
] as const;

/**
 * Runs the handshake. Failures happen where TLS detects them and carry the RFC 8446 §6.2
 * alert: bad_record_mac when the two sides' keys differ, certificate_expired / unknown_ca /
 * bad_certificate from the validator, certificate_required for a missing client
 * certificate, decrypt_error for a CertificateVerify or Finished that does not verify.
 */
export async function runHandshake(opts: HandshakeOptions): Promise<HandshakeResult> {
  const log = new WireLog(opts.tamper);
  // The message being handled and the side handling it: where a failure is reported.
  const cursor: { at: MessageType; side: 'client' | 'server' } = {
    at: 'ClientHello',
    side: 'client',
  };
  const keyLog = { client: [] as string[], server: [] as string[] };
  const client = new ClientSide(opts.client, opts.client.cipherSuites ?? ALL_SUITES, keyLog.client);
  const server = new ServerSide(opts.server, opts.server.cipherSuites ?? ALL_SUITES, keyLog.server);
  try {
    const hello = await client.clientHello();
    cursor.side = 'server';
    await server.receiveClientHello(
      await log.deliver('client', 'ClientHello', hello.bytes, hello.fields),
    );

    for (const type of SERVER_FLIGHT) {
      Object.assign(cursor, { at: type, side: 'server' });
      const built = await server.build(type);
      cursor.side = 'client';
      const keys = server.protection(client);
      await client.receive(
        type,
        await log.deliver('server', type, built.bytes, built.fields, keys),
      );
    }
    for (const type of client.secondFlight()) {
      Object.assign(cursor, { at: type, side: 'client' });
      const built = await client.build(type);
      cursor.side = 'server';
      const keys = client.protection(server);
      await server.receive(await log.deliver('client', type, built.bytes, built.fields, keys));
    }
    return {
      ok: true,
      messages: log.messages,
      serverPeerId: server.peerId,
      clientPeerId: client.peerId,
      session: {
        suite: server.suite,
        client: await client.applicationKeys(),
        server: await server.applicationKeys(),
        serverId: sansOf(opts.server.identity.chain[0] ?? new Uint8Array()).uris[0] ?? '',
        clientId: server.peerId,
        clientLeafDer: server.peerLeaf,
        nextIndex: log.count,
      },
      keyLog,
    };
  } catch (e) {
    const alert = asAlert(e);
    const detector = cursor.side === 'client' ? client : server;
    await recordAlert(log, cursor.side, alert.alert, detector.alertKeys());
    return {
      ok: false,
      messages: log.messages,
      failure: { ...cursor, alert: alert.alert, code: alert.code, reason: alert.reason },
      serverPeerId: server.peerId,
      clientPeerId: client.peerId,
      keyLog,
    };
  }
}

/** Normalises whatever stopped the handshake into an alert. */
function asAlert(e: unknown): TlsAlert {
  if (e instanceof TlsAlert) return e;
  if (e instanceof DecodeError) {
    return new TlsAlert(
      'decode_error',
      'decode-error',
      `A message could not be parsed: ${e.message}.`,
    );
  }
  const text = e instanceof Error ? e.message : String(e);
  return new TlsAlert(
    'internal_error',
    'internal-error',
    `Something broke inside the sidecar: ${text}.`,
  );
}

/** Records the fatal alert (RFC 8446 §6.2), encrypted when the sender already has keys. */
async function recordAlert(
  log: WireLog,
  from: 'client' | 'server',
  alert: AlertName,
  keys: RecordKeys | undefined,
): Promise<HandshakeMessage> {
  const body = new Uint8Array([2, ALERT_CODES[alert]]);
  const fields: HandshakeMessage['fields'] = { level: 'fatal', description: alert };
  if (keys) {
    const sealed = await sealRecord(keys, CONTENT_TYPE.alert, body);
    fields.record_nonce = toHex(sealed.nonce);
    fields.record_ciphertext = shortHex(sealed.record.subarray(5));
  }
  return log.record({
    from,
    type: 'Alert',
    fields,
    bytes: toHex(body),
    encrypted: !!keys,
    checks: [],
  });
}
