import { useT } from '../../i18n';
import { describeWhy } from '../../i18n/engine';
import { useApp } from '../../store/hooks';

const ICON = { allowed: '✓', denied: '✕', failed: '!' } as const;

/** Every workload to every workload: allowed, denied or failed, the reason on hover/focus. */
export function AccessMatrix() {
  const t = useT();
  const cells = useApp((s) => s.matrix);
  if (!cells) return <p className="muted">{t('matrix.unavailable')}</p>;
  const names = [...new Set(cells.flatMap((c) => [c.from, c.to]))].sort();
  const find = (from: string, to: string) => cells.find((c) => c.from === from && c.to === to);
  return (
    <div className="stack" style={{ overflowX: 'auto' }}>
      <table className="matrix">
        <caption className="muted" style={{ textAlign: 'left' }}>
          {t('matrix.label')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('matrix.from')}</th>
            {names.map((n) => (
              <th key={n} scope="col">
                {n.split('/')[1]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {names.map((from) => (
            <tr key={from}>
              <th scope="row">{from.split('/')[1]}</th>
              {names.map((to) => {
                const c = find(from, to);
                if (!c) return <td key={to}>—</td>;
                const label = `${from} → ${to}: ${t(`result.${c.result}`)}. ${describeWhy(c.why, t)}${c.policy ? ` (${c.policy})` : ''}`;
                return (
                  <td key={to} className={c.result} data-cell={`${from}>${to}`}>
                    <button type="button" className="cell" aria-label={label}>
                      {ICON[c.result]} {t(`result.${c.result}`)}
                      <span className="tip" aria-hidden="true">
                        {label}
                      </span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
