import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import { describeDecision, describeFailure, describeTrace, describeWhy } from '../../i18n/engine';
import type { HandshakeMessage } from '../../pki/handshake/types';
import type { CallRecord } from '../../sim/mesh/types';
import { ends, type FocusStep } from './focus-steps';
import { MessageDetail } from './MessageDetail';
import { describeStep } from './step-sentence';

/** An arrow across the stage, its head at the receiver's end. */
function Arrow({ from }: { from: HandshakeMessage['from'] }) {
  const [x1, x2] = from === 'client' ? [2, 98] : [98, 2];
  const head = from === 'client' ? 'M98,6 L90,1 L90,11 z' : 'M2,6 L10,1 L10,11 z';
  return (
    <svg className="focus-arrow" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
      <line className="shaft" x1={x1} x2={x2} y1={6} y2={6} />
      <path className="head" d={head} />
    </svg>
  );
}

/** A small padlock: the message travelled inside an encrypted record. */
function Lock({ label }: { label: string }) {
  return (
    <svg className="focus-lock" viewBox="0 0 12 14" role="img" aria-label={label}>
      <path d="M3,6 V4 a3,3 0 0 1 6,0 V6" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="1.5" y="6" width="9" height="7" rx="1.5" fill="currentColor" />
    </svg>
  );
}

/** The messages so far, the current one lit and explained, then the principal and the verdict. */
export function FocusStage({
  record,
  steps,
  at,
}: {
  record: CallRecord;
  steps: FocusStep[];
  at: number;
}) {
  const t = useT();
  const { client, server } = ends(record);
  const current = steps[at];
  const wire = useRef<HTMLOListElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new step scrolls the lit message into view.
  useEffect(() => {
    wire.current?.querySelector('.now')?.scrollIntoView({ block: 'nearest' });
  }, [at]);
  return (
    <div className="focus-body">
      <div className="focus-lanes" aria-hidden="true">
        <strong>{client}</strong>
        <strong>{server}</strong>
      </div>
      <ol
        className="focus-wire"
        ref={wire}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable.
        tabIndex={0}
        aria-label={t('focus.title', { client, server })}
      >
        {steps.slice(0, at + 1).map((s, i) =>
          s.kind === 'message' ? (
            <li
              key={s.message.index}
              className={`focus-msg${i === at ? ' now' : ''}${s.failed ? ' fail' : ''}`}
              data-from={s.message.from}
            >
              <span className="focus-name">
                {s.message.encrypted && <Lock label={t('focus.encrypted')} />}
                {s.message.type}
              </span>
              <Arrow from={s.message.from} />
            </li>
          ) : s.kind === 'plaintext' ? (
            <li
              key="plain"
              className={`focus-msg plain${i === at ? ' now' : ''}`}
              data-from="client"
            >
              <span className="focus-name">HTTP</span>
              <Arrow from="client" />
            </li>
          ) : null,
        )}
      </ol>
      <section className="focus-say card" aria-live="polite">
        {current?.kind === 'message' && <MessageSay record={record} step={current} n={at + 1} />}
        {current?.kind === 'plaintext' && <p>{t('focus.plaintext', { client })}</p>}
        {current?.kind === 'principal' && <Principal record={record} />}
        {current?.kind === 'verdict' && <Verdict record={record} />}
      </section>
    </div>
  );
}

function MessageSay({
  record,
  step,
  n,
}: {
  record: CallRecord;
  step: Extract<FocusStep, { kind: 'message' }>;
  n: number;
}) {
  const t = useT();
  const { says, outcome } = describeStep(record, step.message, t);
  const failure = record.handshake?.failure;
  return (
    <>
      <p className="focus-sentence">{says}</p>
      {/* check-ok and check-bad draw the ✓ / ✕ before the sentence. */}
      {outcome && <p className={step.failed ? 'check-bad' : 'check-ok'}>{outcome}</p>}
      {step.message.type === 'Alert' && failure && (
        <p className="error-text">{describeFailure(failure, t)}</p>
      )}
      <details>
        <summary>{t('focus.details')}</summary>
        <MessageDetail message={step.message} n={n} />
      </details>
    </>
  );
}

/** The SAN loses its `spiffe://` and becomes the principal; the rule that decides is lit. */
function Principal({ record }: { record: CallRecord }) {
  const t = useT();
  const { server } = ends(record);
  const decision = record.decision;
  return (
    <>
      <h3>{t('focus.principalTitle')}</h3>
      {record.peer ? (
        <>
          <p>{t('focus.principalText', { server })}</p>
          <p className="mono focus-san" data-testid="focus-san">
            <span className="scheme">spiffe://</span>
            <span>{record.peer}</span>
          </p>
          <p className="mono focus-principal" data-testid="focus-principal">
            {record.peer}
          </p>
        </>
      ) : (
        <p>{t('focus.noPrincipal')}</p>
      )}
      {decision && (
        <ul className="problems">
          {decision.trace.map((e) => (
            <li
              key={e.policy}
              className={`${e.matched ? 'check-ok' : 'check-bad'}${e.policy === record.policy ? ' decides' : ''}`}
            >
              <code>{`${e.action} ${e.policy}`}</code> {describeTrace(e.words, t)}
              {e.policy === record.policy && <strong> · {t('focus.decides')}</strong>}
            </li>
          ))}
          {decision.trace.length === 0 && <li>{describeDecision(decision, t)}</li>}
        </ul>
      )}
    </>
  );
}

function Verdict({ record }: { record: CallRecord }) {
  const t = useT();
  return (
    <div data-testid="focus-verdict">
      <h3>{t('focus.verdictTitle')}</h3>
      <p className={`verdict ${record.result}`}>
        {record.result === 'allowed' ? '✓' : '✕'} {t(`result.${record.result}`)}
        {record.status ? ` · HTTP ${record.status}` : ''}
      </p>
      {record.decision && <p>{describeDecision(record.decision, t)}</p>}
      {record.handshake?.failure && (
        <p className="error-text">{describeFailure(record.handshake.failure, t)}</p>
      )}
      {!record.handshake && record.why && <p>{describeWhy(record.why, t)}</p>}
    </div>
  );
}
