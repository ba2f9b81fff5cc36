import { useT } from '../../i18n';
import {
  describeDecision,
  describeFailure,
  describeMtls,
  describeTrace,
  describeWhy,
} from '../../i18n/engine';
import type { CallRecord } from '../../sim/mesh/types';
import { SpiffeId } from '../SpiffeId';
import { SecureNaming } from './SecureNaming';

/** The outcome of a call: verdict, mTLS mode, principal, XFCC, decision and its trace. */
export function CallResult({ record }: { record: CallRecord }) {
  const t = useT();
  const failure = record.handshake?.failure;
  return (
    <section className="card stack" aria-live="polite">
      <p className="row">
        <strong>{`${record.from} → ${record.to}`}</strong>
        <span className={`verdict ${record.result}`}>
          {record.result === 'allowed' ? '✓' : '✕'} {t(`result.${record.result}`)}
          {record.status ? ` · HTTP ${record.status}` : ''}
        </span>
      </p>
      {record.why && (
        <p className={record.result === 'failed' ? 'error-text' : undefined} data-testid="call-why">
          {describeWhy(record.why, t)}
        </p>
      )}
      {record.mtls && <p className="muted">{describeMtls(record.mtls, t)}</p>}
      {record.transport === 'plaintext' && <p className="warn-text">{t('handshake.plaintext')}</p>}
      {failure && !record.why?.failure && (
        <p className="error-text">{describeFailure(failure, t)}</p>
      )}
      {record.secureNaming && record.transport === 'mtls' && (
        <SecureNaming naming={record.secureNaming} answeredBy={record.toPod} />
      )}
      {record.peer && (
        <>
          <h3>{t('handshake.principal')}</h3>
          <p className="mono" data-testid="principal">
            {record.peer}
          </p>
          <SpiffeId id={`spiffe://${record.peer}`} />
        </>
      )}
      {record.xfcc && (
        <>
          <h3>{t('handshake.xfcc')}</h3>
          <pre>{record.xfcc}</pre>
        </>
      )}
      {record.decision && (
        <>
          <h3>{t('handshake.decision')}</h3>
          <p>
            {record.decision.allowed ? '✓ ' : '✕ '}
            {describeDecision(record.decision, t)}
          </p>
          {record.decision.trace.length > 0 && (
            <>
              <h3>{t('handshake.trace')}</h3>
              <ul className="problems">
                {record.decision.trace.map((e) => (
                  <li key={e.policy} className={e.matched ? 'check-ok' : 'check-bad'}>
                    <code>{`${e.action} ${e.policy}`}</code> {describeTrace(e.words, t)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
