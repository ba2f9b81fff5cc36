import type { ZoomTransform } from 'd3';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../../store/hooks';
import { store } from '../../store/store';
import { saColor } from '../sa-colors';
import { CallEdges } from './CallEdges';
import { ControlPlane } from './ControlPlane';
import { ExpiredPods } from './ExpiredPods';
import { layoutMesh } from './layout';
import { Messages } from './Messages';
import { PodNode } from './PodNode';
import { Spotlight } from './Spotlight';
import { createZoom, type ZoomController } from './zoom';

/** The mesh: control plane on top, namespaces as regions holding their pods; zoom and pan. */
export function MeshView({ children }: { children?: ReactNode }) {
  const t = useT();
  // Re-layout only when the structure changes (pods, namespaces), not on every tick.
  const shape = useApp((s) =>
    s.snapshot
      ? `${s.snapshot.namespaces.map((n) => n.name).join(',')}|${s.snapshot.pods.map((p) => p.key).join(',')}|${s.snapshot.serviceAccounts.length}`
      : '',
  );
  const [narrow, setNarrow] = useState(false);
  const layout = useMemo(() => {
    const snap = store.getState().snapshot;
    return shape && snap ? layoutMesh(snap, narrow) : undefined;
  }, [shape, narrow]);
  const colors = useMemo(() => {
    const snap = shape ? store.getState().snapshot : undefined;
    const map = new Map<string, string>();
    for (const pod of snap?.pods ?? [])
      map.set(pod.key, saColor(`${pod.namespace}/${pod.serviceAccount}`));
    return map;
  }, [shape]);
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomController | null>(null);
  const [transform, setTransform] = useState('');
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const z = createZoom(svg, (tr: ZoomTransform) => setTransform(tr.toString()));
    zoomRef.current = z;
    return () => z.destroy();
  }, []);
  useEffect(() => {
    if (!layout) return;
    const fitAll = () => {
      setNarrow((svgRef.current?.clientWidth ?? 1000) < 600);
      zoomRef.current?.fit(layout.width, layout.height);
    };
    fitAll();
    const observer = new ResizeObserver(fitAll);
    if (svgRef.current) observer.observe(svgRef.current);
    return () => observer.disconnect();
  }, [layout]);
  return (
    <div className="mesh-wrap">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG drawing of focusable pods, named as a group */}
      <svg ref={svgRef} className="mesh" role="group" aria-label={t('mesh.label')}>
        <g transform={transform}>
          {layout && (
            <>
              <ControlPlane layout={layout} />
              {layout.namespaces.map(({ name, box }) => (
                <g key={name}>
                  <rect
                    x={box.x}
                    y={box.y}
                    width={box.w}
                    height={box.h}
                    rx={12}
                    className="region"
                  />
                  <text x={box.x + 14} y={box.y + 20} fontWeight={700} fontSize={13}>
                    {t('mesh.namespace', { name })}
                  </text>
                </g>
              ))}
              {[...layout.pods.entries()].map(([key, box]) => (
                <PodNode key={key} podKey={key} box={box} color={colors.get(key) ?? '#475569'} />
              ))}
              <ExpiredPods layout={layout} />
              <Spotlight layout={layout} />
              <CallEdges layout={layout} />
              <Messages layout={layout} />
            </>
          )}
        </g>
      </svg>
      <div className="mesh-tools">
        <button
          type="button"
          onClick={() => zoomRef.current?.zoomBy(1.25)}
          aria-label={t('mesh.zoomIn')}
        >
          +
        </button>
        <button
          type="button"
          onClick={() => zoomRef.current?.zoomBy(0.8)}
          aria-label={t('mesh.zoomOut')}
        >
          −
        </button>
        <button
          type="button"
          onClick={() => layout && zoomRef.current?.fit(layout.width, layout.height)}
          aria-label={t('mesh.zoomReset')}
        >
          ⤢
        </button>
      </div>
      {children}
    </div>
  );
}
