import { useT } from '../../i18n';
import { usePlayerShallow } from '../lessons/player-store';
import type { MeshLayout } from './layout';

const PAD = 10;

/**
 * The lesson step's spotlight: the pod it is about stays lit, the rest of the mesh is dimmed
 * under a veil with a hole cut for it. A step naming a pod that is gone says so instead.
 */
export function Spotlight({ layout }: { layout: MeshLayout }) {
  const t = useT();
  const { pod, on } = usePlayerShallow((s) => ({
    pod: s.spotlight,
    on: s.dock && s.open !== undefined,
  }));
  if (!on || !pod) return null;
  const box = layout.pods.get(pod);
  if (!box)
    return (
      <text className="spotlight-missing" x={layout.width / 2} y={layout.height - 28}>
        {t('spotlight.missing', { pod })}
      </text>
    );
  return (
    <g className="spotlight" data-pod={pod} pointerEvents="none">
      <mask id="spotlight-hole">
        <rect
          x={-5000}
          y={-5000}
          width={10000 + layout.width}
          height={10000 + layout.height}
          fill="white"
        />
        <rect
          x={box.x - PAD}
          y={box.y - PAD}
          width={box.w + PAD * 2}
          height={box.h + PAD * 2}
          rx={16}
          fill="black"
        />
      </mask>
      <rect
        className="spotlight-veil"
        x={-5000}
        y={-5000}
        width={10000 + layout.width}
        height={10000 + layout.height}
        mask="url(#spotlight-hole)"
      />
      <rect
        className="spotlight-ring"
        x={box.x - PAD / 2}
        y={box.y - PAD / 2}
        width={box.w + PAD}
        height={box.h + PAD}
        rx={14}
      />
    </g>
  );
}
