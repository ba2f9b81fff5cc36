import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import type { CallRecord } from '../../sim/mesh/types';
import { focusCall, selectCall } from '../../store/actions';
import { useApp } from '../../store/hooks';
import { aggregateCalls, badgeStatus, type CallEdge, edgePath } from './call-edges';
import { HandshakeFlight } from './HandshakeFlight';
import type { MeshLayout } from './layout';

/** A call stays fully drawn this long (wall clock), then fades back. */
const FRESH_MS = 15_000;

/** Remembers when each call first appeared on screen; calls present at mount count as old. */
function useArrivals(calls: readonly CallRecord[]): Map<number, number> {
  const seen = useRef<Map<number, number> | null>(null);
  if (!seen.current) seen.current = new Map(calls.map((c) => [c.id, 0]));
  for (const c of calls) if (!seen.current.has(c.id)) seen.current.set(c.id, performance.now());
  return seen.current;
}

/**
 * Every call between pods as an edge caller → callee: the handshake's messages travel along it,
 * then it shows a padlock (mTLS) or an open lock (plaintext), the principal the server saw and
 * the outcome. Calls of one pair share an edge with a count; older calls fade. Clicking an edge
 * opens that call's handshake.
 */
export function CallEdges({ layout }: { layout: MeshLayout }) {
  const t = useT();
  const calls = useApp((s) => s.calls);
  const selected = useApp((s) => s.selectedCall);
  const arrivals = useArrivals(calls);
  const [now, setNow] = useState(() => performance.now());
  const { edges, missing } = useMemo(
    () => aggregateCalls(calls, (pod) => layout.pods.has(pod)),
    [calls, layout],
  );
  const newest = calls[calls.length - 1];
  const fresh = newest !== undefined && now - (arrivals.get(newest.id) ?? 0) < FRESH_MS;
  useEffect(() => {
    if (!fresh) return;
    const timer = setTimeout(() => setNow(performance.now()), FRESH_MS);
    return () => clearTimeout(timer);
  }, [fresh]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new call restarts the fade clock
  useEffect(() => setNow(performance.now()), [calls]);
  const lost = newest && missing.includes(newest) ? newest : undefined;
  return (
    <g className="call-edges">
      <defs>
        <marker
          id="call-arrow"
          viewBox="0 0 10 10"
          refX={9}
          refY={5}
          markerUnits="userSpaceOnUse"
          markerWidth={14}
          markerHeight={14}
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className="call-arrow" />
        </marker>
      </defs>
      {edges.map((edge) => (
        <Edge
          key={`${edge.from}→${edge.to}`}
          edge={edge}
          layout={layout}
          recent={now - (arrivals.get(edge.latest.id) ?? 0) < FRESH_MS}
          selected={edge.latest.id === selected}
          label={t('calls.edge', {
            from: edge.from,
            to: edge.to,
            status: badgeStatus(edge.latest),
            count: edge.count,
          })}
        />
      ))}
      {lost && (
        <text className="call-missing" x={layout.width / 2} y={layout.height - 8}>
          {t('calls.offStage', { from: lost.from, to: lost.to })}
        </text>
      )}
    </g>
  );
}

function Edge(props: {
  edge: CallEdge;
  layout: MeshLayout;
  recent: boolean;
  selected: boolean;
  label: string;
}) {
  const { edge, layout, recent, selected, label } = props;
  const from = layout.pods.get(edge.from);
  const to = layout.pods.get(edge.to);
  const path = useMemo(() => (from && to ? edgePath(from, to) : undefined), [from, to]);
  // Which call's messages have arrived: a new call on this pair replays its messages. Kept by id,
  // not reset in an effect, since the flight reports at once under reduced motion (its effect runs
  // before this component's) and a reset after it would keep the badge away for good.
  const [landedId, setLandedId] = useState<number>();
  const call = edge.latest;
  const landed = !recent || landedId === call.id;
  if (!path) return null;
  const mid = path.at(0.5);
  const open = () => {
    selectCall(call.id);
    focusCall(call.id);
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG edge that opens its call, like a link
    <g
      className={`call-edge ${call.result}${recent || selected ? ' recent' : ''}${selected ? ' selected' : ''}`}
      data-from={edge.from}
      data-to={edge.to}
      role="button"
      tabIndex={0}
      aria-label={label}
      onClick={open}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open();
        }
      }}
    >
      <path d={path.d} className="call-hit" />
      <path d={path.d} className="call-line" markerEnd="url(#call-arrow)" />
      {!landed && call.handshake && (
        <HandshakeFlight
          messages={call.handshake.messages}
          path={path}
          onDone={() => setLandedId(call.id)}
        />
      )}
      {landed && <Badge edge={edge} x={mid.x} y={mid.y} largeType={layout.largeType} />}
    </g>
  );
}

function Badge(props: { edge: CallEdge; x: number; y: number; largeType: boolean }) {
  const { edge, x, y, largeType } = props;
  const call = edge.latest;
  const status = badgeStatus(call);
  // The mesh's own trust domain goes without saying; another cluster's is the point.
  const multiCluster = useApp((s) => s.snapshot?.clusters !== undefined);
  const principal = multiCluster ? call.peer : call.peer?.replace(/^[^/]+\/ns\//, 'ns/');
  const w = Math.max(
    96,
    status.length * 9 + 64,
    // A monospace advance is 0.6 em (topology.css: 13 px, 15 px in larger type), and a margin.
    (principal?.length ?? 0) * (largeType ? 15 : 13) * 0.62 + 24,
  );
  const h = principal ? 46 : 28;
  return (
    <g className="call-badge" data-result={call.result} transform={`translate(${x},${y})`}>
      <rect x={-w / 2} y={-14} width={w} height={h} rx={8} />
      <Lock x={-w / 2 + 16} y={0} open={call.transport !== 'mtls'} />
      <text x={-w / 2 + 30} y={5} className="call-status">
        {status}
        {edge.count > 1 ? ` ×${edge.count}` : ''}
      </text>
      {principal && (
        <text x={0} y={24} textAnchor="middle" className="call-principal">
          {principal}
        </text>
      )}
    </g>
  );
}

/** A padlock, shut for mTLS and open for plaintext. */
function Lock({ x, y, open }: { x: number; y: number; open: boolean }) {
  return (
    <g className={`call-lock${open ? ' open' : ''}`} transform={`translate(${x},${y})`}>
      <path d={open ? 'M-4,-2 v-5 a4,4 0 0 1 8,0' : 'M-4,-2 v-3 a4,4 0 0 1 8,0 v3'} />
      <rect className="call-lock-body" x={-6} y={-2} width={12} height={9} rx={2} />
    </g>
  );
}
