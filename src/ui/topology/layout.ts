import type { PodView } from '../../sim/snapshot';

export const POD_W = 264;
export const POD_H = 156;
/** Beyond this many pods they are drawn as cells, grouped by Deployment or ServiceAccount. */
export const COMPACT_AT = 24;
/** A compact pod's cell, and the cells per row of a group. */
export const CELL = 22;
const CELL_GAP = 4;
const GROUP_COLS = 16;
const GROUP_HEAD = 26;
const GAP = 16;
const NS_PAD = 14;
const NS_HEAD = 28;
const CP_H = 96;
/** The control plane's height in larger type: istiod's root on two lines. */
const CP_H_LARGE = 140;
/** A line more in istiod's box for each cluster after the first. */
const CP_CLUSTER_LINE = 16;
const CP_CLUSTER_LINE_LARGE = 22;
const TOP = 16;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Pods of one namespace that share a Deployment (or, for bare pods, a ServiceAccount). */
export interface PodGroup {
  key: string;
  namespace: string;
  deployment?: string;
  serviceAccount: string;
  /** Where its heading sits (the button that expands or folds it). */
  head: Box;
  pods: string[];
  expanded: boolean;
}

/** Where everything sits in the mesh drawing (pure: pods in, boxes out). */
export interface MeshLayout {
  width: number;
  height: number;
  controlPlane: Box;
  apiserver: Box;
  istiod: Box;
  /** Namespace regions; in a multi-cluster mesh one per cluster and namespace. */
  namespaces: { name: string; cluster?: string; box: Box }[];
  pods: Map<string, Box>;
  /** Pods are drawn as cells (groups are listed) rather than as cards. */
  compact: boolean;
  arrangement: Arrangement;
  groups: PodGroup[];
  /** Laid out for presenter mode's larger type. */
  largeType: boolean;
}

/** The fields the layout reads from each pod. */
export type LayoutPod = Pick<
  PodView,
  'key' | 'namespace' | 'serviceAccount' | 'deployment' | 'cluster'
>;

const HIDDEN = new Set(['kube-system', 'istio-system']);

/** The group a pod is drawn in: its Deployment, or its ServiceAccount when it has none. */
export function groupKey(pod: LayoutPod): string {
  const where = pod.cluster ? `${pod.cluster}:${pod.namespace}` : pod.namespace;
  return `${where}/${pod.deployment ?? `sa:${pod.serviceAccount}`}`;
}

/** The region a pod is drawn in: its namespace, and in a multi-cluster mesh its cluster too. */
function regionKey(pod: LayoutPod): string {
  return pod.cluster ? `${pod.cluster}\u0000${pod.namespace}` : pod.namespace;
}

/**
 * How the namespaces share the drawing: side by side with up to three pod columns each (`row`),
 * side by side with two (`grid`, taller and narrower), or one under another with two (`stacked`).
 */
export type Arrangement = 'row' | 'grid' | 'stacked';
const ARRANGEMENTS: Arrangement[] = ['row', 'grid', 'stacked'];

/**
 * Namespaces arranged as `arrangement` says; the control plane across the top. A large mesh is
 * drawn compactly: each namespace holds its groups one under another, each pod a cell, except
 * the groups in `expanded`, drawn as cards.
 */
export function layoutMesh(
  namespaceNames: string[],
  podList: Iterable<LayoutPod>,
  arrangement: Arrangement = 'row',
  expanded: ReadonlySet<string> = new Set(),
  largeType = false,
): MeshLayout {
  const stacked = arrangement === 'stacked';
  const pods = new Map<string, Box>();
  const namespaces: MeshLayout['namespaces'] = [];
  const groups: PodGroup[] = [];
  const byNs = new Map<string, LayoutPod[]>();
  const clusters = new Set<string>();
  let count = 0;
  for (const pod of podList) {
    const key = regionKey(pod);
    const list = byNs.get(key) ?? [];
    list.push(pod);
    byNs.set(key, list);
    count++;
    if (pod.cluster !== undefined) clusters.add(pod.cluster);
  }
  // Presenter mode's larger type: the control plane gets a line more and the full width; istiod
  // lists each cluster on a line of its own.
  const extraLines = Math.max(0, clusters.size - 1);
  const cpH = largeType
    ? CP_H_LARGE + extraLines * CP_CLUSTER_LINE_LARGE
    : CP_H + extraLines * CP_CLUSTER_LINE;
  const cols = (n: number) =>
    arrangement === 'row' ? (n === 4 ? 2 : Math.min(n, 3)) : Math.min(n, 2);
  // Empty namespaces are drawn too, except in a multi-cluster mesh (no cluster to draw them in).
  if (clusters.size === 0)
    for (const ns of namespaceNames) if (!HIDDEN.has(ns) && !byNs.has(ns)) byNs.set(ns, []);
  const compact = count > COMPACT_AT;
  const clusterOf = (key: string) => (key.includes('\u0000') ? key.split('\u0000')[0]! : '');
  const ordered = [...byNs.entries()]
    .filter(([name, list]) => list.length > 0 || name !== 'default')
    .sort(
      ([a, la], [b, lb]) =>
        clusterOf(a).localeCompare(clusterOf(b)) || lb.length - la.length || a.localeCompare(b),
    );
  let x = GAP;
  let top = TOP + cpH + GAP * 2;
  let maxH = 0;
  let maxW = 0;
  for (const [key, list] of ordered) {
    list.sort((a, b) => byReplica(a.key, b.key));
    const cluster = list[0]?.cluster;
    const name = list[0]?.namespace ?? key;
    const inner = { x: x + NS_PAD, y: top + NS_HEAD + NS_PAD };
    const size = compact
      ? placeGroups(list, inner, expanded, pods, groups)
      : placeCards(
          list.map((p) => p.key),
          inner,
          cols(list.length),
          pods,
        );
    const w = NS_PAD * 2 + size.w;
    const h = NS_HEAD + NS_PAD + size.h + NS_PAD;
    namespaces.push({ name, ...(cluster ? { cluster } : {}), box: { x, y: top, w, h } });
    maxW = Math.max(maxW, x + w + GAP);
    if (stacked) top += h + GAP;
    else x += w + GAP;
    maxH = stacked ? top - GAP : Math.max(maxH, top + h);
  }
  const width = Math.max(maxW, stacked ? POD_W * 2 + 60 : 640);
  const cpW = largeType ? width - GAP * 2 : Math.min(width - GAP * 2, 760);
  const cpX = (width - cpW) / 2;
  return {
    width,
    height: Math.max(maxH, top) + GAP,
    controlPlane: { x: cpX, y: TOP, w: cpW, h: cpH },
    apiserver: { x: cpX + 16, y: TOP + 30, w: cpW / 2 - 24, h: cpH - 42 },
    istiod: { x: cpX + cpW / 2 + 8, y: TOP + 30, w: cpW / 2 - 24, h: cpH - 42 },
    namespaces,
    pods,
    compact,
    arrangement,
    groups,
    largeType,
  };
}

/** Cards in `cols` columns from `at`; returns the size they take. */
function placeCards(
  keys: string[],
  at: { x: number; y: number },
  columns: number,
  pods: Map<string, Box>,
): { w: number; h: number } {
  const cols = Math.max(1, columns);
  const rows = Math.max(1, Math.ceil(keys.length / cols));
  keys.forEach((key, i) => {
    pods.set(key, {
      x: at.x + (i % cols) * (POD_W + GAP),
      y: at.y + Math.floor(i / cols) * (POD_H + GAP),
      w: POD_W,
      h: POD_H,
    });
  });
  return { w: cols * POD_W + (cols - 1) * GAP, h: rows * POD_H + (rows - 1) * GAP };
}

/** A namespace's groups one under another, each a heading and its cells (or cards). */
function placeGroups(
  list: LayoutPod[],
  at: { x: number; y: number },
  expanded: ReadonlySet<string>,
  pods: Map<string, Box>,
  groups: PodGroup[],
): { w: number; h: number } {
  const byGroup = new Map<string, LayoutPod[]>();
  for (const pod of list) {
    const key = groupKey(pod);
    byGroup.set(key, [...(byGroup.get(key) ?? []), pod]);
  }
  let y = at.y;
  let w = GROUP_COLS * (CELL + CELL_GAP) - CELL_GAP;
  for (const [key, members] of byGroup) {
    const first = members[0] as LayoutPod;
    const open = expanded.has(key);
    const keys = members.map((p) => p.key);
    groups.push({
      key,
      namespace: first.namespace,
      ...(first.deployment ? { deployment: first.deployment } : {}),
      serviceAccount: first.serviceAccount,
      head: { x: at.x, y, w, h: GROUP_HEAD - 6 },
      pods: keys,
      expanded: open,
    });
    y += GROUP_HEAD;
    if (open) {
      const size = placeCards(keys, { x: at.x, y }, Math.min(keys.length, 3), pods);
      w = Math.max(w, size.w);
      y += size.h + GAP;
      continue;
    }
    keys.forEach((k, i) => {
      pods.set(k, {
        x: at.x + (i % GROUP_COLS) * (CELL + CELL_GAP),
        y: y + Math.floor(i / GROUP_COLS) * (CELL + CELL_GAP),
        w: CELL,
        h: CELL,
      });
    });
    y += Math.ceil(keys.length / GROUP_COLS) * (CELL + CELL_GAP) + GAP - CELL_GAP;
  }
  return { w, h: Math.max(CELL, y - at.y - GAP) };
}

/** order-2 before order-10. One collator: `localeCompare` with options builds one per call. */
const REPLICA_ORDER = new Intl.Collator('en', { numeric: true });

function byReplica(a: string, b: string): number {
  return REPLICA_ORDER.compare(a, b);
}

/** Centre of a box's top or bottom edge, where message paths start and end. */
export function anchor(box: Box, side: 'top' | 'bottom' | 'center' = 'center') {
  const y = side === 'top' ? box.y : side === 'bottom' ? box.y + box.h : box.y + box.h / 2;
  return { x: box.x + box.w / 2, y };
}

/** Where a pod sits in the drawing (its centre), for layers drawn over the pods. */
export function podPosition(layout: MeshLayout, key: string): { x: number; y: number } | undefined {
  const box = layout.pods.get(key);
  return box ? anchor(box) : undefined;
}

/**
 * The layout that draws the mesh largest in a `width` × `height` view: the arrangement whose
 * drawing, scaled to fit both ways, gives the biggest scale (so the text is as large as it gets).
 */
export function fittedLayout(
  namespaceNames: string[],
  podList: readonly LayoutPod[],
  width: number,
  height: number,
  expanded: ReadonlySet<string> = new Set(),
  largeType = false,
): MeshLayout {
  let best: MeshLayout | undefined;
  let bestScale = -1;
  for (const arrangement of ARRANGEMENTS) {
    // Cells ignore the pod columns: a compact mesh is drawn the same in rows and in a grid.
    if (arrangement === 'grid' && best?.compact) continue;
    const layout = layoutMesh(namespaceNames, podList, arrangement, expanded, largeType);
    const scale = Math.min(width / layout.width, height / layout.height);
    // A tie keeps the earlier, wider arrangement.
    if (scale > bestScale + 1e-6) {
      best = layout;
      bestScale = scale;
    }
  }
  return best as MeshLayout;
}
