import type { TimedEvent } from '../sim/events';

/** One certificate of one pod, as the timeline draws it. */
export interface CertBar {
  pod: string;
  serial: string;
  installedAt: number;
  notBefore: number;
  notAfter: number;
  renewAt: number;
  /** When it stopped serving (rotated out, pod gone); absent while in use. */
  endedAt?: number;
  expiredAt?: number;
}

/** Certificates, rotations and istiod outages over time (bounded). */
export interface History {
  bars: CertBar[];
  rotations: { pod: string; t: number }[];
  outages: { from: number; to?: number }[];
  /** Pods in order of first appearance (timeline rows). */
  rows: string[];
}

export const EMPTY_HISTORY: History = { bars: [], rotations: [], outages: [], rows: [] };
const MAX_BARS = 4000;

/** The events that change the history; a batch without any leaves it as it is. */
const FOLDED = new Set<TimedEvent['type']>([
  'pod.started',
  'pod.deleted',
  'cert.issued',
  'cert.installed',
  'cert.rotated',
  'cert.expired',
  'istiod.down',
  'istiod.up',
]);

/**
 * Folds a batch of events into the history; returns a new object when anything changed. The
 * previous history stays as it was: a bar that changes is replaced, never edited. Each batch
 * costs one pass over the bars, however many events it holds (a fleet renews hundreds at once).
 */
export function foldHistory(history: History, events: TimedEvent[]): History {
  if (!events.some((e) => FOLDED.has(e.type))) return history;
  const bars = [...history.bars];
  const rotations = [...history.rotations];
  const outages = [...history.outages];
  let rows = history.rows;
  let rowSet: Set<string> | undefined;
  const notBefore = new Map<string, number>();
  // The bar each pod is using (at most one is open per pod), and every bar by serial.
  const open = new Map<string, number>();
  const bySerial = new Map<string, number>();
  bars.forEach((bar, i) => {
    if (bar.endedAt === undefined) open.set(bar.pod, i);
    bySerial.set(bar.serial, i);
  });
  const end = (pod: string, t: number) => {
    const i = open.get(pod);
    if (i === undefined) return;
    bars[i] = { ...(bars[i] as CertBar), endedAt: t };
    open.delete(pod);
  };
  for (const e of events) {
    switch (e.type) {
      case 'pod.started':
        end(e.pod, e.t);
        rowSet ??= new Set(rows);
        if (!rowSet.has(e.pod)) {
          if (rows === history.rows) rows = [...rows];
          rows.push(e.pod);
          rowSet.add(e.pod);
        }
        break;
      case 'pod.deleted':
        end(e.pod, e.t);
        break;
      case 'cert.issued':
        notBefore.set(e.serial, e.notBefore);
        break;
      case 'cert.installed':
        end(e.pod, e.t);
        bars.push({
          pod: e.pod,
          serial: e.serial,
          installedAt: e.t,
          notBefore: notBefore.get(e.serial) ?? e.t,
          notAfter: e.notAfter,
          renewAt: e.renewAt,
        });
        open.set(e.pod, bars.length - 1);
        bySerial.set(e.serial, bars.length - 1);
        break;
      case 'cert.rotated':
        rotations.push({ pod: e.pod, t: e.t });
        break;
      case 'cert.expired': {
        const i = bySerial.get(e.serial);
        if (i !== undefined) bars[i] = { ...(bars[i] as CertBar), expiredAt: e.t };
        break;
      }
      case 'istiod.down':
        outages.push({ from: e.t });
        break;
      case 'istiod.up': {
        const last = outages[outages.length - 1];
        if (last && last.to === undefined) outages[outages.length - 1] = { ...last, to: e.t };
        break;
      }
    }
  }
  return {
    bars: bars.length > MAX_BARS ? bars.slice(-MAX_BARS) : bars,
    rotations: rotations.length > MAX_BARS ? rotations.slice(-MAX_BARS) : rotations,
    outages: outages.length > 200 ? outages.slice(-200) : outages,
    rows,
  };
}

/** A history looked up by pod: built once per history, read every frame the clock moves. */
export interface HistoryIndex {
  bars: ReadonlyMap<string, readonly CertBar[]>;
  rotations: ReadonlyMap<string, readonly { pod: string; t: number }[]>;
  /** The bar a rotation at `t` ended, by `pod` and `t`. */
  endedBy(pod: string, t: number): CertBar | undefined;
}

const INDEXES = new WeakMap<History, HistoryIndex>();

export function indexHistory(history: History): HistoryIndex {
  const known = INDEXES.get(history);
  if (known) return known;
  const bars = new Map<string, CertBar[]>();
  const ended = new Map<string, CertBar>();
  for (const bar of history.bars) {
    const list = bars.get(bar.pod);
    if (list) list.push(bar);
    else bars.set(bar.pod, [bar]);
    if (bar.endedAt !== undefined) ended.set(`${bar.pod}\u0000${bar.endedAt}`, bar);
  }
  const rotations = new Map<string, { pod: string; t: number }[]>();
  for (const r of history.rotations) {
    const list = rotations.get(r.pod);
    if (list) list.push(r);
    else rotations.set(r.pod, [r]);
  }
  const index: HistoryIndex = {
    bars,
    rotations,
    endedBy: (pod, t) => ended.get(`${pod}\u0000${t}`),
  };
  INDEXES.set(history, index);
  return index;
}
