/** The client sidecar's half of the handshake (RFC 8446 §4.1.2, §4.4). */
import { toHex } from '../hex';
import { TlsAlert } from './alerts';
import { describeCertificateRequest, describeClientHello, describeServerHello } from './describe';
import { generateKeyShare, importKeyShare, sharedSecret } from './ecdhe';
import { type Built, check, Endpoint, noted, redescribe, type Sent } from './endpoint';
import {
  type CertificateRequest,
  type ClientHello,
  decodeCertificateRequest,
  decodeEncryptedExtensions,
  decodeServerHello,
  encodeClientHello,
  SECP256R1,
  SIGNATURE_SCHEME,
  TLS13,
} from './messages';
import { CIPHER_SUITES, type CipherSuiteName, suiteByCode } from './record';
import { schemeFor, schemeName } from './signature';
import type { HandshakeOptions } from './types';
import { bytesEqual } from './wire';

/** The schemes the client accepts for the server's CertificateVerify (signature_algorithms). */
const OFFERED_SCHEMES = [
  SIGNATURE_SCHEME.ecdsa_secp256r1_sha256,
  SIGNATURE_SCHEME.rsa_pss_rsae_sha256,
];

export class ClientSide extends Endpoint {
  private hello?: ClientHello;
  private ownShare?: { privateKey: CryptoKey; point: Uint8Array };
  private request?: CertificateRequest;

  constructor(
    private readonly opts: HandshakeOptions['client'],
    private readonly suites: CipherSuiteName[],
    keyLog: string[],
  ) {
    super('client', keyLog);
  }

  /** ClientHello: random, one secp256r1 key share, suites and schemes offered (RFC 8446 §4.1.2). */
  async clientHello(): Promise<Built> {
    this.ownShare = await generateKeyShare();
    const m: ClientHello = {
      random: globalThis.crypto.getRandomValues(new Uint8Array(32)),
      sessionId: new Uint8Array(0),
      cipherSuites: this.suites.map((n) => CIPHER_SUITES[n].code),
      supportedVersions: [TLS13],
      supportedGroups: [SECP256R1],
      signatureAlgorithms: OFFERED_SCHEMES,
      keyShares: [{ group: SECP256R1, keyExchange: this.ownShare.point }],
    };
    this.hello = m;
    this.clientRandom = m.random;
    const bytes = encodeClientHello(m);
    this.transcript.add(bytes);
    return { bytes, fields: describeClientHello(m) };
  }

  /** Handles each message of the server's flight, in RFC 8446 §2 order. */
  async receive(type: string, sent: Sent): Promise<void> {
    const m = sent.message;
    switch (type) {
      case 'ServerHello':
        return this.receiveServerHello(sent);
      case 'EncryptedExtensions': {
        const exts = decodeEncryptedExtensions(sent.received);
        check(
          m,
          {
            code: 'recordOpens',
            name: 'AES-GCM record opens with the server handshake key',
            ...noted('tag verified', { code: 'tagVerified' }),
          },
          true,
        );
        check(
          m,
          {
            code: 'extensions',
            name: 'extensions',
            ...(exts.size === 0
              ? noted('none', { code: 'noExtensions' })
              : noted(`${exts.size} (ignored)`, {
                  code: 'extensionsIgnored',
                  params: { n: exts.size },
                })),
          },
          true,
        );
        this.transcript.add(sent.received);
        return;
      }
      case 'CertificateRequest': {
        const cr = decodeCertificateRequest(sent.received);
        redescribe(sent, describeCertificateRequest(cr));
        this.request = cr;
        check(
          m,
          {
            code: 'certRequested',
            name: 'server asks for a client certificate',
            ...(this.opts.identity
              ? noted('will send our SVID', { code: 'willSendSvid' })
              : noted('we have none: will send an empty Certificate', { code: 'willSendEmpty' })),
          },
          true,
        );
        this.transcript.add(sent.received);
        return;
      }
      case 'Certificate':
        return this.receiveCertificate(sent, this.opts.validatePeer, new Uint8Array(0), () => {
          // RFC 8446 §4.4.2.4: an empty server Certificate is a decode_error.
          throw new TlsAlert(
            'decode_error',
            'empty-server-certificate',
            'The server sent no certificate at all.',
          );
        });
      case 'CertificateVerify':
        return this.receiveCertificateVerify(sent, OFFERED_SCHEMES);
      case 'Finished':
        await this.receiveFinished(sent);
        return this.enterApplicationSecrets();
    }
    throw new TlsAlert(
      'unexpected_message',
      'unexpected-message',
      `The client did not expect ${type}.`,
    );
  }

  private async receiveServerHello(sent: Sent): Promise<void> {
    const sh = decodeServerHello(sent.received);
    redescribe(sent, describeServerHello(sh));
    const m = sent.message;
    const illegal = (why: string) => new TlsAlert('illegal_parameter', 'bad-server-hello', why);
    check(
      m,
      {
        code: 'tls13Selected',
        name: 'selected TLS 1.3',
        detail: `0x${sh.selectedVersion.toString(16)}`,
      },
      sh.selectedVersion === TLS13,
      illegal('The server selected a version the client did not offer.'),
    );
    const suite = suiteByCode(sh.cipherSuite);
    const offered = suite !== undefined && this.suites.includes(suite);
    check(
      m,
      {
        code: 'suiteOffered',
        name: 'cipher suite was offered',
        detail: suite ?? `0x${sh.cipherSuite.toString(16)}`,
      },
      offered,
      illegal('The server chose a cipher suite the client did not offer.'),
    );
    this.suite = suite ?? this.suite;
    check(
      m,
      { code: 'sessionId', name: 'session id echoed', detail: toHex(sh.sessionId) },
      bytesEqual(sh.sessionId, this.hello?.sessionId ?? new Uint8Array()),
      illegal('The server did not echo legacy_session_id.'),
    );
    check(
      m,
      {
        code: 'keyShareGroup',
        name: 'key share group is secp256r1',
        detail: `0x${sh.keyShare.group.toString(16)}`,
      },
      sh.keyShare.group === SECP256R1,
      illegal('The server answered with a key share for a group the client did not send.'),
    );
    const peer = await importKeyShare(sh.keyShare.keyExchange);
    this.transcript.add(sent.received);
    if (!this.ownShare) throw new Error('no ClientHello');
    const s = await this.enterHandshakeKeys(await sharedSecret(this.ownShare.privateKey, peer));
    check(
      m,
      {
        code: 'handshakeKeys',
        name: 'handshake keys derived (ECDHE P-256 + HKDF)',
        detail: `${this.suite}; client_handshake_traffic_secret ${toHex(s.clientHandshakeTrafficSecret).slice(0, 16)}…`,
      },
      true,
    );
  }

  /** The client's second flight: Certificate, CertificateVerify (only with a certificate), Finished. */
  secondFlight(): ('Certificate' | 'CertificateVerify' | 'Finished')[] {
    return this.opts.identity
      ? ['Certificate', 'CertificateVerify', 'Finished']
      : ['Certificate', 'Finished'];
  }

  /** Builds the client's next message, adding it to the client's transcript. */
  async build(type: 'Certificate' | 'CertificateVerify' | 'Finished'): Promise<Built> {
    const identity = this.opts.identity;
    if (type === 'Certificate') {
      return this.buildCertificate(
        identity?.chain ?? [],
        this.request?.context ?? new Uint8Array(0),
      );
    }
    if (type === 'CertificateVerify' && identity) {
      // RFC 8446 §4.4.3: the scheme must be one the server listed in CertificateRequest.
      const scheme = schemeFor(identity.algorithm);
      if (!this.request?.signatureAlgorithms.includes(scheme)) {
        throw new TlsAlert(
          'handshake_failure',
          'no-common-scheme',
          `The server does not accept ${schemeName(scheme)} signatures from clients.`,
        );
      }
      return this.buildCertificateVerify(identity);
    }
    return this.buildFinished();
  }
}
