import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { focusCall } from '../../store/actions';
import { useApp } from '../../store/hooks';
import { ends, focusSteps } from './focus-steps';

// Loaded with the first call watched: what it says of checks and decisions stays off the start.
const FocusStage = lazy(() => import('./FocusStage').then((m) => ({ default: m.FocusStage })));

/**
 * A call's handshake takes the stage: one step per message, arrows pointing the way it
 * travelled, the principal, the verdict last. Left/Right step, Escape leaves.
 */
export function HandshakeFocus() {
  const t = useT();
  const id = useApp((s) => s.focusCall);
  const record = useApp((s) => s.calls.find((c) => c.id === s.focusCall));
  const [step, setStep] = useState(0);
  const dialog = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new call starts at its first step
  useEffect(() => {
    setStep(0);
    dialog.current?.focus();
  }, [id]);
  if (id === undefined || !record) return null;
  const steps = focusSteps(record);
  const at = Math.min(step, steps.length - 1);
  const go = (n: number) => setStep(Math.max(0, Math.min(steps.length - 1, n)));
  const { client, server } = ends(record);
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') focusCall(undefined);
    else if (e.key === 'ArrowRight') go(at + 1);
    else if (e.key === 'ArrowLeft') go(at - 1);
    else return;
    e.preventDefault();
  };
  return (
    <div
      ref={dialog}
      className="focus-stage"
      role="dialog"
      aria-modal="true"
      aria-labelledby="focus-title"
      tabIndex={-1}
      onKeyDown={onKey}
    >
      <header className="row focus-head">
        <h2 id="focus-title">{t('focus.title', { client, server })}</h2>
        <span className="muted">{t('focus.keys')}</span>
        <button type="button" onClick={() => focusCall(undefined)}>
          {t('focus.close')}
        </button>
      </header>
      <Suspense fallback={<div className="focus-body" />}>
        <FocusStage record={record} steps={steps} at={at} />
      </Suspense>
      <footer className="row focus-nav">
        <button type="button" onClick={() => go(at - 1)} disabled={at === 0}>
          ← {t('focus.prev')}
        </button>
        <span aria-live="polite">{t('focus.step', { n: at + 1, total: steps.length })}</span>
        <button
          type="button"
          className="primary"
          onClick={() => go(at + 1)}
          disabled={at >= steps.length - 1}
        >
          {t('focus.next')} →
        </button>
      </footer>
    </div>
  );
}
