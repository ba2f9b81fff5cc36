import { memo, type Ref } from 'react';
import { useT } from '../../i18n';
import { CELL_GLYPH } from './cell-glyph';
import type { PodGroup } from './layout';

const BANDS = ['ok', 'renew', 'expired', 'none'] as const;
const SWATCH = { ok: 'gauge-ok', renew: 'gauge-warn', expired: 'gauge-bad', none: 'gauge-track' };

/** The headings of a large mesh's groups: each one a button that shows its pods as cards. */
export const PodGroups = memo(function PodGroups({
  groups,
  onToggle,
}: {
  groups: PodGroup[];
  onToggle: (key: string) => void;
}) {
  const t = useT();
  return (
    <g>
      {groups.map((g) => {
        const name = g.deployment ?? g.serviceAccount;
        const text = t(g.deployment ? 'mesh.group.deployment' : 'mesh.group.sa', {
          name,
          count: g.pods.length,
        });
        return (
          // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it is focusable and named
          <g
            key={g.key}
            className="group-head"
            role="button"
            tabIndex={0}
            aria-expanded={g.expanded}
            aria-label={`${text}. ${t('mesh.group.toggle', { name })}`}
            data-group={g.key}
            transform={`translate(${g.head.x},${g.head.y})`}
            onClick={() => onToggle(g.key)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                e.stopPropagation();
                onToggle(g.key);
              }
            }}
          >
            <rect width={g.head.w} height={g.head.h} rx={4} className="box" />
            <text x={8} y={g.head.h - 6} fontSize={12} fontWeight={600}>
              {`${g.expanded ? '▾' : '▸'} ${text}`}
            </text>
          </g>
        );
      })}
    </g>
  );
});

/** What a cell's colour, icon and fill mean (never colour alone). */
export function CompactLegend({ ref }: { ref?: Ref<HTMLDivElement> }) {
  const t = useT();
  return (
    <div className="mesh-legend" role="note" ref={ref}>
      <span>{t('mesh.legend')}</span>
      {BANDS.map((band) => (
        <span key={band} className="row">
          <svg width="16" height="16" viewBox="0 0 22 22" aria-hidden="true">
            <rect width="22" height="22" rx="4" className={SWATCH[band]} />
            <path d={CELL_GLYPH[band]} className="glyph" />
          </svg>
          {t(`mesh.legend.${band}`)}
        </span>
      ))}
    </div>
  );
}
