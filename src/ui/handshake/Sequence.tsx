import type { HandshakeMessage } from '../../pki/handshake/types';

const ROW = 26;

/** The handshake as a sequence diagram: client and server lifelines, one arrow per message. */
export function Sequence({
  messages,
  selected,
  failedAt,
  client,
  server,
}: {
  messages: HandshakeMessage[];
  selected: number;
  failedAt?: number;
  client: string;
  server: string;
}) {
  const w = 380;
  const left = 60;
  const right = w - 60;
  const height = 34 + messages.length * ROW;
  return (
    <svg
      className="seq"
      viewBox={`0 0 ${w} ${height}`}
      role="img"
      aria-label={`${client} ⇄ ${server}`}
    >
      <defs>
        <marker
          id="arrowhead"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
        </marker>
      </defs>
      <text x={left} y={12} textAnchor="middle" fontWeight={700}>
        {client}
      </text>
      <text x={right} y={12} textAnchor="middle" fontWeight={700}>
        {server}
      </text>
      <line className="life" x1={left} x2={left} y1={18} y2={height} />
      <line className="life" x1={right} x2={right} y1={18} y2={height} />
      {messages.map((m, i) => {
        const y = 34 + i * ROW;
        const [x1, x2] = m.from === 'client' ? [left, right] : [right, left];
        const cls = `${i === selected ? 'sel' : ''} ${failedAt === i ? 'fail' : ''}`;
        return (
          <g key={m.index} className={cls}>
            <line className="arrow" x1={x1} x2={x2} y1={y} y2={y} markerEnd="url(#arrowhead)" />
            <text x={(left + right) / 2} y={y - 5} textAnchor="middle">
              {`${m.encrypted ? '[enc] ' : ''}${m.type}${m.checks.some((c) => !c.ok) ? ' ✕' : ''}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
