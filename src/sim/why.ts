/**
 * Why the engine decided what it did, as a code and the values it names, so the app can say
 * it in the reader's language (src/i18n/engine.ts `describeWhy`). It travels beside the
 * English `reason` the CLI prints, which stays as it is; `toWire` leaves it off the NDJSON.
 */
import type { HandshakeFailure } from '../pki/handshake/types';
import type { Decision, MtlsMode } from './policy/types';

export type WhyCode =
  // a call or connection attack
  | 'call.noPod'
  | 'call.serverNoCert'
  | 'call.clientNoCert'
  | 'call.plaintextRefused'
  | 'call.handshakeFailed'
  | 'call.denied'
  // a sentence an attack adds to the call's reason
  | 'note.judgedLater'
  | 'note.impostor'
  // an attack that did not reach a call or istiod
  | 'attack.noCertToReplay'
  | 'attack.victimNotRunning'
  | 'attack.noRetiredToken'
  | 'attack.issued'
  | 'attack.issuedIgnoringSan'
  // the access matrix
  | 'matrix.noCert'
  | 'matrix.certExpired'
  | 'matrix.decision'
  // a CSR: istiod, its TokenReview and its CA
  | 'csr.istiodUnreachable'
  | 'csr.istiodRefused'
  | 'csr.istiodWentAway'
  | 'csr.noToken'
  | 'csr.notAuthenticated'
  | 'csr.unexpectedUsername'
  | 'csr.notServiceAccount'
  | 'csr.invalidCsr'
  | 'csr.rootExpired'
  | 'csr.rootExpiring'
  | 'csr.ttlTooLong'
  // TokenReview errors (kube-apiserver)
  | 'token.expired'
  | 'token.badSignature'
  | 'token.claimInvalid'
  | 'token.invalid'
  | 'token.wrongAudience'
  | 'token.podNotFound'
  | 'token.podRecreated'
  | 'token.serviceAccountNotFound'
  // istiod refusing a cacerts change
  | 'cacerts.notCertificate'
  | 'cacerts.notCa'
  | 'cacerts.badKey'
  | 'cacerts.keyMismatch'
  | 'cacerts.noRoot'
  | 'cacerts.notYetValid'
  | 'cacerts.expired'
  | 'cacerts.notSignedByRoot'
  | 'cacerts.other';

/** The parts of a handshake failure a sentence is built from (the English `reason` left out). */
export type WhyFailure = Pick<HandshakeFailure, 'at' | 'side' | 'alert' | 'code'>;

/** A structured reason: a code, the values it names, and the reasons nested inside it. */
export interface Why {
  code: WhyCode;
  params: Record<string, string | number>;
  /** The AuthorizationPolicy decision (a denied call, a matrix cell). */
  decision?: Pick<Decision, 'allowed' | 'action' | 'policy' | 'ruleIndex'>;
  /** The server's mTLS mode and the PeerAuthentication that set it. */
  mtls?: { mode: Exclude<MtlsMode, 'UNSET'>; source?: string };
  /** Where a handshake stopped. */
  failure?: WhyFailure;
  /** Secure naming, when the client refused the identity the server presented. */
  secureNaming?: { service: string; presented: string; expected: string[] };
  /** The reason this one reports (a TokenReview error inside istiod's refusal). */
  cause?: Why;
  /** A sentence added after the reason (an attack's circumstance). */
  note?: Why;
}

/** Shorthand for a Why with no nested parts. */
export function why(code: WhyCode, params: Record<string, string | number> = {}): Why {
  return { code, params };
}

/** The decision's structured fields, without its English reason and trace. */
export function decisionPart(d: Decision): NonNullable<Why['decision']> {
  return {
    allowed: d.allowed,
    ...(d.action ? { action: d.action } : {}),
    ...(d.policy ? { policy: d.policy } : {}),
    ...(d.ruleIndex !== undefined ? { ruleIndex: d.ruleIndex } : {}),
  };
}
