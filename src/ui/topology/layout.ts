import type { MeshSnapshot } from '../../sim/snapshot';

export const POD_W = 264;
export const POD_H = 156;
const GAP = 16;
const NS_PAD = 14;
const NS_HEAD = 28;
const CP_H = 96;
const TOP = 16;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Where everything sits in the mesh drawing (pure: snapshot in, boxes out). */
export interface MeshLayout {
  width: number;
  height: number;
  controlPlane: Box;
  apiserver: Box;
  istiod: Box;
  namespaces: { name: string; box: Box }[];
  pods: Map<string, Box>;
}

const HIDDEN = new Set(['kube-system', 'istio-system']);

/**
 * Namespaces side by side (up to three pod columns each), or stacked with two columns on a narrow
 * screen; the control plane across the top.
 */
export function layoutMesh(snap: MeshSnapshot, stacked = false): MeshLayout {
  const pods = new Map<string, Box>();
  const namespaces: MeshLayout['namespaces'] = [];
  const byNs = new Map<string, string[]>();
  for (const ns of snap.namespaces) if (!HIDDEN.has(ns.name)) byNs.set(ns.name, []);
  for (const pod of snap.pods) {
    const list = byNs.get(pod.namespace) ?? [];
    list.push(pod.key);
    byNs.set(pod.namespace, list);
  }
  const ordered = [...byNs.entries()]
    .filter(([name, list]) => list.length > 0 || name !== 'default')
    .sort(([a, la], [b, lb]) => lb.length - la.length || a.localeCompare(b));
  let x = GAP;
  let top = TOP + CP_H + GAP * 2;
  let maxH = 0;
  let maxW = 0;
  for (const [name, keys] of ordered) {
    keys.sort(byReplica);
    const cols = Math.max(
      1,
      stacked ? Math.min(keys.length, 2) : keys.length === 4 ? 2 : Math.min(keys.length, 3),
    );
    const rows = Math.max(1, Math.ceil(keys.length / cols));
    const w = NS_PAD * 2 + cols * POD_W + (cols - 1) * GAP;
    const h = NS_HEAD + NS_PAD + rows * POD_H + (rows - 1) * GAP + NS_PAD;
    keys.forEach((key, i) => {
      pods.set(key, {
        x: x + NS_PAD + (i % cols) * (POD_W + GAP),
        y: top + NS_HEAD + NS_PAD + Math.floor(i / cols) * (POD_H + GAP),
        w: POD_W,
        h: POD_H,
      });
    });
    namespaces.push({ name, box: { x, y: top, w, h } });
    maxW = Math.max(maxW, x + w + GAP);
    if (stacked) top += h + GAP;
    else x += w + GAP;
    maxH = stacked ? top - GAP : Math.max(maxH, top + h);
  }
  const width = Math.max(maxW, stacked ? POD_W * 2 + 60 : 640);
  const cpW = Math.min(width - GAP * 2, 760);
  const cpX = (width - cpW) / 2;
  return {
    width,
    height: Math.max(maxH, top) + GAP,
    controlPlane: { x: cpX, y: TOP, w: cpW, h: CP_H },
    apiserver: { x: cpX + 16, y: TOP + 30, w: cpW / 2 - 24, h: CP_H - 42 },
    istiod: { x: cpX + cpW / 2 + 8, y: TOP + 30, w: cpW / 2 - 24, h: CP_H - 42 },
    namespaces,
    pods,
  };
}

function byReplica(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Centre of a box's top or bottom edge, where message paths start and end. */
export function anchor(box: Box, side: 'top' | 'bottom' | 'center' = 'center') {
  const y = side === 'top' ? box.y : side === 'bottom' ? box.y + box.h : box.y + box.h / 2;
  return { x: box.x + box.w / 2, y };
}
