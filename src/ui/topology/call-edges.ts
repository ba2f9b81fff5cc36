import type { CallRecord } from '../../sim/mesh/types';
import type { Box } from './layout';

/** All calls between one caller pod and one callee pod, drawn as a single edge. */
export interface CallEdge {
  from: string;
  to: string;
  /** The newest call of the pair: its lock, principal and badge are what the edge shows. */
  latest: CallRecord;
  count: number;
  /** Calls of the pair per outcome. */
  results: Record<CallRecord['result'], number>;
}

/**
 * Groups calls by (caller pod, callee pod), newest last. Calls whose pods are not on the stage
 * (unresolved names, deleted pods) have no edge; `missing` counts them so the stage can say so.
 */
export function aggregateCalls(
  calls: readonly CallRecord[],
  onStage: (pod: string) => boolean,
): { edges: CallEdge[]; missing: CallRecord[] } {
  const byPair = new Map<string, CallEdge>();
  const missing: CallRecord[] = [];
  for (const call of calls) {
    const { fromPod: from, toPod: to } = call;
    if (!from || !to || !onStage(from) || !onStage(to)) {
      missing.push(call);
      continue;
    }
    const key = `${from}→${to}`;
    const edge = byPair.get(key) ?? {
      from,
      to,
      latest: call,
      count: 0,
      results: { allowed: 0, denied: 0, failed: 0 },
    };
    edge.latest = call;
    edge.count += 1;
    edge.results[call.result] += 1;
    byPair.delete(key);
    byPair.set(key, edge);
  }
  return { edges: [...byPair.values()], missing };
}

export interface Point {
  x: number;
  y: number;
}

/** Where a ray from a box's centre towards `toward` leaves the box (plus a gap). */
function exitPoint(box: Box, toward: Point, gap: number): Point {
  const c = { x: box.x + box.w / 2, y: box.y + box.h / 2 };
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const s = Math.min(
    dx === 0 ? Infinity : (box.w / 2 + gap) / Math.abs(dx),
    dy === 0 ? Infinity : (box.h / 2 + gap) / Math.abs(dy),
  );
  return { x: c.x + dx * s, y: c.y + dy * s };
}

/**
 * A curved path from the caller's box to the callee's, bent to its left so that a → b and b → a
 * are two separate arcs (left to right arcs upwards). `at(f)` gives the point a fraction f along
 * it (for travelling messages and the badge).
 */
export function edgePath(from: Box, to: Box) {
  const cf = { x: from.x + from.w / 2, y: from.y + from.h / 2 };
  const ct = { x: to.x + to.w / 2, y: to.y + to.h / 2 };
  const len = Math.hypot(ct.x - cf.x, ct.y - cf.y) || 1;
  // Bent far enough that an edge along a row of pods arcs over the cards between its ends.
  const bend = Math.min(200, len * 0.45);
  const ctrl = {
    x: (cf.x + ct.x) / 2 + ((ct.y - cf.y) / len) * bend,
    y: (cf.y + ct.y) / 2 - ((ct.x - cf.x) / len) * bend,
  };
  const a = exitPoint(from, ctrl, 4);
  const b = exitPoint(to, ctrl, 10);
  const at = (f: number): Point => ({
    x: (1 - f) ** 2 * a.x + 2 * (1 - f) * f * ctrl.x + f ** 2 * b.x,
    y: (1 - f) ** 2 * a.y + 2 * (1 - f) * f * ctrl.y + f ** 2 * b.y,
  });
  return { d: `M${a.x},${a.y} Q${ctrl.x},${ctrl.y} ${b.x},${b.y}`, start: a, end: b, at };
}

/** The badge's status: the HTTP status, or the TLS alert of a failed handshake. */
export function badgeStatus(call: CallRecord): string {
  if (call.status) return String(call.status);
  return call.handshake?.failure?.alert ?? call.result;
}
