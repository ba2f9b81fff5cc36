import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimedEvent } from '../../sim/events';
import { store } from '../../store/store';
import { anchor, type Box, type MeshLayout } from './layout';

interface Flight {
  id: number;
  pod: string;
  label: string;
  from: { x: number; y: number };
  to: { x: number; y: number };
  /** Wall ms to wait before leaving: a pod's message leaves once its previous one has arrived. */
  delay: number;
}

/** Which message each event stands for, and where it travels. */
function flightFor(
  e: TimedEvent,
  layout: MeshLayout,
  walked: string | undefined,
): Omit<Flight, 'id' | 'delay' | 'pod'>[] {
  if (!('pod' in e)) return [];
  // In the walk-through each token carries the number of the issuance step it belongs to.
  const n = e.pod === walked ? (step: number) => `${step} ` : () => '';
  const pod: Box | undefined = layout.pods.get(e.pod);
  if (!pod) return [];
  const p = anchor(pod, 'top');
  const api = anchor(layout.apiserver, 'bottom');
  const ca = anchor(layout.istiod, 'bottom');
  switch (e.type) {
    case 'token.mounted':
      return [{ label: `${n(1)}TOKEN`, from: api, to: p }];
    case 'csr.sent':
      return [{ label: `${n(2)}CSR+TOKEN`, from: p, to: ca }];
    case 'token.reviewed': {
      const istiod = anchor(layout.istiod, 'center');
      const apiserver = anchor(layout.apiserver, 'center');
      return [
        { label: `${n(3)}REVIEW`, from: istiod, to: apiserver },
        { label: `${n(3)}${e.authenticated ? 'OK' : 'DENIED'}`, from: apiserver, to: istiod },
      ];
    }
    case 'cert.issued':
      return [{ label: `${n(3)}CERT`, from: ca, to: p }];
    default:
      return [];
  }
}

/** How long one message takes to travel, in wall ms: long enough to follow with the eye. */
const DURATION = 2400;
/** The longest a message may wait behind its pod's earlier ones before the queue is dropped. */
const MAX_BACKLOG_MS = 2 * DURATION;
let seq = 0;
/** Per pod, when its last message queued so far arrives (wall ms, `performance.now()`). */
const busyUntil = new Map<string, number>();

/**
 * Messages in flight (TOKEN, CSR, REVIEW, CERT, HELLO) as labelled tokens moving along their
 * path. At high speed they give way to the gauges and the timeline; with reduced motion they
 * appear at their destination and fade.
 */
export function Messages({ layout }: { layout: MeshLayout }) {
  const [flights, setFlights] = useState<Flight[]>([]);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  useEffect(() => {
    let seen = store.getState().eventCount;
    return store.subscribe((s) => {
      if (s.eventCount === seen) return;
      const fresh = s.events.slice(-(s.eventCount - seen));
      seen = s.eventCount;
      if (s.playing && s.speed > 60) return;
      const walked = s.walkthrough?.pod;
      const add = fresh
        .flatMap((e) =>
          'pod' in e
            ? flightFor(e, layoutRef.current, walked).map((f) => ({ ...f, pod: e.pod }))
            : [],
        )
        .slice(-6);
      if (add.length === 0) return;
      // A pod's messages go one after another: its certificate never overtakes its review. A pod
      // whose queue has fallen far behind (a replayed lesson, a burst) drops it and starts anew,
      // so no token waits on the stage for what happened long ago.
      const now = performance.now();
      const stale = new Set<string>();
      for (const { pod } of add) {
        if ((busyUntil.get(pod) ?? 0) - now <= MAX_BACKLOG_MS) continue;
        busyUntil.delete(pod);
        stale.add(pod);
      }
      const queued = add.map((a) => {
        const start = Math.max(now, busyUntil.get(a.pod) ?? 0);
        busyUntil.set(a.pod, start + DURATION);
        return { ...a, id: ++seq, delay: start - now };
      });
      setFlights((f) => [...f.filter((x) => !stale.has(x.pod)), ...queued].slice(-12));
    });
  }, []);
  const done = useCallback((id: number) => setFlights((f) => f.filter((x) => x.id !== id)), []);
  return (
    <g>
      {flights.map((f) => (
        <FlightToken key={f.id} flight={f} onDone={done} charWidth={layout.largeType ? 9.2 : 7.5} />
      ))}
    </g>
  );
}

function FlightToken({
  flight,
  onDone,
  charWidth,
}: {
  flight: Flight;
  /** The label's width per character: presenter mode's larger type is wider. */
  charWidth: number;
  onDone: (id: number) => void;
}) {
  const ref = useRef<SVGGElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const { from, to } = flight;
    const at = (p: { x: number; y: number }) => `translate(${p.x}px, ${p.y}px)`;
    const animation = reduced
      ? el.animate(
          [
            { transform: at(to), opacity: 1 },
            { transform: at(to), opacity: 0 },
          ],
          { duration: 1400, delay: flight.delay, fill: 'backwards' },
        )
      : el.animate(
          [
            { transform: at(from), opacity: 0.2 },
            { transform: at(from), opacity: 1, offset: 0.1 },
            { transform: at(to), opacity: 1, offset: 0.85 },
            { transform: at(to), opacity: 0 },
          ],
          { duration: DURATION, delay: flight.delay, easing: 'ease-in-out', fill: 'backwards' },
        );
    animation.onfinish = () => onDone(flight.id);
    return () => animation.cancel();
  }, [flight, onDone]);
  const w = flight.label.length * charWidth + 12;
  return (
    <g
      ref={ref}
      className="msg"
      style={{ transform: `translate(${flight.to.x}px, ${flight.to.y}px)`, opacity: 0 }}
    >
      <rect x={-w / 2} y={-10} width={w} height={20} rx={10} />
      <text textAnchor="middle" y={4}>
        {flight.label}
      </text>
    </g>
  );
}
