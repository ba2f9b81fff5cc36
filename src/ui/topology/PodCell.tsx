import { memo } from 'react';
import { useT } from '../../i18n';
import { selectPod } from '../../store/actions';
import { useApp } from '../../store/hooks';
import { store } from '../../store/store';
import { FILL, gaugeLabel, podName } from './CertGauge';
import { glyphAt } from './cell-glyph';
import { type GaugeState, gaugeState } from './gauge-state';
import type { Box } from './layout';

/** Fill steps of a cell: a quarter of the certificate's life each, so a cell redraws rarely. */
const STEPS = 4;

/**
 * One pod of a large mesh as a small cell: its colour and icon say the certificate's state
 * (fresh, past the renewal mark, expired, none), its fill how much life is left. Subscribes to
 * its own pod's state, coarsened, so a frame redraws only the cells whose state moved.
 */
export const PodCell = memo(function PodCell({ podKey, box }: { podKey: string; box: Box }) {
  const t = useT();
  const mark = useApp((s) => {
    const pod = s.pods.get(podKey);
    if (!pod) return '';
    const g = gaugeState(pod, s.snapshot?.now ?? 0);
    return `${g.band}|${Math.ceil(g.remaining * STEPS)}|${pod.stage}|${s.selectedPod === podKey}`;
  });
  // One subscription per cell: a thousand cells are a thousand listeners on every frame.
  const pod = store.getState().pods.get(podKey);
  if (!pod || !mark) return null;
  const [band, steps, , chosen] = mark.split('|') as [GaugeState['band'], string, string, string];
  const selected = chosen === 'true';
  const level = Number(steps) / STEPS;
  // The words are read when the cell redraws (its state moved), not on every frame.
  const g = gaugeState(pod, store.getState().snapshot?.now ?? 0);
  const activate = () => selectPod(podKey, 'pod');
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it is focusable and named
    <g
      className={`pod cell${selected ? ' selected' : ''}`}
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={podName(pod, `${t(`stage.${pod.stage}`)}; ${gaugeLabel(g, t)}`, t)}
      onClick={activate}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          activate();
        }
      }}
      data-pod={podKey}
      data-band={band}
    >
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx={4} className="pod-card" />
      <rect
        x={box.x}
        y={box.y + box.h * (1 - level)}
        width={box.w}
        height={box.h * level}
        rx={4}
        className={FILL[band]}
      />
      <path d={glyphAt(band, box.x, box.y)} className="glyph" />
    </g>
  );
});
