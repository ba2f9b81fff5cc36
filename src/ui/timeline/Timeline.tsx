import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useApp, useAppShallow } from '../../store/hooks';
import { formatSpan } from '../format';
import { saColor } from '../sa-colors';
import { Axis } from './Axis';
import { CaRows } from './CaRows';
import { SPANS_MS, timeScale } from './scales';
import { TimelineRow } from './TimelineRow';

const LEFT = 120;
const ROW = 20;
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
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    setWidth(el.clientWidth);
    return () => observer.disconnect();
  }, []);
  const now = useApp((s) => s.snapshot?.now ?? 0);
  const start = useApp((s) => s.snapshot?.config.start ?? 0);
  const { history, pods } = useAppShallow((s) => ({
    history: s.history,
    pods: s.snapshot?.pods,
  }));
  const live = new Map((pods ?? []).map((p) => [p.key, p]));
  const [span, setSpan] = useState<number>(SPANS_MS[0]);
  const ca = useAppShallow((s) => ({
    root: s.snapshot?.istiod.root,
    intermediate: s.snapshot?.istiod.intermediate,
  }));
  const caCount = ca.intermediate ? 2 : 1;
  const left = width < 600 ? 72 : LEFT;
  const x = timeScale(now, width, left, start, span);
  const [from, to] = x.domain().map((d) => d.getTime()) as [number, number];
  const rows = history.rows.filter(
    (pod) => live.has(pod) || history.bars.some((b) => b.pod === pod && (b.endedAt ?? now) > from),
  );
  const podTop = TOP + caCount * ROW;
  const height = podTop + rows.length * ROW + 6;
  const rotations = history.rotations.filter((r) => r.t >= from && r.t <= to);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable.
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
      <svg width={width} height={Math.max(height, 60)} role="img" aria-label={t('timeline.label')}>
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
        {rows.map((pod, i) => {
          const view = live.get(pod);
          const color = view ? saColor(`${view.namespace}/${view.serviceAccount}`) : '#8a94a3';
          return (
            <TimelineRow
              key={pod}
              pod={pod}
              y={podTop + i * ROW}
              x={x}
              now={now}
              color={color}
              bars={history.bars.filter(
                (b) => b.pod === pod && (b.endedAt ?? now) >= from && b.installedAt <= to,
              )}
              rotations={rotations.filter((r) => r.pod === pod)}
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
          const bar = history.bars.find((b) => b.pod === r.pod && b.endedAt === r.t);
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
  );
}
