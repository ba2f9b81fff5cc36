import type { TimedEvent } from '../../sim/events';

type Retry = Extract<TimedEvent, { type: 'csr.retry' }>;

/** One row of the log: an event, or a run of one pod's CSR retries folded into its first. */
export interface LogRow {
  event: TimedEvent;
  /** Retries in the run (1 for any other row). */
  count: number;
  /** Events the row stands for: the retries and the CSRs sent again between them. */
  events: number;
  /** The run's last retry, when there is more than one. */
  last?: Retry;
}

interface Run {
  row: LogRow;
  /** The CSR sent since the last retry: folded in if another retry follows, a row otherwise. */
  resent?: { row: LogRow; hidden: boolean };
}

/**
 * Folds each pod's repeated CSR retries, and the CSRs sent again between them, into one row kept
 * where the first retry fell: an istiod outage of hours would otherwise fill the log with
 * hundreds of rows per pod. A run ends with any other event of that pod, or a retry for
 * another reason.
 */
export function foldRetries(events: readonly TimedEvent[]): LogRow[] {
  const rows: { row: LogRow; hidden: boolean }[] = [];
  const open = new Map<string, Run>();
  const add = (event: TimedEvent) => {
    const entry = { row: { event, count: 1, events: 1 }, hidden: false };
    rows.push(entry);
    return entry;
  };
  for (const event of events) {
    if (!('pod' in event)) {
      add(event);
      continue;
    }
    const run = open.get(event.pod);
    if (run && event.type === 'csr.sent' && !run.resent) {
      run.resent = add(event);
      continue;
    }
    const first = run?.row.event as Retry | undefined;
    if (run && first && event.type === 'csr.retry' && first.reason === event.reason) {
      if (run.resent) {
        run.resent.hidden = true;
        run.row.events += 1;
        delete run.resent;
      }
      run.row.count += 1;
      run.row.events += 1;
      run.row.last = event;
      continue;
    }
    open.delete(event.pod);
    const entry = add(event);
    if (event.type === 'csr.retry') open.set(event.pod, { row: entry.row });
  }
  return rows.filter((r) => !r.hidden).map((r) => r.row);
}
