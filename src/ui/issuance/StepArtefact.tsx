import { useT } from '../../i18n';
import { createCertificateRequest } from '../../sim/ca-request';
import type { PodView } from '../../sim/snapshot';
import { useApp } from '../../store/hooks';
import type { PodDetail } from '../../worker/protocol';
import { formatDateTime } from '../format';
import { Jwt } from './Jwt';
import { ReviewAndId } from './ReviewAndId';

/** The real artefact of one step: token, CSR + request, TokenReview + ID, certificate + SDS. */
export function StepArtefact({
  step,
  detail,
  pod,
}: {
  step: number;
  detail: PodDetail;
  pod: PodView;
}) {
  const t = useT();
  const certTtlMs = useApp((s) => s.snapshot?.config.certTtlMs ?? 86_400_000);
  if (step === 0 && detail.token) return <Jwt token={detail.token} />;
  if (step === 1) {
    const bearer = detail.token ? `${detail.token.jwt.slice(0, 24)}…` : '…';
    const sent = createCertificateRequest(
      `${(detail.csrPem ?? '').split('\n')[0]}…`,
      bearer,
      certTtlMs,
    );
    const request = [
      `POST https://${detail.caAddress}${detail.rpc}`,
      `authorization: ${sent.headers.authorization}`,
      `clusterid: ${sent.headers.ClusterID}`,
      '',
      JSON.stringify(sent.body, null, 2),
    ].join('\n');
    return (
      <div className="stack">
        <h3>{t('art.request')}</h3>
        <pre>{request}</pre>
        <h3>{t('art.csr')}</h3>
        <pre>{detail.csrPem}</pre>
      </div>
    );
  }
  if (step === 2) return <ReviewAndId detail={detail} pod={pod} />;
  if (step === 3) {
    const san = detail.openssl?.fields.find((f) => f.key === 'san');
    const validity = detail.openssl?.fields.find((f) => f.key === 'validity');
    const lines = detail.openssl?.text.split('\n') ?? [];
    const excerpt = [validity, san]
      .flatMap((f) => (f ? lines.slice(f.startLine, f.endLine + 1) : []))
      .join('\n');
    const percent = Math.round(
      (pod.cert
        ? (pod.cert.renewAt - pod.cert.installedAt) / (pod.cert.notAfter - pod.cert.installedAt)
        : 0.75) * 100,
    );
    return (
      <div className="stack">
        <h3>{t('art.cert')}</h3>
        <pre>{excerpt}</pre>
        <h3>{t('art.sds')}</h3>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable. */}
        <pre className="terminal" tabIndex={0}>
          {detail.sdsTable}
        </pre>
        {pod.cert && <p>{t('art.renewal', { time: formatDateTime(pod.cert.renewAt), percent })}</p>}
      </div>
    );
  }
  return null;
}
