import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { focusCall, selectCall } from '../../store/actions';
import { useApp } from '../../store/hooks';
import { CallForm } from './CallForm';
import { CallResult } from './CallResult';
import { MessageDetail } from './MessageDetail';
import { Sequence } from './Sequence';

/**
 * A call step by step: the handshake as a sequence diagram, each message with its fields and
 * checks, then the principal, XFCC and the policy decision; failures show where and why.
 */
export default function HandshakePanel() {
  const t = useT();
  const calls = useApp((s) => s.calls);
  const selectedId = useApp((s) => s.selectedCall);
  const record = calls.find((c) => c.id === selectedId) ?? calls[calls.length - 1];
  const messages = record?.handshake?.messages ?? [];
  const [step, setStep] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new call starts at its first message
  useEffect(() => setStep(0), [record?.id]);
  const failure = record?.handshake?.failure;
  const failedAt = failure ? messages.length - 1 : undefined;
  const message = messages[Math.min(step, messages.length - 1)];
  return (
    <div className="stack">
      <CallForm />
      {calls.length > 1 && (
        <label className="row">
          {t('tab.log')}
          <select value={record?.id} onChange={(e) => selectCall(Number(e.target.value))}>
            {calls.map((c) => (
              <option key={c.id} value={c.id}>{`#${c.id} ${c.from} → ${c.to}: ${c.result}`}</option>
            ))}
          </select>
        </label>
      )}
      {!record ? (
        <p className="muted">{t('handshake.none')}</p>
      ) : (
        <>
          <button type="button" className="primary" onClick={() => focusCall(record.id)}>
            {t('focus.open')}
          </button>
          {messages.length > 0 && (
            <section className="card stack">
              <Sequence
                messages={messages}
                selected={step}
                client={record.fromPod?.split('/')[1] ?? record.from}
                server={record.toPod?.split('/')[1] ?? record.to}
                {...(failedAt === undefined ? {} : { failedAt })}
              />
              <div className="row">
                <button
                  type="button"
                  onClick={() => setStep(Math.max(0, step - 1))}
                  disabled={step === 0}
                >
                  ← {t('handshake.prev')}
                </button>
                <button
                  type="button"
                  className="primary"
                  onClick={() => setStep(Math.min(messages.length - 1, step + 1))}
                  disabled={step >= messages.length - 1}
                >
                  {t('handshake.next')} →
                </button>
                <span className="muted">{`${step + 1} / ${messages.length}`}</span>
              </div>
              {message && <MessageDetail message={message} n={step + 1} />}
            </section>
          )}
          {/* The verdict after the messages that lead to it, as the handshake itself goes. */}
          <CallResult record={record} />
        </>
      )}
    </div>
  );
}
