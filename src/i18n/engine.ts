import type { MessageCheck } from '../pki/handshake/checks';
import type { HandshakeFailure } from '../pki/handshake/types';
import type { SpiffeIdError } from '../pki/spiffe-id';
import type { CallRecord } from '../sim/mesh/types';
import type { PolicyProblem } from '../sim/policy/editor';
import type { Decision, LintWarning, TraceWords } from '../sim/policy/types';
import type { FindingWords } from '../sim/policy/validate-core';
import type { Why } from '../sim/why';
import { addMessages, type MessageKey, messages } from './messages';
import { checks } from './messages/checks';
import { engine } from './messages/engine';
import { lint } from './messages/lint';
import { spiffe } from './messages/spiffe';
import { trace } from './messages/trace';
import { webhook } from './messages/webhook';
import type { Translate } from './translate';

addMessages({ ...engine, ...spiffe, ...checks, ...trace, ...lint, ...webhook });

type Mtls = NonNullable<CallRecord['mtls']>;

/** An AuthorizationPolicy decision, from its action, policy and rule rather than its English reason. */
export function describeDecision(
  d: Pick<Decision, 'allowed' | 'action' | 'policy' | 'ruleIndex'> & Partial<Decision>,
  t: Translate,
): string {
  if (d.policy && d.action) {
    return t(d.action === 'DENY' ? 'decision.deny' : 'decision.allow', {
      policy: d.policy,
      rule: d.ruleIndex ?? 0,
    });
  }
  return t(d.allowed ? 'decision.defaultAllow' : 'decision.defaultDeny');
}

/** The server's mTLS mode and the PeerAuthentication that set it. */
export function describeMtls(
  mtls: Pick<Mtls, 'mode' | 'source'> & Partial<Mtls>,
  t: Translate,
): string {
  return mtls.source
    ? t('mtls.set', { mode: mtls.mode, source: mtls.source })
    : t('mtls.default', { mode: mtls.mode });
}

/** Where a handshake stopped: the message, the side that sent the alert, and what it means. */
export function describeFailure(
  f: Pick<HandshakeFailure, 'at' | 'side' | 'alert'> & Partial<HandshakeFailure>,
  t: Translate,
): string {
  return t('handshake.failure', {
    at: f.at,
    side: t(`side.${f.side}`),
    alert: f.alert,
    meaning: t(`alert.${f.alert}`),
  });
}

/**
 * A structured engine reason (src/sim/why.ts) in the reader's language: the code's sentence,
 * filled with its params and with the nested parts (decision, mTLS mode, handshake failure,
 * a TokenReview cause) each said in the same language first.
 */
export function describeWhy(w: Why, t: Translate): string {
  const vars: Record<string, string | number> = { ...w.params };
  const { side, what } = w.params;
  if (side === 'client' || side === 'server') vars.side = t(`side.${side}`);
  if (what === 'root' || what === 'intermediate') vars.what = t(`why.part.${what}`);
  if (w.decision) vars.decision = describeDecision(w.decision, t);
  if (w.mtls) vars.mtls = describeMtls(w.mtls, t);
  if (w.failure) vars.failure = describeFailure(w.failure, t);
  if (w.cause) vars.cause = describeWhy(w.cause, t);
  let text = t(whyKey(w), vars);
  if (w.secureNaming) {
    const { expected } = w.secureNaming;
    text += ` ${t('why.secureNaming', {
      ...w.secureNaming,
      expected: expected.length > 0 ? expected.join(', ') : t('why.secureNaming.none'),
    })}`;
  } else if (w.failure) {
    if (typeof w.params.presented === 'string')
      text += ` ${t('why.rejectedCert', { presented: w.params.presented })}`;
    const check = `why.check.${w.failure.code}`;
    if (check in messages) text += ` ${t(check as MessageKey)}`;
  }
  return w.note ? t('why.withNote', { text, note: describeWhy(w.note, t) }) : text;
}

function whyKey(w: Why): MessageKey {
  if (w.code === 'call.handshakeFailed' && w.failure) return 'why.call.handshakeFailedAt';
  if (w.code === 'csr.notAuthenticated' && w.cause) return 'why.csr.notAuthenticatedBecause';
  return `why.${w.code}`;
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

/** What a certificate-path failure code means, when there is a sentence for it. */
function meaningOf(code: string, t: Translate): string | undefined {
  const key = `why.check.${code}`;
  // A sentence of its own, used here inside one: without its full stop.
  return key in messages ? t(key as MessageKey).replace(/\.$/, '') : undefined;
}

/**
 * A receiver's check on a handshake message in the reader's language: what was checked, and
 * its detail, in words where it has any and as the value itself (hex, a suite) where not.
 */
export function describeCheck(c: MessageCheck, t: Translate): { name: string; detail: string } {
  const side = c.side ? t(`side.${c.side}`) : '';
  const notes = (c.notes ?? []).map(({ code, params = {} }) => {
    const vars: Record<string, string | number> = { ...params };
    if (params.side === 'client' || params.side === 'server') vars.side = t(`side.${params.side}`);
    if (code === 'rejected')
      vars.meaning = meaningOf(String(params.code), t) ?? t('check.rejectedOther');
    return t(`check.note.${code}`, vars);
  });
  return {
    name: t(`check.${c.code}`, { side }),
    detail: notes.length > 0 ? notes.join('; ') : c.detail,
  };
}

/** An AuthorizationPolicy trace line in the reader's language, its parts said the same way. */
export function describeTrace(words: TraceWords, t: Translate): string {
  if ('join' in words) return words.parts.map((part) => describeTrace(part, t)).join(words.join);
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(words.params ?? {}))
    vars[name] = typeof value === 'object' ? describeTrace(value, t) : value;
  return t(`authz.${words.code}`, vars);
}

/** A lint warning in the reader's language: the field it names, what is wrong, and the fix. */
export function describeLint(
  { path, said }: Pick<LintWarning, 'path' | 'said'>,
  t: Translate,
): string {
  const { code, params } = said;
  const hint = lintHint(said, t);
  return `${path}: ${t(`lint.${code}`, params)}${hint ? `. ${hint}` : ''}`;
}

/** What a lint warning suggests doing about it, or '' when it has no advice. */
function lintHint({ code, params }: LintWarning['said'], t: Translate): string {
  if (typeof params.fix === 'string') return t('lint.fix', { fix: params.fix });
  if (code === 'principal-shared-sa') return t('lint.hint.ownServiceAccount');
  if (code === 'shared-default-service-account') return t('lint.hint.ownServiceAccountNamed');
  if (!params.labels) return '';
  return t(
    code === 'selector-matches-nothing-mesh' ? 'lint.hint.labelsMesh' : 'lint.hint.labels',
    params,
  );
}

/** What the admission webhook (or the YAML parser) says of a field, in the reader's language. */
export function describeFinding({ path, code, params }: FindingWords, t: Translate): string {
  const said = t(`webhook.${code}`, params);
  return path ? `${path}: ${said}` : said;
}

/** A line of the policy editor's list: a webhook finding, a lint warning, or the size limit. */
export function describeProblem(p: PolicyProblem, t: Translate): string {
  if (p.lint) return describeLint(p.lint, t);
  if (p.finding) return describeFinding(p.finding, t);
  return p.message;
}
