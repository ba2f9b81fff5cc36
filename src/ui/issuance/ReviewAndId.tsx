import { useT } from '../../i18n';
import { describeWhy } from '../../i18n/engine';
import type { PodView } from '../../sim/snapshot';
import type { PodDetail } from '../../worker/protocol';
import { SpiffeId } from '../SpiffeId';

/** The TokenReview istiod sends and its answer, then the SPIFFE ID built from ns + SA. */
export function ReviewAndId({ detail, pod }: { detail: PodDetail; pod: PodView }) {
  const t = useT();
  const review = detail.review;
  const request = [
    'apiVersion: authentication.k8s.io/v1',
    'kind: TokenReview',
    'spec:',
    `  token: ${detail.token?.jwt.slice(0, 20) ?? ''}…`,
    '  audiences: ["istio-ca"]',
  ].join('\n');
  const status = review
    ? [
        'status:',
        `  authenticated: ${review.authenticated}`,
        ...(review.user
          ? [
              '  user:',
              `    username: ${review.user.username}`,
              `    groups: [${review.user.groups.join(', ')}]`,
            ]
          : []),
        ...(review.audiences ? [`  audiences: [${review.audiences.join(', ')}]`] : []),
        ...(review.error ? [`  error: ${review.error}`] : []),
      ].join('\n')
    : '';
  const td = detail.spiffeId?.match(/^spiffe:\/\/([^/]+)/)?.[1] ?? 'cluster.local';
  // istiod takes namespace and ServiceAccount from the TokenReview's answer (kube_jwt.go), not
  // from the JWT's own claims.
  const [, , ns = pod.namespace, sa = pod.serviceAccount] = review?.user?.username.split(':') ?? [];
  const from = review?.user
    ? `status.user.username = ${review.user.username}`
    : 'status.user.username';
  return (
    <div className="stack">
      <h3>{`${t('art.review')} · ${t('art.reviewRequest')}`}</h3>
      <pre>{request}</pre>
      <h3>{`${t('art.review')} · ${t('art.reviewStatus')}`}</h3>
      <pre>{status}</pre>
      {detail.error && (
        <p className="error-text">
          {t('art.error', { error: detail.why ? describeWhy(detail.why, t) : detail.error })}
        </p>
      )}
      <h3>{t('art.assemble')}</h3>
      <pre>
        {'spiffe://'}
        <span className="id-td">{td}</span>
        {'  ← trust domain\n/ns/'}
        <span className="id-ns">{ns}</span>
        {`  ← ${t('art.fromReview')}\n/sa/`}
        <span className="id-sa">{sa}</span>
        {`  ← ${from}`}
      </pre>
      <p className="muted">{t('art.reviewCredit')}</p>
      {detail.spiffeId && <SpiffeId id={detail.spiffeId} />}
    </div>
  );
}
