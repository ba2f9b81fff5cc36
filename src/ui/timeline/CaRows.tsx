import type { ScaleTime } from 'd3';
import { useT } from '../../i18n';

interface Span {
  notBefore: number;
  notAfter: number;
}

interface Props {
  x: ScaleTime<number, number>;
  y: number;
  row: number;
  now: number;
  root?: Span;
  intermediate?: Span;
}

/** istiod's root and plugged-in intermediate as rows above the pods: lifetimes of years. */
export function CaRows({ x, y, row, now, root, intermediate }: Props) {
  const t = useT();
  const px = (ms: number) => x(new Date(ms));
  const rows: [string, Span][] = [];
  if (root) rows.push([t('timeline.root'), root]);
  if (intermediate) rows.push([t('timeline.intermediate'), intermediate]);
  return (
    <g>
      {rows.map(([label, span], i) => {
        const top = y + i * row;
        const used = Math.min(now, span.notAfter);
        return (
          <g key={label}>
            <text x={4} y={top + 13} fontWeight={700}>
              {label}
            </text>
            <rect
              className="tl-valid"
              x={px(span.notBefore)}
              y={top + 3}
              width={Math.max(1, px(span.notAfter) - px(span.notBefore))}
              height={12}
              stroke="var(--accent, #5b6cff)"
            />
            <rect
              className="tl-bar"
              x={px(span.notBefore)}
              y={top + 3}
              width={Math.max(1, px(used) - px(span.notBefore))}
              height={12}
              fill="var(--accent, #5b6cff)"
            />
          </g>
        );
      })}
    </g>
  );
}
