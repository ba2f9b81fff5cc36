import type { ScaleTime } from 'd3';
import { useT } from '../../i18n';
import { formatSpan } from '../format';

/** Hour ticks labelled as time since the scenario started (+18h), with day boundaries. */
export function Axis({
  x,
  height,
  top,
  start,
}: {
  x: ScaleTime<number, number>;
  height: number;
  top: number;
  start: number;
}) {
  const translate = useT();
  const [from, to] = x.domain().map((d) => d.getTime()) as [number, number];
  const [r0 = 0, r1 = 0] = x.range();
  const pxPerHour = (r1 - r0) / ((to - from) / 3_600_000);
  const step = ([6, 12, 24, 48].find((h) => h * pxPerHour >= 64) ?? 48) * 3_600_000;
  const first = start + Math.max(0, Math.ceil((from - start) / step)) * step;
  const ticks: number[] = [];
  for (let t = first; t <= to; t += step) ticks.push(t);
  return (
    <g className="axis">
      {ticks.map((t) => {
        const px = x(new Date(t));
        const day = (t - start) % 86_400_000 === 0;
        return (
          <g key={t}>
            <line x1={px} x2={px} y1={top - 4} y2={height} strokeOpacity={day ? 0.9 : 0.35} />
            <text x={px + 2} y={top - 8}>
              {t === start ? '0' : `+${formatSpan(t - start, translate)}`}
            </text>
          </g>
        );
      })}
    </g>
  );
}
