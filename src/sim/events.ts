/**
 * Events of the simulation: the `svid run --json` contract (SCENARIO-FORMAT.md). Fields may
 * be added, never renamed or dropped. Times are epoch milliseconds here and ISO strings on
 * the wire (see `toWire`).
 */
import type { LintWarning } from './policy/types';
import type { Why } from './why';

export type SimEvent =
  | {
      type: 'pod.started';
      pod: string;
      ip: string;
      serviceAccount: string;
      node: string;
      /** The pod's cluster, in a multi-cluster mesh. */
      cluster?: string;
    }
  | { type: 'pod.deleted'; pod: string; ip: string }
  | { type: 'container.restarted'; pod: string; container: string; ip: string; restarts: number }
  | { type: 'token.mounted'; pod: string; audience: string; expiresAt: number; path: string }
  | { type: 'csr.sent'; pod: string; keyAlgorithm: string; attempt: number }
  | {
      type: 'csr.retry';
      pod: string;
      reason: string;
      why?: Why;
      attempt: number;
      retryAt: number;
    }
  | {
      type: 'token.reviewed';
      pod: string;
      authenticated: boolean;
      username: string;
      error?: string;
      why?: Why;
    }
  | {
      type: 'cert.issued';
      pod: string;
      spiffeId: string;
      serial: string;
      notBefore: number;
      notAfter: number;
      /** Certificates in the chain, leaf included; only when istiod signs with an intermediate. */
      chainLength?: number;
    }
  | { type: 'csr.rejected'; pod: string; reason: string; why?: Why }
  | { type: 'cert.installed'; pod: string; serial: string; renewAt: number; notAfter: number }
  | { type: 'cert.rotated'; pod: string; oldSerial: string; newSerial: string }
  | { type: 'cert.expired'; pod: string; serial: string }
  | {
      type: 'ca.changed';
      change: 'root-added' | 'intermediate-switched' | 'root-removed' | 'root-renewed';
      /** The root's name (plugged-in), or `self-signed`. */
      root: string;
      /** Serial of the certificate added, removed, renewed or now signing. */
      serial: string;
      notAfter: number;
      /** The cluster whose istiod changed, in a multi-cluster mesh. */
      cluster?: string;
    }
  | { type: 'ca.refused'; file: string; reason: string; why?: Why }
  | { type: 'istiod.down' }
  | { type: 'istiod.up' }
  | { type: 'apply.ignored'; resource: string; fields: string[] }
  | { type: 'apply.failed'; resource: string; reason: string }
  | {
      type: 'policy.warning';
      policy: string;
      path: string;
      code: string;
      message: string;
      suggestion?: string;
      /** The app's structured copy of `message` (left off the wire, like `why`). */
      said?: LintWarning['said'];
    }
  | {
      type: 'call';
      from: string;
      to: string;
      result: 'allowed' | 'denied' | 'failed';
      reason?: string;
      why?: Why;
      peer?: string;
      policy?: string;
      status?: number;
    }
  | {
      type: 'attack';
      kind: string;
      from: string;
      to?: string;
      result: 'allowed' | 'denied' | 'failed' | 'issued' | 'rejected';
      reason?: string;
      why?: Why;
      spiffeId?: string;
      peer?: string;
    }
  | { type: 'expect'; step: number; ok: boolean; message: string };

export type SimEventType = SimEvent['type'];

/** An event with the simulated time at which it happened. */
export type TimedEvent = SimEvent & { t: number };

const TIME_FIELDS = ['expiresAt', 'notBefore', 'notAfter', 'renewAt', 'retryAt'] as const;

/** The wire form: `{"t":"<ISO>","type":...}` with every time field as an ISO string. */
export function toWire(event: TimedEvent): Record<string, unknown> {
  // `why` and `said` are the app's structured copies of `reason` and `message`; the wire keeps
  // the contract's fields.
  const {
    t,
    why: _why,
    said: _said,
    ...rest
  } = event as TimedEvent & { why?: Why; said?: unknown };
  const out: Record<string, unknown> = { t: new Date(t).toISOString(), ...rest };
  for (const key of TIME_FIELDS) {
    const value = out[key];
    if (typeof value === 'number') out[key] = new Date(value).toISOString();
  }
  return out;
}
