import type { Translate } from '../../i18n';
import { describeCheck } from '../../i18n/engine';
import type { HandshakeMessage } from '../../pki/handshake/types';
import type { CallRecord } from '../../sim/mesh/types';
import { ends } from './focus-steps';

/** The URI SAN a side presented in its Certificate message, if it sent one. */
function sanOf(record: CallRecord, side: HandshakeMessage['from']): string | undefined {
  const cert = record.handshake?.messages.find((m) => m.type === 'Certificate' && m.from === side);
  const sans = cert?.fields.leaf_uri_san;
  return Array.isArray(sans) ? sans[0] : undefined;
}

const said = ({ name, detail }: { name: string; detail: string }) => `${name}: ${detail}`;

/** `spiffe://td/ns/x/sa/name` → `name`: the ServiceAccount a SPIFFE ID names. */
export function serviceAccountOf(id: string | undefined): string | undefined {
  return id?.match(/\/sa\/([^/]+)$/)?.[1];
}

/**
 * The plain sentence for one message: what its sender proves and who checks it, from the
 * record's own names, SANs and check results; then whether the receiver accepted it.
 */
export function describeStep(
  record: CallRecord,
  message: HandshakeMessage,
  t: Translate,
): { says: string; outcome?: string } {
  const { client, server } = ends(record);
  const [sender, receiver] = message.from === 'client' ? [client, server] : [server, client];
  const vars = { client, server, sender, receiver };
  const bad = message.checks.find((c) => !c.ok);
  const outcome =
    message.type === 'Alert' || message.checks.length === 0
      ? undefined
      : bad
        ? t('focus.rejected', { receiver, check: said(describeCheck(bad, t)) })
        : t('focus.passed', { receiver });
  const san = sanOf(record, message.from);
  switch (message.type) {
    case 'ServerHello':
      return {
        says: t('focus.ServerHello', { ...vars, suite: String(message.fields.cipher_suite) }),
        outcome,
      };
    case 'Certificate':
      return {
        says: san ? t('focus.Certificate', { ...vars, san }) : t('focus.CertificateEmpty', vars),
        outcome,
      };
    case 'CertificateVerify':
      return {
        says: t('focus.CertificateVerify', { ...vars, sa: serviceAccountOf(san) ?? sender }),
        outcome,
      };
    case 'Alert':
      return { says: t('focus.Alert', { ...vars, alert: String(message.fields.description) }) };
    case 'ApplicationData':
      return {
        says: t('focus.ApplicationData', {
          ...vars,
          what: t(message.from === 'client' ? 'focus.request' : 'focus.response'),
        }),
        outcome,
      };
    default:
      return { says: t(`focus.${message.type}` as const, vars), outcome };
  }
}
