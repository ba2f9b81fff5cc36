/** The server sidecar's half of the handshake (RFC 8446 §4.1.3, §4.3, §4.4). */
import { TlsAlert } from './alerts';
import { describeCertificateRequest, describeClientHello, describeServerHello } from './describe';
import { generateKeyShare, importKeyShare, sharedSecret } from './ecdhe';
import { type Built, check, Endpoint, noted, redescribe, type Sent } from './endpoint';
import {
  type ClientHello,
  decodeClientHello,
  encodeCertificateRequest,
  encodeEncryptedExtensions,
  encodeServerHello,
  SECP256R1,
  SIGNATURE_SCHEME,
  TLS13,
} from './messages';
import { CIPHER_SUITES, type CipherSuiteName } from './record';
import { schemeFor, schemeName } from './signature';
import type { HandshakeOptions } from './types';

/** What the server asks for in CertificateRequest.signature_algorithms. */
const ACCEPTED_SCHEMES = [
  SIGNATURE_SCHEME.ecdsa_secp256r1_sha256,
  SIGNATURE_SCHEME.rsa_pss_rsae_sha256,
];
const EMPTY = new Uint8Array(0);

export class ServerSide extends Endpoint {
  private hello?: ClientHello;
  private peerShare?: CryptoKey;

  constructor(
    private readonly opts: HandshakeOptions['server'],
    private readonly suites: CipherSuiteName[],
    keyLog: string[],
  ) {
    super('server', keyLog);
  }

  /** Negotiates from ClientHello: version, suite, group and signature scheme (RFC 8446 §4.1.1). */
  async receiveClientHello(sent: Sent): Promise<void> {
    const ch = decodeClientHello(sent.received);
    redescribe(sent, describeClientHello(ch));
    const m = sent.message;
    check(
      m,
      {
        code: 'tls13Offered',
        name: 'offers TLS 1.3',
        detail: `supported_versions ${ch.supportedVersions.join(',')}`,
      },
      ch.supportedVersions.includes(TLS13),
      new TlsAlert(
        'protocol_version',
        'no-tls13',
        'The client does not offer TLS 1.3, which the sidecar requires.',
      ),
    );
    const suite = ch.cipherSuites
      .map((code) => this.suites.find((n) => CIPHER_SUITES[n].code === code))
      .find((n) => n !== undefined);
    check(
      m,
      {
        code: 'commonSuite',
        name: 'common cipher suite',
        ...(suite ? { detail: suite } : noted('none in common', { code: 'noneInCommon' })),
      },
      suite !== undefined,
      new TlsAlert(
        'handshake_failure',
        'no-common-suite',
        'Client and server share no cipher suite.',
      ),
    );
    this.suite = suite ?? this.suite;
    const share = ch.keyShares.find((k) => k.group === SECP256R1);
    check(
      m,
      {
        code: 'keyShare',
        name: 'secp256r1 key share',
        ...(share ? noted('present', { code: 'present' }) : noted('absent', { code: 'absent' })),
      },
      share !== undefined,
      new TlsAlert(
        'handshake_failure',
        'no-key-share',
        'The client sent no secp256r1 key share (a HelloRetryRequest is not simulated).',
      ),
    );
    const scheme = schemeFor(this.opts.identity.algorithm);
    check(
      m,
      {
        code: 'schemeAccepted',
        name: 'client accepts our signature scheme',
        detail: schemeName(scheme),
      },
      ch.signatureAlgorithms.includes(scheme),
      new TlsAlert(
        'handshake_failure',
        'no-common-scheme',
        `The client does not accept ${schemeName(scheme)} signatures.`,
      ),
    );
    this.peerShare = await importKeyShare(share?.keyExchange ?? EMPTY);
    check(
      m,
      {
        code: 'keySharePoint',
        name: 'key share is a valid P-256 point',
        ...noted('imported', { code: 'imported' }),
      },
      true,
    );
    this.hello = ch;
    this.clientRandom = ch.random;
    this.transcript.add(sent.received);
  }

  /** Builds the server's next message, adding it to the server's transcript. */
  async build(type: string): Promise<Built> {
    switch (type) {
      case 'ServerHello':
        return this.serverHello();
      case 'EncryptedExtensions': {
        const bytes = encodeEncryptedExtensions();
        this.transcript.add(bytes);
        return { bytes, fields: { extensions: [] } };
      }
      case 'CertificateRequest': {
        const m = { context: EMPTY, signatureAlgorithms: ACCEPTED_SCHEMES };
        const bytes = encodeCertificateRequest(m);
        this.transcript.add(bytes);
        return { bytes, fields: describeCertificateRequest(m) };
      }
      case 'Certificate':
        return this.buildCertificate(this.opts.identity.chain, EMPTY);
      case 'CertificateVerify':
        return this.buildCertificateVerify(this.opts.identity);
      case 'Finished': {
        const built = await this.buildFinished();
        await this.enterApplicationSecrets();
        return built;
      }
    }
    throw new Error(`the server does not send ${type}`);
  }

  private async serverHello(): Promise<Built> {
    const own = await generateKeyShare();
    const m = {
      random: globalThis.crypto.getRandomValues(new Uint8Array(32)),
      sessionId: this.hello?.sessionId ?? EMPTY,
      cipherSuite: CIPHER_SUITES[this.suite].code,
      selectedVersion: TLS13,
      keyShare: { group: SECP256R1, keyExchange: own.point },
    };
    const bytes = encodeServerHello(m);
    this.transcript.add(bytes);
    if (!this.peerShare) throw new Error('no client key share');
    await this.enterHandshakeKeys(await sharedSecret(own.privateKey, this.peerShare));
    return { bytes, fields: describeServerHello(m) };
  }

  /** What the server expects next from the client: CertificateVerify only after a non-empty Certificate (RFC 8446 §4.4.3). */
  private expecting: 'Certificate' | 'CertificateVerify' | 'Finished' = 'Certificate';

  /** Handles the client's second flight in the order the server expects it. */
  async receive(sent: Sent): Promise<void> {
    if (this.expecting === 'Certificate') {
      await this.receiveCertificate(sent, this.opts.validatePeer, EMPTY, () => {
        const required = this.opts.requireClientCert;
        check(
          sent.message,
          {
            code: 'clientCert',
            name: 'client certificate present',
            ...(required
              ? noted('empty Certificate, but this port requires mTLS', { code: 'emptyRequired' })
              : noted('empty; allowed here', { code: 'emptyAllowed' })),
          },
          !required,
          new TlsAlert(
            'certificate_required',
            'no-client-certificate',
            'The client sent no certificate, but the server requires one (mutual TLS): it cannot tell who is calling.',
          ),
        );
      });
      this.expecting = this.peerLeaf ? 'CertificateVerify' : 'Finished';
    } else if (this.expecting === 'CertificateVerify') {
      await this.receiveCertificateVerify(sent, ACCEPTED_SCHEMES);
      this.expecting = 'Finished';
    } else {
      await this.receiveFinished(sent);
    }
  }
}
