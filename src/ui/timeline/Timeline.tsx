import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import type { PodView } from '../../sim/snapshot';
import { type CertBar, indexHistory } from '../../store/history';
import { useApp, useAppShallow } from '../../store/hooks';
import { formatSpan } from '../format';
import { saColor } from '../sa-colors';
import { Axis } from './Axis';
import { CaRows } from './CaRows';
import { RewindNotice } from './RewindNotice';
import { Scrubber } from './Scrubber';
import { SPANS_MS, timeScale } from './scales';
import { TimelineRow } from './TimelineRow';

const LEFT = 120;
const ROW = 20;
/** Beyond this many pods, rows are their groups (Deployment or ServiceAccount), bars overlaid. */
const AGGREGATE_AT = 40;
/** Rows drawn above and below the visible ones, so a scroll never shows a gap. */
const OVERSCAN = 4;
/** Two label lines above the rows: "now" on the first, the hour ticks on the second. */
const TOP = 34;

/**
 * istiod's root (and plugged-in intermediate), then each pod's certificates as bars over
 * simulated time, with the renewal mark, rotations, expiries, istiod outages and a "now" line;
 * zoomable from days to years. d3 computes the scale; React draws.
 */
export function Timeline() {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  const [view, setView] = useState({ top: 0, height: 150 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      setWidth(el.clientWidth);
      setView({ top: el.scrollTop, height: el.clientHeight });
    };
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, []);
  const now = useApp((s) => s.snapshot?.now ?? 0);
  const start = useApp((s) => s.snapshot?.config.start ?? 0);
  const { history, pods } = useAppShallow((s) => ({ history: s.history, pods: s.pods }));
  const [span, setSpan] = useState<number>(SPANS_MS[0]);
  const ca = useAppShallow((s) => ({
    root: s.snapshot?.istiod.root,
    intermediate: s.snapshot?.istiod.intermediate,
  }));
  const podTop = TOP + (ca.intermediate ? 2 : 1) * ROW;
  const left = width < 600 ? 72 : LEFT;
  const x = timeScale(now, width, left, start, span);
  const [from, to] = x.domain().map((d) => d.getTime()) as [number, number];
  const index = indexHistory(history);
  const inSpan = (t: number) => t >= from && t <= to;
  const inView = (b: CertBar) => (b.endedAt ?? now) >= from && b.installedAt <= to;
  const barsIn = (pod: string) => (index.bars.get(pod) ?? []).filter(inView);
  // A pod that is gone keeps its row while one of its certificates is in view.
  const shown = (pod: string) => (index.bars.get(pod) ?? []).some(inView);
  const podRows = history.rows.filter((pod) => pods.has(pod) || shown(pod));
  const rows = podRows.length > AGGREGATE_AT ? groupRows(podRows, pods) : podRows;
  const height = podTop + rows.length * ROW + 6;
  // Only the rows in view are drawn; the drawing keeps its full height for the scroll bar.
  const first = Math.max(0, Math.floor((view.top - podTop) / ROW) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((view.top + view.height - podTop) / ROW) + OVERSCAN);
  const rotations = history.rotations.filter((r) => inSpan(r.t));
  const drawn = rows.slice(first, last);
  const marks = spreadByGroup(rotations, drawn, (t) => x(new Date(t)));
  return (
    <>
      <RewindNotice />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable. */}
      <section className="timeline" ref={ref} tabIndex={0} aria-label={t('timeline.label')}>
        <div className="legend" aria-hidden="true">
          <span>▬ {t('timeline.legend.cert')}</span>
          <span>┃ {t('timeline.legend.renew')}</span>
          <span>◆ {t('timeline.legend.rotation')}</span>
          <span>✕ {t('timeline.legend.expired')}</span>
          <span>░ {t('timeline.legend.outage')}</span>
        </div>
        <fieldset className="seg">
          <legend className="sr-only">{t('timeline.zoom')}</legend>
          {SPANS_MS.map((s) => (
            <button key={s} type="button" aria-pressed={span === s} onClick={() => setSpan(s)}>
              {formatSpan(s, t)}
            </button>
          ))}
        </fieldset>
        <Scrubber x={x} left={left} width={width} height={TOP} start={start} now={now} />
        <svg
          width={width}
          height={Math.max(height, 60)}
          role="img"
          aria-label={t('timeline.label')}
        >
          <defs>
            <clipPath id="tl-plot">
              <rect x={left} y={0} width={Math.max(0, width - left)} height={height} />
            </clipPath>
          </defs>
          <Axis x={x} height={height} top={TOP} start={start} />
          {history.outages.map((o) => (
            <rect
              key={o.from}
              className="tl-outage"
              clipPath="url(#tl-plot)"
              x={x(new Date(o.from))}
              y={podTop}
              height={rows.length * ROW}
              width={Math.max(2, x(new Date(o.to ?? now)) - x(new Date(o.from)))}
            />
          ))}
          <CaRows x={x} y={TOP} row={ROW} now={now} root={ca.root} intermediate={ca.intermediate} />
          {drawn.map((row, i) => {
            const key = typeof row === 'string' ? row : row.key;
            const view = pods.get(typeof row === 'string' ? row : (row.pods[0] ?? ''));
            const color = view ? saColor(`${view.namespace}/${view.serviceAccount}`) : '#8a94a3';
            // A group's row shows when its pods rotated (one mark per few pixels), not every bar.
            return (
              <TimelineRow
                key={key}
                pod={key}
                y={podTop + (first + i) * ROW}
                x={x}
                now={now}
                color={color}
                bars={typeof row === 'string' ? barsIn(row) : []}
                rotations={
                  typeof row === 'string'
                    ? (index.rotations.get(row) ?? []).filter((r) => inSpan(r.t))
                    : (marks.get(row.key) ?? [])
                }
                gone={!view}
              />
            );
          })}
          <line
            className="tl-now"
            x1={x(new Date(now))}
            x2={x(new Date(now))}
            y1={TOP - 6}
            y2={height}
          />
          <text x={x(new Date(now)) + 4} y={TOP - 22} fontWeight={700}>
            {t('timeline.now')}
          </text>
        </svg>
        <ul className="sr-only" data-testid="timeline-rotations">
          {rotations.slice(-20).map((r) => {
            const bar = index.endedBy(r.pod, r.t);
            const pct = bar
              ? Math.round(((r.t - bar.installedAt) / (bar.notAfter - bar.installedAt)) * 100)
              : undefined;
            return (
              <li key={`${r.pod}-${r.t}`}>
                {`${t('timeline.legend.rotation')} ${r.pod} +${formatSpan(r.t - start, t)}${pct === undefined ? '' : ` (${pct}%)`}`}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}

/** A timeline row for many pods: a Deployment's (or ServiceAccount's) pods together. */
interface GroupRow {
  key: string;
  pods: string[];
}

/** A pod's timeline group, kept per view: a frame regroups a thousand rows without new strings. */
const GROUP_OF = new WeakMap<PodView, string>();
function groupOf(view: PodView): string {
  let key = GROUP_OF.get(view);
  if (key === undefined) {
    key = `${view.namespace}/${view.deployment ?? view.serviceAccount}`;
    GROUP_OF.set(view, key);
  }
  return key;
}

/**
 * Pod rows gathered by group, in order of each group's first pod. A pod that is gone has no
 * Deployment to go by: its row joins its namespace's other gone pods.
 */
function groupRows(rows: string[], pods: ReadonlyMap<string, PodView>): GroupRow[] {
  const groups = new Map<string, GroupRow>();
  for (const pod of rows) {
    const view = pods.get(pod);
    const key = view ? groupOf(view) : `${pod.split('/')[0] ?? ''}/…`;
    const group = groups.get(key);
    if (group) group.pods.push(pod);
    else groups.set(key, { key, pods: [pod] });
  }
  return [...groups.values()];
}

/**
 * The rotations of each group row drawn, at most one per 4 px so a row stays a few hundred
 * marks: one pass over the rotations in view, whatever the number of groups.
 */
function spreadByGroup(
  rotations: { pod: string; t: number }[],
  rows: readonly (string | GroupRow)[],
  px: (t: number) => number,
): Map<string, { pod: string; t: number }[]> {
  const groupOfPod = new Map<string, string>();
  for (const row of rows)
    if (typeof row !== 'string') for (const pod of row.pods) groupOfPod.set(pod, row.key);
  const out = new Map<string, { pod: string; t: number }[]>();
  const last = new Map<string, number>();
  if (groupOfPod.size === 0) return out;
  for (const r of rotations) {
    const group = groupOfPod.get(r.pod);
    if (group === undefined) continue;
    const at = px(r.t);
    if (at - (last.get(group) ?? Number.NEGATIVE_INFINITY) < 4) continue;
    last.set(group, at);
    const list = out.get(group);
    if (list) list.push(r);
    else out.set(group, [r]);
  }
  return out;
}
