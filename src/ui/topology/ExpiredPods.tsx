import { useT } from '../../i18n';
import { useApp } from '../../store/hooks';
import { gaugeState } from './gauge-state';
import type { MeshLayout } from './layout';

/** Pods serving with an expired certificate: their card framed in red with a label. */
export function ExpiredPods({ layout }: { layout: MeshLayout }) {
  const t = useT();
  const keys = useApp((s) => {
    const snap = s.snapshot;
    if (!snap) return '';
    return [...s.pods.values()]
      .filter((p) => gaugeState(p, snap.now).band === 'expired')
      .map((p) => p.key)
      .join(',');
  });
  if (!keys) return null;
  return (
    <g className="expired-pods" pointerEvents="none">
      {keys.split(',').map((key) => {
        const box = layout.pods.get(key);
        if (!box) return null;
        return (
          <g key={key} className="expired-pod" data-pod={key}>
            <rect
              className="expired-frame"
              x={box.x}
              y={box.y}
              width={box.w}
              height={box.h}
              rx={8}
            />
            <g transform={`translate(${box.x + box.w / 2},${box.y + box.h / 2})`}>
              <rect x={-80} y={-14} width={160} height={28} rx={6} className="expired-label" />
              <text textAnchor="middle" y={6}>
                {t('stage.expired')}
              </text>
            </g>
          </g>
        );
      })}
    </g>
  );
}
