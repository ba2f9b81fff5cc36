import { memo } from 'react';
import { useT } from '../../i18n';
import { selectPod } from '../../store/actions';
import { useApp } from '../../store/hooks';
import { SvgSpiffeId } from '../SpiffeId';
import { CertGauge, gaugeLabel, podName } from './CertGauge';
import { gaugeState } from './gauge-state';
import type { Box } from './layout';

/**
 * One pod: app container and istio-proxy sidecar, IP, ServiceAccount chip in the account's
 * colour, the SPIFFE ID and the certificate gauge. Subscribes to its own record only.
 */
export const PodNode = memo(function PodNode({
  podKey,
  box,
  color,
  largeType,
}: {
  podKey: string;
  box: Box;
  color: string;
  /** Presenter mode's larger type: the chip widens and the ID's lines part to hold it. */
  largeType: boolean;
}) {
  const t = useT();
  const pod = useApp((s) => s.pods.get(podKey));
  const now = useApp((s) => s.snapshot?.now ?? 0);
  const selected = useApp((s) => s.selectedPod === podKey);
  if (!pod) return null;
  const g = gaugeState(pod, now);
  const app = pod.labels.app ?? pod.name;
  const state = `${t(`stage.${pod.stage}`)}; ${gaugeLabel(g, t)}`;
  const activate = () => selectPod(podKey, 'pod');
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it is focusable and named
    <g
      className={`pod${selected ? ' selected' : ''}`}
      transform={`translate(${box.x},${box.y})`}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={podName(pod, state, t)}
      onClick={activate}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          activate();
        }
      }}
      data-pod={podKey}
    >
      <rect width={box.w} height={box.h} rx={8} className="pod-card" />
      <rect width={6} height={box.h} rx={3} fill={color} />
      <text x={14} y={20} fontWeight={700} fontSize={14}>
        {pod.name}
      </text>
      <text x={box.w - 10} y={20} textAnchor="end" className="small mono">
        {pod.ip}
      </text>
      <rect x={14} y={30} width={86} height={50} rx={5} className="box" />
      <text x={22} y={47} className="small">
        {t('mesh.app')}
      </text>
      <text x={22} y={66} fontSize={12}>
        {app.length > 11 ? `${app.slice(0, 10)}…` : app}
      </text>
      <rect x={108} y={30} width={box.w - 118} height={50} rx={5} className="box" />
      <text x={116} y={46} fontSize={12} fontWeight={600}>
        {t('mesh.sidecar')}
      </text>
      <CertGauge g={g} x={116} y={54} w={box.w - 134} />
      <rect
        x={14}
        y={92}
        width={Math.min(box.w - 28, 20 + (pod.serviceAccount.length + 3) * (largeType ? 8.6 : 7.3))}
        height={20}
        rx={10}
        fill={color}
        fillOpacity={0.18}
        stroke={color}
        strokeWidth={2}
      />
      <text x={24} y={106} fontSize={12}>
        {`SA ${pod.serviceAccount}`}
      </text>
      {pod.spiffeId ? (
        <SvgSpiffeId id={pod.spiffeId} x={14} y={130} gap={largeType ? 17 : 14} />
      ) : (
        <text x={14} y={130} className="small">
          {t(`stage.${pod.stage}`)}
        </text>
      )}
    </g>
  );
});
