import type { HandshakeFailure, HandshakeMessage } from '../../pki/handshake/handshake';
import type { Decision, MtlsMode } from '../policy/types';
import type { AttackKind } from '../scenario/types';
import type { Why } from '../why';
import type { SecureNaming } from './secure-naming';

export type CallResult = 'allowed' | 'denied' | 'failed';

/** Everything that happened in one call or connection attack, for the log and the UI. */
export interface CallRecord {
  id: number;
  t: number;
  kind: 'call' | AttackKind;
  /** As named in the request (`ns/pod` or `ns/deployment`). */
  from: string;
  to: string;
  /** The pods they resolved to. */
  fromPod?: string;
  toPod?: string;
  request: { method: string; path: string; port: number; headers: Record<string, string> };
  /** The server's effective PeerAuthentication mode and what set it. */
  mtls?: { mode: Exclude<MtlsMode, 'UNSET'>; source?: string; reason: string };
  transport?: 'mtls' | 'plaintext';
  /** The destination Service and the server identities the client accepts for it. */
  secureNaming?: SecureNaming;
  handshake?: {
    ok: boolean;
    messages: HandshakeMessage[];
    failure?: HandshakeFailure;
    serverPeerId?: string;
    clientPeerId?: string;
  };
  /** x-forwarded-client-cert as the server's proxy hands it to the app. */
  xfcc?: string;
  decision?: Decision;
  response?: { status: number; body: string };
  result: CallResult;
  reason?: string;
  /** The reason, structured, for the app's languages (`reason` is the CLI's English). */
  why?: Why;
  /** The principal the server saw, without `spiffe://`. */
  peer?: string;
  /** `ns/name` of the deciding AuthorizationPolicy. */
  policy?: string;
  status?: number;
}

/** One cell of the access matrix: the outcome predicted from certificates and policies. */
export interface AccessCell {
  from: string;
  to: string;
  result: CallResult;
  reason: string;
  why: Why;
  policy?: string;
  peer?: string;
}
