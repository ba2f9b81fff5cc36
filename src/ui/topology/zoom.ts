import { select, type ZoomBehavior, type ZoomTransform, zoom, zoomIdentity } from 'd3';

/** A d3 zoom behaviour as a plain factory: React creates it once and pushes changes in. */
export interface ZoomController {
  /**
   * Fits a drawing of `width` × `height` into the view above a strip `bottom` px tall (the
   * legend's); `glide` animates the move (a small drawing only, and not under reduced motion).
   */
  fit(width: number, height: number, glide?: boolean, bottom?: number): void;
  zoomBy(factor: number): void;
  destroy(): void;
}

/**
 * Attaches d3-zoom to `svg`. d3 reports the transform through `onTransform`; React draws it as
 * `<g transform>`. Zoom steps are keyboard-reachable through the toolbar buttons.
 */
export function createZoom(
  svg: SVGSVGElement,
  onTransform: (t: ZoomTransform) => void,
): ZoomController {
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.2, 4])
    .on('zoom', (event: { transform: ZoomTransform }) => onTransform(event.transform));
  const selection = select(svg).call(behaviour).on('dblclick.zoom', null);
  const reduced = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  return {
    fit(width, height, glide = true, bottom = 0) {
      const { clientWidth: vw } = svg;
      const vh = svg.clientHeight - bottom;
      if (!vw || vh <= 0 || !width || !height) return;
      const k = Math.min(vw / width, vh / height, 1.6) * 0.96;
      const t = zoomIdentity
        .translate((vw - width * k) / 2, Math.max(4, (vh - height * k) / 2))
        .scale(k);
      (reduced() || !glide ? selection : selection.transition().duration(300)).call(
        behaviour.transform,
        t,
      );
    },
    zoomBy(factor) {
      (reduced() ? selection : selection.transition().duration(200)).call(
        behaviour.scaleBy,
        factor,
      );
    },
    destroy() {
      selection.on('.zoom', null);
    },
  };
}
