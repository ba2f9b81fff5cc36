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

/** Folds a batch of events into the history; returns a new object when anything changed. */
export function foldHistory(history: History, events: TimedEvent[]): History {
  if (events.length === 0) return history;
  // Bars are copied before any is ended or marked: the previous history stays as it was.
  const bars = history.bars.map((b) => ({ ...b }));
  const rotations = [...history.rotations];
  const outages = [...history.outages];
  const rows = [...history.rows];
  const notBefore = new Map<string, number>();
  const end = (pod: string, t: number) => {
    for (const bar of bars) if (bar.pod === pod && bar.endedAt === undefined) bar.endedAt = t;
  };
  for (const e of events) {
    switch (e.type) {
      case 'pod.started':
        end(e.pod, e.t);
        if (!rows.includes(e.pod)) rows.push(e.pod);
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
        break;
      case 'cert.rotated':
        rotations.push({ pod: e.pod, t: e.t });
        break;
      case 'cert.expired': {
        const bar = bars.find((b) => b.serial === e.serial);
        if (bar) bar.expiredAt = e.t;
        break;
      }
      case 'istiod.down':
        outages.push({ from: e.t });
        break;
      case 'istiod.up': {
        const open = outages[outages.length - 1];
        if (open && open.to === undefined) outages[outages.length - 1] = { ...open, to: e.t };
        break;
      }
    }
  }
  return {
    bars: bars.slice(-MAX_BARS),
    rotations: rotations.slice(-MAX_BARS),
    outages: outages.slice(-200),
    rows,
  };
}
