import { useT } from '../../i18n';
import type { PodView } from '../../sim/snapshot';
import { formatSpan } from '../format';
import type { GaugeState } from './gauge-state';

export const ICON: Record<GaugeState['band'], string> = {
  none: '○',
  ok: '✓',
  renew: '↻',
  retrying: '⚠',
  expired: '✕',
};
export const FILL: Record<GaugeState['band'], string> = {
  none: 'gauge-track',
  ok: 'gauge-ok',
  renew: 'gauge-warn',
  retrying: 'gauge-warn',
  expired: 'gauge-bad',
};

/** The certificate's remaining life as a draining bar with the renewal notch, icon and text. */
export function CertGauge({ g, x, y, w }: { g: GaugeState; x: number; y: number; w: number }) {
  const t = useT();
  const label = gaugeLabel(g, t);
  return (
    <g>
      <rect x={x} y={y} width={w} height={9} rx={3} className="gauge-track" />
      <rect
        x={x}
        y={y}
        width={Math.max(0, w * g.remaining)}
        height={9}
        rx={3}
        className={FILL[g.band]}
        style={{ transition: 'width 120ms linear' }}
      />
      {g.band !== 'none' && (
        <line
          x1={x + w * g.notch}
          x2={x + w * g.notch}
          y1={y - 3}
          y2={y + 12}
          className="gauge-notch"
        />
      )}
      <text x={x} y={y + 24} className="small">
        {`${ICON[g.band]} ${label}`}
      </text>
    </g>
  );
}

/** A pod's accessible name: name, cluster (in a multi-cluster mesh), ServiceAccount and state. */
export function podName(
  pod: Pick<PodView, 'name' | 'serviceAccount' | 'cluster'>,
  state: string,
  t: ReturnType<typeof useT>,
): string {
  const vars = { name: pod.name, sa: pod.serviceAccount, state };
  return pod.cluster
    ? t('mesh.podInCluster', { ...vars, cluster: pod.cluster })
    : t('mesh.pod', vars);
}

/** The gauge's words, also used for the pod's accessible name. */
export function gaugeLabel(g: GaugeState, t: ReturnType<typeof useT>): string {
  const left = formatSpan(g.leftMs, t);
  switch (g.band) {
    case 'none':
      return t('gauge.none');
    case 'ok':
      return t('gauge.fresh', { left });
    case 'renew':
      return t('gauge.renew', { left });
    case 'retrying':
      return t('gauge.retrying', { left });
    case 'expired':
      return t('gauge.expired');
  }
}
