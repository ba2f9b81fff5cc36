import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { parseSpiffeId } from '../../pki/spiffe-id';
import { useApp } from '../../store/hooks';
import { SpiffeId } from '../SpiffeId';
import { IdErrors } from './IdErrors';

const EXAMPLES = [
  'spiffe://cluster.local/ns/production/sa/order-sa',
  'spiffe://cluster.local/ns/default/sa/my-service',
  'spiffe://Cluster.local/ns/production/sa/payment',
  'spiffe://cluster.local:8080/ns/prod/sa/order-sa',
  'spiffe://cluster.local/ns//sa/order-sa/',
  'https://cluster.local/ns/production/sa/order-sa',
  'spiffe://cluster.local/ns/production/sa/order%20sa?x=1',
];

/** SPIFFE ID explorer: type or pick an ID; see its parts, or every rule it breaks and where. */
export default function Explorer() {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(EXAMPLES[0] ?? '');
  const parsed = parseSpiffeId(text);
  const istio = parsed.ok ? /^\/ns\/([^/]+)\/sa\/([^/]+)$/.exec(parsed.path) : null;
  const holders = useApp((s) =>
    [...s.pods.values()]
      .filter((p) => p.spiffeId === text)
      .map((p) => p.key)
      .join(', '),
  );
  return (
    <div className="stack">
      <label htmlFor={`${id}-in`}>{t('explorer.label')}</label>
      <input
        id={`${id}-in`}
        className="id-input"
        value={text}
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={!parsed.ok}
        aria-describedby={`${id}-result`}
      />
      <div id={`${id}-result`} aria-live="polite">
        {parsed.ok ? (
          <div className="card stack">
            <p className="ok-text">✓ {t('explorer.valid')}</p>
            <SpiffeId id={parsed.id} />
            <dl className="kv">
              <dt className="id-scheme">{t('explorer.scheme')}</dt>
              <dd className="mono">spiffe://</dd>
              <dt className="id-td">{t('explorer.td')}</dt>
              <dd className="mono">{parsed.trustDomain}</dd>
              {istio ? (
                <>
                  <dt className="id-ns">{t('explorer.ns')}</dt>
                  <dd className="mono">{istio[1]}</dd>
                  <dt className="id-sa">{t('explorer.sa')}</dt>
                  <dd className="mono">{istio[2]}</dd>
                </>
              ) : (
                <>
                  <dt>{t('explorer.path')}</dt>
                  <dd className="mono">{parsed.path || '/'}</dd>
                </>
              )}
            </dl>
            <p>
              {istio
                ? t('explorer.istio', { ns: istio[1] ?? '', sa: istio[2] ?? '' })
                : t('explorer.notIstio')}
            </p>
            <p>{t('explorer.principal', { principal: parsed.id.slice('spiffe://'.length) })}</p>
            {holders && <p>{t('explorer.inMesh', { pods: holders })}</p>}
          </div>
        ) : (
          <IdErrors text={text} errors={parsed.errors} />
        )}
      </div>
      <h3>{t('explorer.examples')}</h3>
      <ul className="fields">
        {EXAMPLES.map((ex) => (
          <li key={ex}>
            <button type="button" className="mono" onClick={() => setText(ex)}>
              {ex}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
