import type { LoggedOp } from './protocol';

/** The entries of `log` a rewind to `t` keeps (those at or before it) and those it would drop. */
export function splitLog(log: readonly LoggedOp[], t: number): [LoggedOp[], LoggedOp[]] {
  const kept: LoggedOp[] = [];
  const later: LoggedOp[] = [];
  for (const entry of log) (entry.t <= t ? kept : later).push(entry);
  return [kept, later];
}
