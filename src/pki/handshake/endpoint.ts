/**
 * What both sides of the handshake do alike: keep their own transcript and key schedule,
 * and send or check the authentication messages Certificate, CertificateVerify and Finished
 * (RFC 8446 §4.4).
 */
import { toHex } from '../hex';
import { alertForCertificateCode, TlsAlert } from './alerts';
import type { CheckNote, MessageCheck } from './checks';
import {
  describeCertificate,
  describeCertificateVerify,
  describeFinished,
  sansOf,
} from './describe';
import {
  deriveApplicationSecrets,
  deriveHandshakeSecrets,
  finishedVerifyData,
  type HandshakeSecrets,
  hashLength,
  Transcript,
} from './key-schedule';
import {
  decodeCertificate,
  decodeCertificateVerify,
  decodeFinished,
  encodeCertificate,
  encodeCertificateVerify,
  encodeFinished,
} from './messages';
import { CIPHER_SUITES, type CipherSuiteName, type RecordKeys, recordKeys } from './record';
import {
  certificateVerifyContent,
  schemeFor,
  schemeName,
  signCertificateVerify,
  verifyCertificateVerify,
} from './signature';
import type { HandshakeMessage, PeerValidator, TlsIdentity } from './types';
import { bytesEqual, clippedHex, shortHex } from './wire';

/** A message as its sender built it. */
export interface Built {
  bytes: Uint8Array;
  fields: HandshakeMessage['fields'];
}
/** A message as it reached the receiver. */
export interface Sent {
  received: Uint8Array;
  message: HandshakeMessage;
  altered: boolean;
}

/** A check as its receiver describes it, before the outcome is known. */
export type CheckSpec = Omit<MessageCheck, 'ok'>;

/** Records a receiver's check; throws `fail` when it did not pass. */
export function check(m: HandshakeMessage, spec: CheckSpec, ok: boolean, fail?: TlsAlert): void {
  m.checks.push({ ...spec, ok });
  if (!ok && fail) throw fail;
}

/** A detail made of words: the English the CLI prints and the notes the app says. */
export function noted(detail: string, ...notes: CheckNote[]): Pick<CheckSpec, 'detail' | 'notes'> {
  return { detail, notes };
}

/** When the bytes were changed in transit, show what the receiver actually decoded. */
export function redescribe(sent: Sent, fields: HandshakeMessage['fields']): void {
  if (sent.altered) Object.assign(sent.message.fields, fields);
}

/** One side's state: its own transcript, secrets and record keys. */
export abstract class Endpoint {
  readonly transcript = new Transcript();
  suite: CipherSuiteName = 'TLS_AES_128_GCM_SHA256';
  secrets?: HandshakeSecrets;
  write?: RecordKeys;
  read?: RecordKeys;
  clientRandom: Uint8Array = new Uint8Array(32);
  /** the peer's SPIFFE ID, once its chain was validated */
  peerId?: string;
  /** the peer's leaf certificate as received */
  peerLeaf?: Uint8Array;
  private appSecrets?: { client: Uint8Array; server: Uint8Array };

  constructor(
    readonly side: 'client' | 'server',
    private readonly keyLog: string[],
  ) {}

  get hash() {
    return CIPHER_SUITES[this.suite].hash;
  }

  /** The keys protecting a message from this side to `peer`, once both have them. */
  protection(peer: Endpoint): { write: RecordKeys; read: RecordKeys } | undefined {
    return this.write && peer.read ? { write: this.write, read: peer.read } : undefined;
  }

  /** Keys this side would encrypt an alert with. */
  alertKeys(): RecordKeys | undefined {
    return this.write;
  }

  private logSecret(label: string, secret: Uint8Array): void {
    this.keyLog.push(`${label} ${toHex(this.clientRandom)} ${toHex(secret)}`);
  }

  /** ECDHE secret + transcript through ServerHello -> handshake traffic keys (RFC 8446 §7.1). */
  protected async enterHandshakeKeys(shared: Uint8Array): Promise<HandshakeSecrets> {
    const s = await deriveHandshakeSecrets(
      this.hash,
      shared,
      await this.transcript.current(this.hash),
    );
    this.secrets = s;
    const [mine, theirs] =
      this.side === 'client'
        ? [s.clientHandshakeTrafficSecret, s.serverHandshakeTrafficSecret]
        : [s.serverHandshakeTrafficSecret, s.clientHandshakeTrafficSecret];
    this.write = await recordKeys(this.suite, mine);
    this.read = await recordKeys(this.suite, theirs);
    this.logSecret('CLIENT_HANDSHAKE_TRAFFIC_SECRET', s.clientHandshakeTrafficSecret);
    this.logSecret('SERVER_HANDSHAKE_TRAFFIC_SECRET', s.serverHandshakeTrafficSecret);
    return s;
  }

  /** Application traffic secrets over ClientHello..server Finished (RFC 8446 §7.1). */
  protected async enterApplicationSecrets(): Promise<void> {
    const master = this.secrets?.masterSecret ?? new Uint8Array(0);
    const app = await deriveApplicationSecrets(
      this.hash,
      master,
      await this.transcript.current(this.hash),
    );
    this.appSecrets = app;
    this.logSecret('CLIENT_TRAFFIC_SECRET_0', app.client);
    this.logSecret('SERVER_TRAFFIC_SECRET_0', app.server);
  }

  /** This side's application write/read keys, sequence numbers at 0 (RFC 8446 §7.3). */
  async applicationKeys(): Promise<{ write: RecordKeys; read: RecordKeys }> {
    const app = this.appSecrets;
    if (!app) throw new Error('handshake not finished');
    const [mine, theirs] =
      this.side === 'client' ? [app.client, app.server] : [app.server, app.client];
    return {
      write: await recordKeys(this.suite, mine),
      read: await recordKeys(this.suite, theirs),
    };
  }

  /** Certificate (RFC 8446 §4.4.2); added to this side's transcript. */
  protected buildCertificate(chain: Uint8Array[], context: Uint8Array): Built {
    const m = { context, certificates: chain };
    const bytes = encodeCertificate(m);
    this.transcript.add(bytes);
    return { bytes, fields: describeCertificate(m) };
  }

  /** Receives the peer's Certificate and runs the injected validator on its chain. */
  protected async receiveCertificate(
    sent: Sent,
    validate: PeerValidator,
    expectedContext: Uint8Array,
    ifEmpty: () => void,
  ): Promise<void> {
    const peer = this.side === 'client' ? 'server' : 'client';
    const cert = decodeCertificate(sent.received);
    redescribe(sent, describeCertificate(cert));
    const m = sent.message;
    check(
      m,
      { code: 'context', name: 'certificate_request_context matches', detail: toHex(cert.context) },
      bytesEqual(cert.context, expectedContext),
      new TlsAlert(
        'illegal_parameter',
        'bad-context',
        `The ${peer}'s Certificate has the wrong certificate_request_context.`,
      ),
    );
    this.transcript.add(sent.received);
    const leaf = cert.certificates[0];
    if (!leaf) return ifEmpty();
    const verdict = await validate(cert.certificates);
    const sans = sansOf(leaf).uris.join(', ') || 'no URI SAN';
    if (!verdict.ok) {
      const alert = alertForCertificateCode(verdict.code);
      check(
        m,
        {
          code: 'chain',
          side: peer,
          name: `${peer} chain validated`,
          ...noted(`${verdict.code}: ${verdict.error}`, {
            code: 'rejected',
            params: { code: verdict.code },
          }),
        },
        false,
        new TlsAlert(
          alert,
          verdict.code,
          `The ${peer}'s certificate (${sans}) was rejected: ${verdict.error}`,
        ),
      );
    }
    if (verdict.ok) {
      check(
        m,
        {
          code: 'chain',
          side: peer,
          name: `${peer} chain validated`,
          ...noted(`trusted; SPIFFE ID ${verdict.spiffeId}`, {
            code: 'trusted',
            params: { id: verdict.spiffeId },
          }),
        },
        true,
      );
      this.peerId = verdict.spiffeId;
      this.peerLeaf = leaf;
    }
  }

  /** CertificateVerify over this side's transcript through its Certificate (RFC 8446 §4.4.3). */
  protected async buildCertificateVerify(identity: TlsIdentity): Promise<Built> {
    const th = await this.transcript.current(this.hash);
    const content = certificateVerifyContent(this.side, th);
    const m = {
      algorithm: schemeFor(identity.algorithm),
      signature: await signCertificateVerify(identity.algorithm, identity.privateKey, content),
    };
    const bytes = encodeCertificateVerify(m);
    this.transcript.add(bytes);
    return { bytes, fields: { ...describeCertificateVerify(m), transcript_hash: toHex(th) } };
  }

  /** Checks the peer's CertificateVerify against the leaf it sent and this side's transcript. */
  protected async receiveCertificateVerify(sent: Sent, offered: number[]): Promise<void> {
    const peer = this.side === 'client' ? 'server' : 'client';
    const cv = decodeCertificateVerify(sent.received);
    redescribe(sent, describeCertificateVerify(cv));
    const m = sent.message;
    check(
      m,
      {
        code: 'schemeOffered',
        name: 'signature scheme was offered',
        detail: schemeName(cv.algorithm),
      },
      offered.includes(cv.algorithm),
      new TlsAlert(
        'illegal_parameter',
        'scheme-not-offered',
        `The ${peer} signed with ${schemeName(cv.algorithm)}, which was not offered.`,
      ),
    );
    const th = await this.transcript.current(this.hash);
    const content = certificateVerifyContent(peer, th);
    const verdict = await verifyCertificateVerify(
      this.peerLeaf ?? new Uint8Array(),
      cv.algorithm,
      cv.signature,
      content,
    );
    check(
      m,
      {
        code: 'signature',
        name: 'signature over the transcript verifies',
        ...noted(`${verdict.detail}; transcript hash ${shortHex(th)}`, verdict.note, {
          code: 'transcriptHash',
          params: { hash: clippedHex(th) },
        }),
      },
      verdict.ok,
      new TlsAlert(
        'decrypt_error',
        'bad-certificate-verify',
        `The ${peer}'s CertificateVerify signature does not verify with the public key in its certificate: either it does not hold that certificate's private key, or the two sides saw different handshake messages.`,
      ),
    );
    this.transcript.add(sent.received);
  }

  /** Finished: HMAC with this side's finished_key over its transcript (RFC 8446 §4.4.4). */
  protected async buildFinished(): Promise<Built> {
    const s = this.secrets;
    const base =
      this.side === 'client' ? s?.clientHandshakeTrafficSecret : s?.serverHandshakeTrafficSecret;
    const vd = await finishedVerifyData(
      this.hash,
      base ?? new Uint8Array(0),
      await this.transcript.current(this.hash),
    );
    const bytes = encodeFinished(vd);
    this.transcript.add(bytes);
    return { bytes, fields: describeFinished(vd) };
  }

  /** Recomputes the peer's Finished from this side's own secrets and transcript. */
  protected async receiveFinished(sent: Sent): Promise<void> {
    const peer = this.side === 'client' ? 'server' : 'client';
    const got = decodeFinished(sent.received, hashLength(this.hash));
    redescribe(sent, describeFinished(got));
    const s = this.secrets;
    const base =
      peer === 'client' ? s?.clientHandshakeTrafficSecret : s?.serverHandshakeTrafficSecret;
    const want = await finishedVerifyData(
      this.hash,
      base ?? new Uint8Array(0),
      await this.transcript.current(this.hash),
    );
    check(
      sent.message,
      {
        code: 'finished',
        name: 'verify_data matches',
        ...noted(`expected ${toHex(want)}`, { code: 'expected', params: { value: toHex(want) } }),
      },
      bytesEqual(got, want),
      new TlsAlert(
        'decrypt_error',
        'bad-finished',
        `The ${peer}'s Finished MAC does not match: the two sides do not share the same handshake keys and transcript.`,
      ),
    );
    this.transcript.add(sent.received);
  }
}
