import { splitSpiffeId } from './spiffe-parts';

/** A SPIFFE ID as typography: scheme · trust domain · /ns/x · /sa/y in their own tints. */
export function SpiffeId({ id }: { id: string }) {
  return (
    <code className="spiffe">
      {splitSpiffeId(id).map((part) => (
        <span
          key={`${part.kind}${part.text}`}
          className={`id-${part.kind === 'path' ? 'scheme' : part.kind}`}
        >
          {part.text}
        </span>
      ))}
    </code>
  );
}

/** The same typography inside SVG, on two lines (`gap` apart): scheme + trust domain, then the path. */
export function SvgSpiffeId({
  id,
  x,
  y,
  gap = 14,
}: {
  id: string;
  x: number;
  y: number;
  gap?: number;
}) {
  const parts = splitSpiffeId(id);
  const head = parts.filter((p) => p.kind === 'scheme' || p.kind === 'td');
  const tail = parts.filter((p) => p.kind !== 'scheme' && p.kind !== 'td');
  const line = (list: typeof parts, dy: number) => (
    <text x={x} y={y + dy} className="mono" fontSize={11}>
      {list.map((p) => (
        <tspan key={`${p.kind}${p.text}`} className={`id-${p.kind === 'path' ? 'scheme' : p.kind}`}>
          {p.text}
        </tspan>
      ))}
    </text>
  );
  return (
    <g>
      {line(head, 0)}
      {line(tail, gap)}
    </g>
  );
}
