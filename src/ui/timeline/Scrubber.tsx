import type { ScaleTime } from 'd3';
import { type KeyboardEvent, type PointerEvent, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useApp } from '../../store/hooks';
import { rewindTo, SCRUB_BIG_STEP_MS, SCRUB_STEP_MS } from '../../store/rewind';
import { formatSpan } from '../format';

/** Keys pressed in a row are gathered for this long before the engine rebuilds the moment. */
const KEY_SETTLE_MS = 300;

interface Props {
  x: ScaleTime<number, number>;
  left: number;
  width: number;
  height: number;
  start: number;
  now: number;
}

/**
 * The moment shown, as a handle on the timeline's axis: drag it (or press on the axis) to go
 * back, release to stay there; Left/Right step an hour (Shift: six), Home/End go to the start
 * and to the latest moment. While dragging only the marker moves; the engine rebuilds once.
 */
export function Scrubber({ x, left, width, height, start, now }: Props) {
  const t = useT();
  const head = useApp((s) => s.rewound?.head ?? now);
  const [preview, setPreview] = useState<number>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const shown = preview ?? now;
  const clamp = (ms: number) => Math.min(head, Math.max(start, ms));
  const at = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return clamp(x.invert(e.clientX - box.left + left).getTime());
  };
  const commit = (ms: number) => {
    void rewindTo(ms).finally(() => setPreview(undefined));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? SCRUB_BIG_STEP_MS : SCRUB_STEP_MS;
    const target = {
      ArrowLeft: shown - step,
      ArrowDown: shown - step,
      ArrowRight: shown + step,
      ArrowUp: shown + step,
      Home: start,
      End: head,
    }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    const next = clamp(target);
    setPreview(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(next), KEY_SETTLE_MS);
  };
  const px = x(new Date(shown)) - left;
  return (
    <div className="tl-scrub-wrap">
      <div
        className="tl-scrub-band"
        style={{ left, width: Math.max(0, width - left - 8), height }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          setPreview(at(e));
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) setPreview(at(e));
        }}
        onPointerUp={(e) => {
          if (!e.currentTarget.hasPointerCapture(e.pointerId)) return;
          e.currentTarget.releasePointerCapture(e.pointerId);
          commit(at(e));
        }}
      >
        <div
          className="tl-scrub-handle"
          role="slider"
          tabIndex={0}
          aria-label={t('rewind.scrubber')}
          aria-valuemin={0}
          aria-valuemax={Math.round((head - start) / 60_000)}
          aria-valuenow={Math.round((shown - start) / 60_000)}
          aria-valuetext={t('rewind.value', {
            at: formatSpan(shown - start, t),
            head: formatSpan(head - start, t),
          })}
          data-testid="scrubber"
          style={{ left: px }}
          onKeyDown={onKeyDown}
        />
        {preview !== undefined && <div className="tl-scrub-ghost" style={{ left: px }} />}
      </div>
    </div>
  );
}
