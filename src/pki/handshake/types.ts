/** The public shapes of the mTLS handshake sandbox (see handshake.ts for the flow). */
import type { AlertName } from './alerts';
import type { MessageCheck } from './checks';
import type { HandshakeType } from './messages';
import type { CipherSuiteName, RecordKeys } from './record';
import type { IdentityAlgorithm } from './signature';

/** What a peer-certificate validator concluded. */
export type PeerCheck = { ok: true; spiffeId: string } | { ok: false; code: string; error: string };
/** Validates a peer's chain (DER, leaf first); injected so this module has no validator of its own. */
export type PeerValidator = (chain: Uint8Array[]) => Promise<PeerCheck>;

/** A workload's certificate chain and private key. */
export interface TlsIdentity {
  chain: Uint8Array[];
  algorithm: IdentityAlgorithm;
  privateKey: CryptoKey;
}

/** What the UI shows for a message. */
export type MessageType = HandshakeType | 'Alert' | 'ApplicationData';

/** One message as it crossed the wire, with the receiver's checks. */
export interface HandshakeMessage {
  index: number;
  from: 'client' | 'server';
  type: MessageType;
  /** Decoded fields: hex for bytes (shortened where long), names for code points. */
  fields: Record<string, string | number | boolean | string[]>;
  /** Hex of the full handshake-message encoding as delivered (the transcript input). */
  bytes?: string;
  /** Whether it travelled inside an AES-GCM record. */
  encrypted: boolean;
  checks: MessageCheck[];
  /**
   * The handshake-message bytes about to be sent. `tamper` may change them (or replace the
   * array); the receiver decodes and hashes what is here, the sender keeps what it built.
   */
  wire?: Uint8Array;
}

/** Handshake inputs. */
export interface HandshakeOptions {
  client: {
    /** absent: the client answers the CertificateRequest with an empty Certificate */
    identity?: TlsIdentity;
    validatePeer: PeerValidator;
    /** offered in preference order; default both suites, AES-128 first */
    cipherSuites?: CipherSuiteName[];
  };
  server: {
    identity: TlsIdentity;
    validatePeer: PeerValidator;
    requireClientCert: boolean;
    /** the suites the server accepts; default both */
    cipherSuites?: CipherSuiteName[];
  };
  /**
   * For attacks and tests only: called with each handshake message after the sender built it
   * (and added it to its own transcript) and before it is protected and delivered.
   */
  tamper?: (message: HandshakeMessage) => void;
}

/** Why a handshake stopped. */
export interface HandshakeFailure {
  /** the message type being processed when it failed */
  at: MessageType;
  /** who detected it (and sent the alert) */
  side: 'client' | 'server';
  /** RFC 8446 §6.2 alert name */
  alert: AlertName;
  code: string;
  /** a sentence a learner understands */
  reason: string;
}

/** Both directions' application keys, as each side derived them. */
export interface Session {
  suite: CipherSuiteName;
  client: { write: RecordKeys; read: RecordKeys };
  server: { write: RecordKeys; read: RecordKeys };
  /** the server's own SPIFFE ID (from its leaf), for XFCC By= */
  serverId: string;
  /** the client's SPIFFE ID as the server validated it */
  clientId?: string;
  /** the client's leaf as the server received it, for XFCC Hash= */
  clientLeafDer?: Uint8Array;
  /** index for the next recorded message */
  nextIndex: number;
}

/** The outcome of {@link runHandshake}. */
export interface HandshakeResult {
  ok: boolean;
  messages: HandshakeMessage[];
  failure?: HandshakeFailure;
  /** the client's SPIFFE ID as the server saw it (undefined without a client certificate) */
  serverPeerId?: string;
  /** the server's SPIFFE ID as the client saw it */
  clientPeerId?: string;
  session?: Session;
  /** NSS key-log lines (SSLKEYLOGFILE format) from each side's own key schedule */
  keyLog: { client: string[]; server: string[] };
}
