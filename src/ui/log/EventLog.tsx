import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { describeEvent } from '../../i18n/events';
import { useApp } from '../../store/hooks';
import { formatSpan } from '../format';
import { foldRetries } from './fold';
import { inCategory, type LogFilter, openEvent } from './links';

const FILTERS: LogFilter[] = ['all', 'issuance', 'renewal', 'calls', 'problems'];
/** Every row is one line this tall (CSS pins it), so the rows in view follow from the scroll. */
const ROW = 24;
const OVERSCAN = 6;

/**
 * Every event, newest first, filterable, each linked to the screen that explains it. Only the rows
 * in view are in the document: a workshop mesh logs thousands.
 */
export default function EventLog() {
  const t = useT();
  const id = useId();
  const language = useApp((s) => s.language);
  const events = useDeferredValue(useApp((s) => s.events));
  const start = useApp((s) => s.snapshot?.config.start ?? 0);
  const [filter, setFilter] = useState<LogFilter>('all');
  const [text, setText] = useState('');
  const needle = text.trim().toLowerCase();
  const matching = useMemo(
    () =>
      foldRetries(
        events.filter(
          (e) =>
            inCategory(e, filter) &&
            (!needle || `${e.type} ${describeEvent(e, language)}`.toLowerCase().includes(needle)),
        ),
      ),
    [events, filter, needle, language],
  );
  const matchingEvents = useMemo(() => matching.reduce((n, r) => n + r.events, 0), [matching]);
  const scroller = useRef<HTMLElement>(null);
  const [view, setView] = useState({ top: 0, height: 400 });
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, []);
  const first = Math.max(0, Math.floor(view.top / ROW) - OVERSCAN);
  const last = Math.min(matching.length, Math.ceil((view.top + view.height) / ROW) + OVERSCAN);
  // Newest first: row i shows matching[length - 1 - i].
  const shown = matching.slice(matching.length - last, matching.length - first).reverse();
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
        {t('log.count', { shown: matchingEvents, total: events.length })}
      </p>
      {matching.length === 0 ? <p className="muted">{t('log.empty')}</p> : null}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be keyboard-reachable */}
      <section className="log-scroll" ref={scroller} tabIndex={0} aria-label={t('log.list')}>
        <ol
          className="log"
          reversed
          start={matching.length - first}
          style={{ height: matching.length * ROW, paddingTop: first * ROW }}
        >
          {shown.map(({ event: e, count, last }, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: events have no id; a row is its place in the list
            <li key={first + i} data-type={e.type} data-count={count}>
              <span className="mono">{`+${formatSpan(e.t - start, t)}`}</span>
              <span>
                <span className="type">{e.type}</span>
                {last && (
                  <span className="fold">
                    {t('log.retries', { count, last: formatSpan(last.t - start, t) })}
                  </span>
                )}
                <span className={inCategory(e, 'problems') ? 'bad' : ''}>
                  {describeEvent(last ?? e, language)}
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
      </section>
    </div>
  );
}
