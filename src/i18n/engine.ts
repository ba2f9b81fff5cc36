import type { HandshakeFailure } from '../pki/handshake/types';
import type { SpiffeIdError } from '../pki/spiffe-id';
import type { CallRecord } from '../sim/mesh/types';
import type { Decision } from '../sim/policy/types';
import { addMessages, type MessageKey } from './messages';
import { engine } from './messages/engine';
import { spiffe } from './messages/spiffe';
import type { Translate } from './translate';

addMessages({ ...engine, ...spiffe });

/** An AuthorizationPolicy decision, from its action, policy and rule rather than its English reason. */
export function describeDecision(d: Decision, t: Translate): string {
  if (d.policy && d.action) {
    return t(d.action === 'DENY' ? 'decision.deny' : 'decision.allow', {
      policy: d.policy,
      rule: d.ruleIndex ?? 0,
    });
  }
  return t(d.allowed ? 'decision.defaultAllow' : 'decision.defaultDeny');
}

/** The server's mTLS mode and the PeerAuthentication that set it. */
export function describeMtls(mtls: NonNullable<CallRecord['mtls']>, t: Translate): string {
  return mtls.source
    ? t('mtls.set', { mode: mtls.mode, source: mtls.source })
    : t('mtls.default', { mode: mtls.mode });
}

/** Where a handshake stopped: the message, the side that sent the alert, and what it means. */
export function describeFailure(f: HandshakeFailure, t: Translate): string {
  return t('handshake.failure', {
    at: f.at,
    side: t(`side.${f.side}`),
    alert: f.alert,
    meaning: t(`alert.${f.alert}`),
  });
}

/** Shows a character so that invisible and non-ASCII ones are still recognisable. */
function showChar(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  if (cp < 0x21 || cp > 0x7e) return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${c}'`;
}

/** A broken rule of a SPIFFE ID, from its code and the character at its position. */
export function describeIdError(e: SpiffeIdError, input: string, t: Translate): string {
  const at = e.position ?? 0;
  return t(`spiffe.${e.code}` as MessageKey, { found: showChar(input[at] ?? ''), pos: at + 1 });
}
