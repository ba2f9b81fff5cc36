import type { Translate } from '../../i18n';
import type { PodView } from '../../sim/snapshot';
import type { State } from '../../store/state';
import { FILL, gaugeLabel, podName } from './CertGauge';
import { glyphAt } from './cell-glyph';
import { type GaugeState, gaugeState } from './gauge-state';
import type { Box } from './layout';

const SVG = 'http://www.w3.org/2000/svg';
/** Fill steps of a cell: a quarter of the certificate's life each, so a cell redraws rarely. */
const STEPS = 4;
/**
 * Cells redrawn per animation frame. Pods scaled up together cross a fill step together; a
 * thousand of them are redrawn over five frames instead of in one long one.
 */
const REDRAWS_PER_FRAME = 200;

/** What a cell shows of its pod at `now`; `mark` sums it up: a cell is redrawn when it moves. */
export interface CellLook {
  g: GaugeState;
  selected: boolean;
  mark: string;
}

export function cellLook(pod: PodView, now: number, selected: boolean): CellLook {
  const g = gaugeState(pod, now);
  return {
    g,
    selected,
    mark: `${g.band}|${Math.ceil(g.remaining * STEPS)}|${pod.stage}|${selected}`,
  };
}

interface Cell {
  key: string;
  box: Box;
  mark: string;
  /** The band and fill level drawn (no band before the first draw). */
  band?: GaugeState['band'];
  level: number;
  el: SVGGElement;
  card: SVGRectElement;
  fill: SVGRectElement;
  glyph: SVGPathElement;
}

function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, String(v));
  return el;
}

/**
 * The pods of a large mesh as small cells, drawn without React: one group per pod holding its
 * card, its fill (how much of the certificate's life is left) and its band's icon. The layer
 * reads the store on each animation frame in which pods, the clock or the selection moved, and
 * touches only the cells whose mark changed, at most REDRAWS_PER_FRAME of them per frame. Each
 * cell is a focusable button named for its pod and state, as a React cell would be; clicks and
 * keys reach the component that owns the layer by bubbling.
 */
export class CellLayer {
  private readonly cells = new Map<string, Cell>();
  private frame = 0;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly root: SVGGElement,
    private readonly read: () => State,
    subscribe: (listener: (s: State, before: State) => void) => () => void,
    private t: Translate,
  ) {
    this.unsubscribe = subscribe((s, before) => {
      if (
        s.pods !== before.pods ||
        s.snapshot?.now !== before.snapshot?.now ||
        s.selectedPod !== before.selectedPod
      )
        this.schedule();
    });
  }

  /** Makes the drawn cells these, in this order (the order keyboard focus follows). */
  sync(cells: ReadonlyArray<readonly [string, Box]>): void {
    const wanted = new Set(cells.map(([key]) => key));
    for (const [key, cell] of this.cells) {
      if (wanted.has(key)) continue;
      cell.el.remove();
      this.cells.delete(key);
    }
    const s = this.read();
    let before: ChildNode | null = this.root.firstChild;
    for (const [key, box] of cells) {
      let cell = this.cells.get(key);
      if (!cell) {
        cell = this.create(key, box);
        // A new cell is drawn at once, so a scale-up shows its first pods in the same frame.
        const pod = s.pods.get(key);
        if (pod) this.draw(cell, pod, this.lookAt(cell, pod, s));
      } else if (!sameBox(cell.box, box)) this.place(cell, box);
      // Move a cell only when it is out of order: moving the focused cell would lose focus.
      if (cell.el !== before) this.root.insertBefore(cell.el, before);
      before = cell.el.nextSibling;
    }
    this.schedule();
  }

  /** Names the cells in another language. */
  translate(t: Translate): void {
    if (t === this.t) return;
    this.t = t;
    for (const cell of this.cells.values()) cell.mark = '';
    this.schedule();
  }

  destroy(): void {
    this.unsubscribe();
    cancelAnimationFrame(this.frame);
    this.root.replaceChildren();
    this.cells.clear();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.redraw();
    });
  }

  private redraw(): void {
    const s = this.read();
    let budget = REDRAWS_PER_FRAME;
    for (const cell of this.cells.values()) {
      const pod = s.pods.get(cell.key);
      if (!pod) continue;
      const look = this.lookAt(cell, pod, s);
      if (look.mark === cell.mark) continue;
      if (budget === 0) {
        // The rest of a wave goes to the next frames.
        this.schedule();
        return;
      }
      budget -= 1;
      this.draw(cell, pod, look);
    }
  }

  private lookAt(cell: Cell, pod: PodView, s: State): CellLook {
    return cellLook(pod, s.snapshot?.now ?? 0, s.selectedPod === cell.key);
  }

  private create(key: string, box: Box): Cell {
    const el = svg('g', { role: 'button', tabindex: 0, 'data-pod': key });
    const card = svg('rect', { rx: 4, class: 'pod-card' });
    const fill = svg('rect', { rx: 4 });
    const glyph = svg('path', { class: 'glyph' });
    el.append(card, fill, glyph);
    const cell: Cell = { key, box, mark: '', level: 0, el, card, fill, glyph };
    this.place(cell, box);
    this.cells.set(key, cell);
    return cell;
  }

  /** Puts a cell at `box`: its card, its fill at the level it has, and its icon. */
  private place(cell: Cell, box: Box): void {
    cell.box = box;
    cell.mark = '';
    const { card, fill, glyph } = cell;
    for (const [k, v] of Object.entries({ x: box.x, y: box.y, width: box.w, height: box.h }))
      card.setAttribute(k, String(v));
    fill.setAttribute('x', String(box.x));
    fill.setAttribute('width', String(box.w));
    this.level(cell, cell.level);
    if (cell.band) glyph.setAttribute('d', glyphAt(cell.band, box.x, box.y));
  }

  private level(cell: Cell, level: number): void {
    const { box } = cell;
    cell.level = level;
    cell.fill.setAttribute('y', String(box.y + box.h * (1 - level)));
    cell.fill.setAttribute('height', String(box.h * level));
  }

  /** Brings a cell up to its pod's state, setting only the attributes whose value moved. */
  private draw(cell: Cell, pod: PodView, { g, selected, mark }: CellLook): void {
    const { t } = this;
    cell.mark = mark;
    const { el, fill } = cell;
    update(el, 'class', `pod cell${selected ? ' selected' : ''}`);
    update(el, 'aria-pressed', String(selected));
    update(el, 'aria-label', podName(pod, `${t(`stage.${pod.stage}`)}; ${gaugeLabel(g, t)}`, t));
    if (g.band !== cell.band) {
      cell.band = g.band;
      el.setAttribute('data-band', g.band);
      fill.setAttribute('class', FILL[g.band]);
      cell.glyph.setAttribute('d', glyphAt(g.band, cell.box.x, cell.box.y));
    }
    const level = Math.ceil(g.remaining * STEPS) / STEPS;
    if (level !== cell.level) this.level(cell, level);
  }
}

/** Sets an attribute unless it already has the value. */
function update(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function sameBox(a: Box, b: Box): boolean {
  return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
}
