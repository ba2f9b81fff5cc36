import { describe, expect, it } from 'vitest';
import { CELL, COMPACT_AT, fittedLayout, groupKey, layoutMesh, POD_W, podPosition } from './layout';

const pods = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    key: `production/order-${i + 1}`,
    namespace: 'production',
    serviceAccount: 'order-sa',
    deployment: 'order',
  }));

describe('fittedLayout', () => {
  // The lesson cluster: three pods in production, one in default.
  const lesson = [
    ...pods(2),
    { key: 'production/payment-1', namespace: 'production', serviceAccount: 'pay-sa' },
    { key: 'default/legacy', namespace: 'default', serviceAccount: 'default' },
  ];
  const scale = (l: { width: number; height: number }, w: number, h: number) =>
    Math.min(w / l.width, h / l.height);

  it.each([
    [1400, 420, 3],
    [806, 465, 2],
    [390, 700, 2],
  ])('in %i×%i draws the largest of the arrangements (%i pod columns)', (w, h, columns) => {
    const fitted = fittedLayout(['production', 'default'], lesson, w, h);
    for (const arrangement of ['row', 'grid', 'stacked'] as const) {
      const other = layoutMesh(['production', 'default'], lesson, arrangement);
      expect(scale(fitted, w, h)).toBeGreaterThanOrEqual(scale(other, w, h));
    }
    const xs = new Set(
      ['production/order-1', 'production/order-2', 'production/payment-1'].map(
        (k) => fitted.pods.get(k)?.x,
      ),
    );
    expect(xs.size).toBe(columns);
  });

  it('stacks the namespaces in a tall, narrow view', () => {
    const fitted = fittedLayout(['production', 'default'], lesson, 390, 700);
    const [production, other] = fitted.namespaces.map((n) => n.box);
    expect(other?.y).toBeGreaterThan((production?.y ?? 0) + (production?.h ?? 0) - 1);
  });
});

describe('layoutMesh', () => {
  it('draws a small mesh as cards', () => {
    const layout = layoutMesh(['production'], pods(4));
    expect(layout.compact).toBe(false);
    expect(layout.pods.get('production/order-1')?.w).toBe(POD_W);
  });

  it('draws a large mesh as cells under their group, and an expanded group as cards', () => {
    const list = [
      ...pods(COMPACT_AT + 1),
      { key: 'default/legacy', namespace: 'default', serviceAccount: 'legacy-sa' },
    ];
    const layout = layoutMesh(['production', 'default'], list);
    expect(layout.compact).toBe(true);
    expect(layout.groups.map((g) => g.key)).toEqual(['production/order', 'default/sa:legacy-sa']);
    expect(layout.pods.get('production/order-25')?.w).toBe(CELL);
    const open = layoutMesh(['production', 'default'], list, 'row', new Set(['production/order']));
    expect(open.pods.get('production/order-25')?.w).toBe(POD_W);
    expect(open.pods.get('default/legacy')?.w).toBe(CELL);
    expect(groupKey(list[0] as (typeof list)[0])).toBe('production/order');
    const box = layout.pods.get('default/legacy');
    expect(podPosition(layout, 'default/legacy')).toEqual({
      x: (box?.x ?? 0) + CELL / 2,
      y: (box?.y ?? 0) + CELL / 2,
    });
  });
});

describe('a multi-cluster mesh', () => {
  const inCluster = (key: string, cluster: string) => ({
    key,
    namespace: 'production',
    serviceAccount: 'order-sa',
    cluster,
  });
  const list = [
    inCluster('production/order-1', 'cluster-a'),
    inCluster('production/payment-1', 'cluster-b'),
    inCluster('production/order-2', 'cluster-a'),
  ];

  it('draws one region per cluster and namespace, clusters in order, no empty namespaces', () => {
    const layout = layoutMesh(['default', 'production', 'staging'], list);
    expect(layout.namespaces.map((n) => [n.cluster, n.name])).toEqual([
      ['cluster-a', 'production'],
      ['cluster-b', 'production'],
    ]);
    const [a, b] = layout.namespaces.map((n) => n.box);
    const payment = layout.pods.get('production/payment-1')!;
    expect(payment.x).toBeGreaterThanOrEqual(b!.x);
    expect(payment.x + payment.w).toBeLessThanOrEqual(b!.x + b!.w);
    expect(a!.x + a!.w).toBeLessThanOrEqual(b!.x);
  });

  it('gives istiod a line per cluster after the first', () => {
    const one = layoutMesh(
      ['production'],
      list.map(({ cluster: _c, ...p }) => p),
    );
    const two = layoutMesh(['production'], list);
    expect(two.istiod.h).toBeGreaterThan(one.istiod.h);
    expect(groupKey(list[0]!)).not.toBe(groupKey({ ...list[0]!, cluster: 'cluster-b' }));
  });
});
