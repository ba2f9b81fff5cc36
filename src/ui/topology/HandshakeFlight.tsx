import { useEffect, useRef, useState } from 'react';
import type { HandshakeMessage } from '../../pki/handshake/types';
import type { Point } from './call-edges';

/** How long one handshake message takes to cross its edge. */
const LEG_MS = 650;

/**
 * The handshake's messages travelling one after another along a call's edge, each in the
 * direction it was sent (client → server forwards, server → client back). With reduced motion
 * the edge shows its outcome at once.
 */
export function HandshakeFlight(props: {
  messages: HandshakeMessage[];
  path: { at(f: number): Point };
  onDone(): void;
}) {
  const { messages, path, onDone } = props;
  const [leg, setLeg] = useState(0);
  const ref = useRef<SVGGElement>(null);
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    if (reduced || messages.length === 0) {
      done.current();
      return;
    }
    const start = performance.now();
    let frame = 0;
    const tick = (now: number) => {
      const elapsed = now - start;
      const i = Math.floor(elapsed / LEG_MS);
      const m = messages[i];
      if (!m) {
        done.current();
        return;
      }
      const f = (elapsed % LEG_MS) / LEG_MS;
      const p = path.at(m.from === 'client' ? f : 1 - f);
      ref.current?.setAttribute('transform', `translate(${p.x},${p.y})`);
      setLeg(i);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [messages, path]);
  const label = messages[leg]?.type ?? '';
  const w = label.length * 7.5 + 14;
  const p = path.at(messages[0]?.from === 'server' ? 1 : 0);
  return (
    <g ref={ref} className="msg call-msg" transform={`translate(${p.x},${p.y})`}>
      <rect x={-w / 2} y={-11} width={w} height={22} rx={11} />
      <text textAnchor="middle" y={5}>
        {label}
      </text>
    </g>
  );
}
