import { useDeferredValue, useId, useState } from 'react';
import { useT } from '../../i18n';
import { describeEvent } from '../../i18n/events';
import { useApp } from '../../store/hooks';
import { formatSpan } from '../format';
import { inCategory, type LogFilter, openEvent } from './links';

const FILTERS: LogFilter[] = ['all', 'issuance', 'renewal', 'calls', 'problems'];
const SHOWN = 300;

/** Every event, newest first, filterable, each linked to the screen that explains it. */
export default function EventLog() {
  const t = useT();
  const id = useId();
  const language = useApp((s) => s.language);
  const events = useDeferredValue(useApp((s) => s.events));
  const start = useApp((s) => s.snapshot?.config.start ?? 0);
  const [filter, setFilter] = useState<LogFilter>('all');
  const [text, setText] = useState('');
  const needle = text.trim().toLowerCase();
  const matching = events.filter(
    (e) =>
      inCategory(e, filter) &&
      (!needle || `${e.type} ${describeEvent(e, language)}`.toLowerCase().includes(needle)),
  );
  const shown = matching.slice(-SHOWN).reverse();
  return (
    <div className="stack">
      <fieldset className="seg">
        <legend className="sr-only">{t('log.filter')}</legend>
        {FILTERS.map((f) => (
          <button key={f} type="button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
            {t(`log.${f}`)}
          </button>
        ))}
      </fieldset>
      <label htmlFor={`${id}-q`} className="row">
        {t('log.search')}
        <input
          id={`${id}-q`}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <p className="muted" aria-live="polite">
        {t('log.count', { shown: shown.length, total: events.length })}
      </p>
      {shown.length === 0 ? (
        <p className="muted">{t('log.empty')}</p>
      ) : (
        <ol className="log" reversed>
          {shown.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: events have no id; same-instant events differ only by order
            <li key={`${e.t}-${e.type}-${i}`} data-type={e.type}>
              <span className="mono">{`+${formatSpan(e.t - start, t)}`}</span>
              <span>
                <span className="type">{e.type}</span>
                <span className={inCategory(e, 'problems') ? 'bad' : ''}>
                  {describeEvent(e, language)}
                </span>
              </span>
              <button
                type="button"
                onClick={() => openEvent(e)}
                aria-label={`${t('log.open')}: ${e.type}`}
              >
                {t('log.open')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
