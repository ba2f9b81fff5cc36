import type { ScaleTime } from 'd3';
import type { CertBar } from '../../store/history';

interface Props {
  pod: string;
  y: number;
  x: ScaleTime<number, number>;
  now: number;
  color: string;
  bars: CertBar[];
  rotations: { pod: string; t: number }[];
  gone: boolean;
}

/** Diagonal hatch lines filling [x0, x1] × [y, y + h]. */
function hatch(x0: number, x1: number, y: number, h: number): string {
  let d = '';
  for (let x = x0 - h; x < x1; x += 6) {
    const a = Math.max(x, x0);
    const b = Math.min(x + h, x1);
    if (b > a) d += `M${a},${y + h - (a - x)} L${b},${y + h - (b - x)} `;
  }
  return d;
}

/**
 * One pod's row: each certificate's validity (dashed), time in use (solid) up to its expiry,
 * then time served expired (red, hatched) until a new one arrived; renewal mark.
 */
export function TimelineRow({ pod, y, x, now, color, bars, rotations, gone }: Props) {
  const px = (t: number) => x(new Date(t));
  return (
    <g>
      <text x={4} y={y + 13} style={{ opacity: gone ? 0.5 : 1 }}>
        {pod.split('/')[1] ?? pod}
      </text>
      <g clipPath="url(#tl-plot)">
        {bars.map((b) => {
          const end = Math.min(b.endedAt ?? now, b.notAfter);
          const expiredUntil = b.endedAt ?? now;
          return (
            <g key={b.serial}>
              <rect
                className="tl-valid"
                x={px(b.installedAt)}
                y={y + 3}
                width={Math.max(1, px(b.notAfter) - px(b.installedAt))}
                height={12}
                stroke={color}
              />
              <rect
                className="tl-bar"
                x={px(b.installedAt)}
                y={y + 3}
                width={Math.max(1, px(end) - px(b.installedAt))}
                height={12}
                fill={color}
              />
              {expiredUntil > b.notAfter && (
                <g className="tl-expired" data-from={b.notAfter} data-to={expiredUntil}>
                  <rect
                    x={px(b.notAfter)}
                    y={y + 3}
                    width={Math.max(1, px(expiredUntil) - px(b.notAfter))}
                    height={12}
                  />
                  <path
                    className="tl-hatch"
                    d={hatch(px(b.notAfter), px(expiredUntil), y + 3, 12)}
                  />
                </g>
              )}
              <line
                className="tl-renew"
                x1={px(b.renewAt)}
                x2={px(b.renewAt)}
                y1={y + 1}
                y2={y + 17}
              />
              {b.expiredAt !== undefined && (
                <text
                  x={px(b.expiredAt) - 4}
                  y={y + 13}
                  className="tl-exp"
                  fill="var(--bad)"
                  fontWeight={700}
                >
                  ✕
                </text>
              )}
            </g>
          );
        })}
        {rotations.map((r) => (
          <path key={r.t} className="tl-rot" d={`M${px(r.t)},${y + 1} l5,8 l-5,8 l-5,-8 z`} />
        ))}
      </g>
    </g>
  );
}
