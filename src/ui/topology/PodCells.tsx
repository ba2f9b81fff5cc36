import { type KeyboardEvent, type MouseEvent, memo, useEffect, useRef } from 'react';
import { useT } from '../../i18n';
import { selectPod } from '../../store/actions';
import { store } from '../../store/store';
import { CellLayer } from './cell-layer';
import type { Box } from './layout';

/** The pod a click or key on the cells landed on. */
function podOf(e: MouseEvent | KeyboardEvent): string | undefined {
  return (e.target as Element).closest('[data-pod]')?.getAttribute('data-pod') ?? undefined;
}

/**
 * The pods of a large mesh as small cells (see CellLayer): a thousand cells that change
 * together cost a few frames of attribute updates, not a thousand component renders.
 */
export const PodCells = memo(function PodCells({
  cells,
}: {
  cells: ReadonlyArray<readonly [string, Box]>;
}) {
  const t = useT();
  const root = useRef<SVGGElement>(null);
  const layer = useRef<CellLayer | null>(null);
  const first = useRef(t);
  useEffect(() => {
    if (!root.current) return;
    const created = new CellLayer(root.current, store.getState, store.subscribe, first.current);
    layer.current = created;
    return () => {
      created.destroy();
      layer.current = null;
    };
  }, []);
  useEffect(() => layer.current?.sync(cells), [cells]);
  useEffect(() => layer.current?.translate(t), [t]);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the cells inside are the buttons; their clicks and keys bubble here
    <g
      ref={root}
      onClick={(e) => {
        const pod = podOf(e);
        if (pod) selectPod(pod, 'pod');
      }}
      onKeyDown={(e) => {
        const pod = podOf(e);
        if (!pod || (e.key !== 'Enter' && e.key !== ' ')) return;
        e.preventDefault();
        e.stopPropagation();
        selectPod(pod, 'pod');
      }}
    />
  );
});
