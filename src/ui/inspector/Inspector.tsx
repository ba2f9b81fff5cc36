import { useState } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../../store/hooks';
import { downloadText } from '../download';
import { SpiffeId } from '../SpiffeId';
import { usePodDetail } from '../usePodDetail';
import { OpensslView } from './OpensslView';

/**
 * A pod's certificate: openssl text with field explanations, the istioctl proxy-config secret
 * table, PEM copy and download (leaf, a plugged-in intermediate, root), and the openssl commands
 * to check the files.
 */
export default function Inspector() {
  const t = useT();
  const pod = useApp((s) => s.selectedPod);
  const view = useApp((s) => (pod === undefined ? undefined : s.pods.get(pod)));
  const now = useApp((s) => s.snapshot?.now ?? 0);
  const td = useApp((s) => s.snapshot?.istiod.trustDomain ?? 'cluster.local');
  const [which, setWhich] = useState<'leaf' | 'intermediate' | 'root'>('leaf');
  const [copied, setCopied] = useState(false);
  const { detail } = usePodDetail(pod);
  if (!pod || !view || !detail || detail.chainPem.length === 0)
    return <p className="muted">{t('inspector.none')}</p>;
  const name = view.name;
  const leafPem = detail.chainPem[0] ?? '';
  const intermediatePem = detail.chainPem.length > 2 ? detail.chainPem[1] : undefined;
  const shown = which === 'intermediate' && !intermediatePem ? 'leaf' : which;
  const pem = { leaf: leafPem, intermediate: intermediatePem ?? '', root: detail.rootPem }[shown];
  const rendered = {
    leaf: detail.openssl,
    intermediate: detail.intermediateOpenssl,
    root: detail.rootOpenssl,
  }[shown];
  const attime = Math.floor(now / 1000);
  const commands = [
    `openssl x509 -in ${name}.pem -text -noout`,
    `openssl x509 -in ${name}.pem -noout -ext subjectAltName`,
    `# ${t('pod.notAfter')}: ${new Date(view.cert?.notAfter ?? 0).toISOString()} — -attime = simulated now`,
    intermediatePem
      ? `openssl verify -x509_strict -attime ${attime} -CAfile root-cert.pem -untrusted ${name}-chain.pem ${name}.pem`
      : `openssl verify -attime ${attime} -CAfile root-cert.pem ${name}.pem`,
  ].join('\n');
  return (
    <div className="stack">
      <h2>{pod}</h2>
      {view.spiffeId && <SpiffeId id={view.spiffeId} />}
      <fieldset className="seg">
        <legend className="sr-only">{t('inspector.chain')}</legend>
        <button type="button" aria-pressed={shown === 'leaf'} onClick={() => setWhich('leaf')}>
          {t('inspector.leaf')}
        </button>
        {intermediatePem && (
          <button
            type="button"
            aria-pressed={shown === 'intermediate'}
            onClick={() => setWhich('intermediate')}
          >
            {t('inspector.intermediate')}
          </button>
        )}
        <button type="button" aria-pressed={shown === 'root'} onClick={() => setWhich('root')}>
          {t('inspector.root')}
        </button>
      </fieldset>
      <div className="row">
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(pem).then(() => setCopied(true));
            setTimeout(() => setCopied(false), 1500);
          }}
        >
          {copied ? t('inspector.copied') : t('inspector.copy')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => downloadText(`${name}.pem`, leafPem, 'application/x-pem-file')}
        >
          ⤓ {t('inspector.download')}
        </button>
        <button
          type="button"
          onClick={() => downloadText('root-cert.pem', detail.rootPem, 'application/x-pem-file')}
        >
          ⤓ {t('inspector.downloadRoot')}
        </button>
        {intermediatePem && (
          <button
            type="button"
            onClick={() => downloadText(`${name}-chain.pem`, detail.chainPem.slice(1).join(''))}
          >
            ⤓ {t('inspector.downloadChain')}
          </button>
        )}
      </div>
      {rendered && <OpensslView rendered={rendered} td={td} />}
      <h3>{t('inspector.istioctl', { pod: `${name}.${view.namespace}` })}</h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable. */}
      <pre className="terminal" tabIndex={0}>
        {detail.sdsTable}
      </pre>
      <h3>PEM</h3>
      <pre>{pem}</pre>
      <h3>{t('inspector.check')}</h3>
      <pre>{commands}</pre>
    </div>
  );
}
