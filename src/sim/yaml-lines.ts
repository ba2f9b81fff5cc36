import { type Document, isMap, isNode, isScalar, type LineCounter } from 'yaml';

/**
 * The 1-based line of the deepest part of `path` found in `doc`: the key itself where the
 * parent is a map (so an unknown key is reported on its own line), else the value's node.
 */
export function lineOfPath(
  doc: Document,
  counter: LineCounter,
  path: (string | number)[],
): number | undefined {
  for (let n = path.length; n > 0; n--) {
    const parent = doc.getIn(path.slice(0, n - 1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[n - 1]);
      const range = isScalar(pair?.key) ? pair.key.range : undefined;
      if (range) return counter.linePos(range[0]).line;
    }
    const node = doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}
