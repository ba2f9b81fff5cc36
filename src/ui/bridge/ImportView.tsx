import { useId, useState } from 'react';
import { useT } from '../../i18n';
import type { CertView, SecretImportView } from './secret-view';

/** Reads the JSON in a chunk loaded on first use, so the certificate parser stays off the start. */
const importSecret = async (json: string): Promise<SecretImportView> =>
  (await import('./secret-view')).describeSecretImport(json);

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

function Cert({ cert }: { cert: CertView }) {
  const t = useT();
  return (
    <dl className="fields">
      {cert.spiffeId && (
        <>
          <dt>{t('bridge.spiffeId')}</dt>
          <dd className="mono">{cert.spiffeId}</dd>
        </>
      )}
      <dt>{t('bridge.subject')}</dt>
      <dd className="mono">{cert.subject || '—'}</dd>
      <dt>{t('bridge.issuer')}</dt>
      <dd className="mono">{cert.issuer}</dd>
      <dt>{t('bridge.serial')}</dt>
      <dd className="mono">{cert.serial}</dd>
      <dd>{t('bridge.validity', { from: iso(cert.notBefore), to: iso(cert.notAfter) })}</dd>
      {cert.renewal && (
        <>
          <dd>{t('bridge.renewLesson', { at: iso(cert.renewal.lesson) })}</dd>
          <dd>{t('bridge.renewIstio', { at: iso(cert.renewal.istio) })}</dd>
        </>
      )}
    </dl>
  );
}

/**
 * Paste `istioctl proxy-config secret <pod> -o json` from a real cluster and see its real
 * certificates: chain, SPIFFE ID, validity and both renewal points; broken input is explained.
 */
export function ImportView() {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [view, setView] = useState<SecretImportView>();
  return (
    <section aria-labelledby={`${id}-h`} className="stack">
      <h3 id={`${id}-h`}>{t('bridge.import')}</h3>
      <label htmlFor={`${id}-json`}>{t('bridge.importHint')}</label>
      <textarea
        id={`${id}-json`}
        className="mono editor"
        rows={6}
        value={text}
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={view?.ok === false}
        aria-describedby={`${id}-out`}
      />
      <button type="button" onClick={() => void importSecret(text).then(setView)}>
        {t('bridge.importButton')}
      </button>
      <div id={`${id}-out`} aria-live="polite">
        {view && !view.ok && (
          <p className="error-text" role="alert">
            ✗ {view.error}
          </p>
        )}
        {view?.ok &&
          view.secrets.map((s) => (
            <article key={`${s.status}-${s.name}`} className="card">
              <h4>{`${s.name} · ${s.kind} · ${s.status}`}</h4>
              <ol aria-label={t('bridge.chain')}>
                {s.certs.map((c, n) => (
                  <li
                    key={c.serial}
                    aria-label={t('bridge.cert', {
                      status: s.status,
                      name: s.name,
                      kind: s.kind,
                      n: n + 1,
                    })}
                  >
                    <Cert cert={c} />
                  </li>
                ))}
              </ol>
            </article>
          ))}
        {view?.ok && view.warnings.length > 0 && (
          <p className="warn-text">
            {t('bridge.warnings')}: {view.warnings.join('; ')}
          </p>
        )}
      </div>
    </section>
  );
}
