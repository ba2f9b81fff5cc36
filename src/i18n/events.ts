import type { SimEventType, TimedEvent } from '../sim/events';
import type { AttackKind } from '../sim/scenario/types';
import type { Why } from '../sim/why';
import { describeLint, describeWhy } from './engine';
import type { Language } from './text';
import { type Translate, translator } from './translate';

const short = (s: string) => s.slice(0, 8);
const iso = (t: number) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');
/** The engine's reason in the reader's language; the English text only when none is structured. */
const because = (e: { reason?: string; why?: Why }, t: Translate) =>
  e.why ? describeWhy(e.why, t) : (e.reason ?? '');

type Sentence<K extends SimEventType> = (
  e: Extract<TimedEvent, { type: K }>,
  t: Translate,
) => string;

/**
 * The app's sentence for each event type (the CLI writes its own English log in
 * `src/sim/scenario/log.ts`). A reason is said from its structured `why`; free text the engine
 * writes only in English (`message`, an event without `why`) is quoted as it is.
 */
const SENTENCES: { [K in SimEventType]: Sentence<K> } = {
  'pod.started': (e, t) =>
    t('event.pod.started', { pod: e.pod, ip: e.ip, node: e.node, sa: e.serviceAccount }),
  'pod.deleted': (e, t) => t('event.pod.deleted', { pod: e.pod, ip: e.ip }),
  'container.restarted': (e, t) =>
    t('event.container.restarted', {
      pod: e.pod,
      container: e.container,
      restarts: e.restarts,
      ip: e.ip,
    }),
  'token.mounted': (e, t) =>
    t('event.token.mounted', { pod: e.pod, path: e.path, audience: e.audience }),
  'csr.sent': (e, t) =>
    t(e.attempt > 1 ? 'event.csr.sent.retry' : 'event.csr.sent', {
      pod: e.pod,
      alg: e.keyAlgorithm,
      attempt: e.attempt,
    }),
  'csr.retry': (e, t) =>
    t('event.csr.retry', { pod: e.pod, reason: because(e, t), at: iso(e.retryAt) }),
  'token.reviewed': (e, t) =>
    e.authenticated
      ? t('event.token.reviewed', { pod: e.pod, user: e.username })
      : t('event.token.refused', {
          pod: e.pod,
          error: e.why ? describeWhy(e.why, t) : (e.error ?? ''),
        }),
  'cert.issued': (e, t) =>
    t('event.cert.issued', { pod: e.pod, id: e.spiffeId, serial: short(e.serial) }),
  'csr.rejected': (e, t) => t('event.csr.rejected', { pod: e.pod, reason: because(e, t) }),
  'cert.installed': (e, t) => t('event.cert.installed', { pod: e.pod, at: iso(e.renewAt) }),
  'cert.rotated': (e, t) =>
    t('event.cert.rotated', { pod: e.pod, old: short(e.oldSerial), new: short(e.newSerial) }),
  'cert.expired': (e, t) => t('event.cert.expired', { pod: e.pod, serial: short(e.serial) }),
  'istiod.down': (_e, t) => t('event.istiod.down'),
  'istiod.up': (_e, t) => t('event.istiod.up'),
  'ca.changed': (e, t) => t(`event.ca.${e.change}`, { root: e.root, serial: short(e.serial) }),
  'ca.refused': (e, t) => t('event.ca.refused', { file: e.file, reason: because(e, t) }),
  'apply.ignored': (e, t) =>
    t('event.apply.ignored', { resource: e.resource, fields: e.fields.join(', ') }),
  'apply.failed': (e, t) => t('event.apply.failed', { resource: e.resource, reason: e.reason }),
  'policy.warning': (e, t) =>
    e.said
      ? t('event.policy.lint', {
          policy: e.policy,
          warning: describeLint({ path: e.path, said: e.said }, t),
        })
      : t('event.policy.warning', { policy: e.policy, path: e.path, message: e.message }),
  call: (e, t) => {
    const head = t('event.call', { from: e.from, to: e.to, result: t(`result.${e.result}`) });
    const tail = [e.peer && t('event.call.peer', { peer: e.peer }), e.policy, because(e, t)]
      .filter(Boolean)
      .join(' · ');
    return `${head}${e.status ? ` ${e.status}` : ''}${tail ? ` (${tail})` : ''}`;
  },
  attack: (e, t) => {
    const vars = {
      kind: t(`attack.${e.kind as AttackKind}`),
      from: e.from,
      to: e.to ?? '',
      result: t(`result.${e.result}`),
    };
    const head = t(e.to ? 'event.attack.to' : 'event.attack', vars);
    const reason = because(e, t);
    return reason ? `${head} (${reason})` : head;
  },
  expect: (e, t) => t(e.ok ? 'event.expect.ok' : 'event.expect.failed', { message: e.message }),
};

/** One event in plain words, in the chosen language. */
export function describeEvent(e: TimedEvent, lang: Language): string {
  const sentence = SENTENCES[e.type] as Sentence<SimEventType>;
  return sentence(e as never, translator(lang));
}
