import type { ZoomTransform } from 'd3';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../../store/hooks';
import { store } from '../../store/store';
import { HandshakeFocus } from '../handshake/HandshakeFocus';
import { saColor } from '../sa-colors';
import { CallEdges } from './CallEdges';
import { CompactLegend, PodGroups } from './CompactMesh';
import { ControlPlane } from './ControlPlane';
import { ExpiredPods } from './ExpiredPods';
import { CELL, fittedLayout } from './layout';
import { Messages } from './Messages';
import { PodCells } from './PodCells';
import { PodNode } from './PodNode';
import { Spotlight } from './Spotlight';
import { createZoom, type ZoomController } from './zoom';

/** The space kept between the cells' legend (at the mesh's bottom edge) and the drawing, px. */
const LEGEND_GAP = 14;
/** New pods drawn per animation frame when many arrive at once. */
const CELLS_PER_FRAME = 30;

/** The mesh: control plane on top, namespaces as regions holding their pods; zoom and pan. */
export function MeshView({ children }: { children?: ReactNode }) {
  const t = useT();
  // Re-layout only when the structure changes (pods, namespaces), not on every frame.
  const podKeys = useApp((s) => s.podKeys);
  const namespaces = useApp((s) => s.snapshot?.namespaces);
  // The drawing area's size, rounded so small resizes keep the arrangement.
  const [view, setView] = useState({ w: 1000, h: 600 });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (group: string) =>
      setExpanded((open) => {
        const next = new Set(open);
        if (!next.delete(group)) next.add(group);
        return next;
      }),
    [],
  );
  // Presenter mode draws the mesh in larger type (presenter.css), laid out to hold it.
  const largeType = useApp((s) => s.presenter.on);
  const layout = useMemo(() => {
    if (!namespaces || podKeys.length === 0) return undefined;
    const pods = store.getState().pods;
    return fittedLayout(
      namespaces.map((n) => n.name),
      podKeys.flatMap((k) => pods.get(k) ?? []),
      view.w,
      view.h,
      expanded,
      largeType,
    );
  }, [podKeys, namespaces, view, expanded, largeType]);
  // A burst of new pods (a scale-up) is drawn over a few frames: the first are on screen at
  // once, and no frame builds hundreds of cells.
  const total = layout?.pods.size ?? 0;
  const [shown, setShown] = useState(total);
  const drawn = Math.min(total, shown + CELLS_PER_FRAME);
  const entries = useMemo(() => [...(layout?.pods.entries() ?? [])], [layout]);
  const [cells, cards] = useMemo(() => {
    const some = entries.slice(0, drawn);
    return [some.filter(([, box]) => box.w === CELL), some.filter(([, box]) => box.w !== CELL)];
  }, [entries, drawn]);
  useEffect(() => {
    if (shown === total) return;
    if (drawn === total) {
      setShown(total);
      return;
    }
    const frame = requestAnimationFrame(() => setShown(drawn));
    return () => cancelAnimationFrame(frame);
  }, [shown, total, drawn]);
  const colors = useMemo(() => {
    const pods = store.getState().pods;
    const map = new Map<string, string>();
    for (const key of podKeys) {
      const pod = pods.get(key);
      if (pod) map.set(key, saColor(`${pod.namespace}/${pod.serviceAccount}`));
    }
    return map;
  }, [podKeys]);
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
  // Refit when the mesh's extent or arrangement changes, not when a group opens (the reader
  // keeps their place).
  const extent = layout
    ? `${layout.compact}|${layout.arrangement}|${largeType}|${podKeys.length}`
    : '';
  const fitRef = useRef(layout);
  fitRef.current = layout;
  const legendRef = useRef<HTMLDivElement>(null);
  /**
   * Fits the mesh above the cells' legend. A large mesh jumps to its fit: each frame of a glide
   * would lay out every cell again.
   */
  const fitMesh = useCallback(() => {
    const layout = fitRef.current;
    if (!layout) return;
    const legend = legendRef.current;
    const bottom = layout.compact && legend ? legend.offsetHeight + LEGEND_GAP : 0;
    zoomRef.current?.fit(layout.width, layout.height, !layout.compact, bottom);
  }, []);
  useEffect(() => {
    if (!extent) return;
    const fitAll = () => {
      const svg = svgRef.current;
      if (svg?.clientWidth && svg.clientHeight) {
        const w = Math.round(svg.clientWidth / 20) * 20;
        const h = Math.round(svg.clientHeight / 20) * 20;
        setView((v) => (v.w === w && v.h === h ? v : { w, h }));
      }
      fitMesh();
    };
    fitAll();
    const observer = new ResizeObserver(fitAll);
    if (svgRef.current) observer.observe(svgRef.current);
    return () => observer.disconnect();
  }, [extent, fitMesh]);
  return (
    <div className="mesh-wrap">
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG drawing of focusable pods, named as a group */}
      <svg
        ref={svgRef}
        className={`mesh${largeType ? ' large-type' : ''}`}
        role="group"
        aria-label={t('mesh.label')}
      >
        <g transform={transform}>
          {layout && (
            <>
              <ControlPlane layout={layout} />
              {layout.namespaces.map(({ name, cluster, box }) => (
                <g key={`${cluster ?? ''}/${name}`}>
                  <rect
                    x={box.x}
                    y={box.y}
                    width={box.w}
                    height={box.h}
                    rx={12}
                    className="region"
                  />
                  <text x={box.x + 14} y={box.y + 20} fontWeight={700} fontSize={13}>
                    {cluster
                      ? t('mesh.namespaceInCluster', { name, cluster })
                      : t('mesh.namespace', { name })}
                  </text>
                </g>
              ))}
              {layout.compact && <PodGroups groups={layout.groups} onToggle={toggle} />}
              <PodCells cells={cells} />
              {cards.map(([key, box]) => (
                <PodNode
                  key={key}
                  podKey={key}
                  box={box}
                  color={colors.get(key) ?? '#475569'}
                  largeType={largeType}
                />
              ))}
              {!layout.compact && <ExpiredPods layout={layout} />}
              <Spotlight layout={layout} />
              <CallEdges layout={layout} />
              {!layout.compact && <Messages layout={layout} />}
            </>
          )}
        </g>
      </svg>
      {layout?.compact && <CompactLegend ref={legendRef} />}
      <HandshakeFocus />
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
        <button type="button" onClick={fitMesh} aria-label={t('mesh.zoomReset')}>
          ⤢
        </button>
      </div>
      {children}
    </div>
  );
}
