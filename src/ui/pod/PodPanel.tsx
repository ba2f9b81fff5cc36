import { useMemo } from 'react';
import { useT } from '../../i18n';
import { runOp, selectPod } from '../../store/actions';
import { useApp } from '../../store/hooks';
import { formatDateTime, formatTime } from '../format';
import { SpiffeId } from '../SpiffeId';
import { ClusterOps } from './ClusterOps';

/** The selected pod: IP (not an identity), ServiceAccount, SPIFFE ID, certificate; actions. */
export function PodPanel() {
  const t = useT();
  const key = useApp((s) => s.selectedPod);
  const pod = useApp((s) => (key === undefined ? undefined : s.pods.get(key)));
  // Worked out when the pods change, not at every change of the store.
  const all = useApp((s) => s.pods);
  const siblings = useMemo(
    () =>
      [...all.values()]
        .filter((p) => pod && p.spiffeId && p.spiffeId === pod.spiffeId && p.key !== pod.key)
        .map((p) => p.name)
        .join(', '),
    [all, pod],
  );
  const renewing = pod?.stage === 'retrying' || pod?.stage === 'expired';
  const retry = useApp((s) => {
    if (!renewing) return undefined;
    const e = s.events.findLast((x) => x.type === 'csr.retry' && x.pod === key);
    return e?.type === 'csr.retry' ? `${e.attempt}|${e.retryAt}` : undefined;
  });
  const now = useApp((s) => s.snapshot?.now ?? 0);
  const [attempt, retryAt] = retry?.split('|').map(Number) ?? [];
  const expired = pod?.cert !== undefined && now >= pod.cert.notAfter;
  return (
    <div className="stack">
      {!pod ? (
        <p className="muted">{t('pod.none')}</p>
      ) : (
        <div className="card stack">
          <h2>{pod.key}</h2>
          <dl className="kv">
            <dt>{t('pod.spiffe')}</dt>
            <dd>{pod.spiffeId ? <SpiffeId id={pod.spiffeId} /> : t(`stage.${pod.stage}`)}</dd>
            <dt>{t('pod.sa')}</dt>
            <dd>{pod.serviceAccount}</dd>
            <dt>{t('pod.ip')}</dt>
            <dd>
              <code>{pod.ip}</code> <span className="muted">· {t('pod.ipNote')}</span>
            </dd>
            <dt>{t('pod.node')}</dt>
            <dd>{pod.node}</dd>
            {pod.cluster && (
              <>
                <dt>{t('pod.cluster')}</dt>
                <dd>
                  {pod.cluster} <span className="muted">· {t('pod.clusterNote')}</span>
                </dd>
              </>
            )}
            {pod.cert && (
              <>
                {renewing && attempt !== undefined && retryAt !== undefined ? (
                  <>
                    <dt>{t('pod.renewal')}</dt>
                    <dd className="warn-text" data-testid="retry">
                      {t('pod.retrying', { attempt, time: formatTime(retryAt) })}
                    </dd>
                  </>
                ) : (
                  <>
                    <dt>{t('pod.renewAt')}</dt>
                    <dd>{formatDateTime(pod.cert.renewAt)}</dd>
                  </>
                )}
                <dt>{t('pod.notAfter')}</dt>
                <dd className={expired ? 'error-text' : undefined}>
                  {formatDateTime(pod.cert.notAfter)}
                  {expired && ` · ${t('pod.expiredNow')}`}
                </dd>
              </>
            )}
            <dt>{t('pod.rotations')}</dt>
            <dd>{pod.rotations}</dd>
          </dl>
          {siblings && <p>{t('pod.same', { pods: siblings })}</p>}
          <div className="row">
            <button
              type="button"
              title={t('pod.restartNote')}
              onClick={() => void runOp({ kind: 'restart', pod: pod.key })}
            >
              {t('pod.restart')}
            </button>
            {pod.deployment && (
              <button
                type="button"
                title={t('pod.rolloutNote')}
                onClick={() => {
                  void runOp({ kind: 'rollout', namespace: pod.namespace, name: pod.deployment! });
                  selectPod(undefined);
                }}
              >
                {t('pod.rollout', { name: pod.deployment })}
              </button>
            )}
            <button
              type="button"
              onClick={() => {
                void runOp({
                  kind: 'delete',
                  ref: { kind: 'Pod', namespace: pod.namespace, name: pod.name },
                });
                selectPod(undefined);
              }}
            >
              {t('pod.delete')}
            </button>
          </div>
        </div>
      )}
      <ClusterOps />
    </div>
  );
}
