import { describe, expect, it } from 'vitest';
import { CELL, COMPACT_AT, groupKey, layoutMesh, POD_W, podPosition } from './layout';

const pods = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    key: `production/order-${i + 1}`,
    namespace: 'production',
    serviceAccount: 'order-sa',
    deployment: 'order',
  }));

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
    const open = layoutMesh(['production', 'default'], list, false, new Set(['production/order']));
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
