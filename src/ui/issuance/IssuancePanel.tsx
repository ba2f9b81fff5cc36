import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useApp, useAppShallow } from '../../store/hooks';
import {
  endWalkthrough,
  reachedStep,
  setWalkAuto,
  startWalkthrough,
  walkBack,
  walkNext,
} from '../../store/walkthrough';
import { usePodDetail } from '../usePodDetail';
import { StepArtefact } from './StepArtefact';

const STEPS = [0, 1, 2, 3] as const;
const DWELL_MS = 6000;

/**
 * The four issuance steps of the lesson for the pod being watched (or the selected pod's latest
 * issuance): narration in the chosen language beside the real artefact, Next/Back, and
 * automatic narration that pauses at every step in teaching mode.
 */
export default function IssuancePanel() {
  const t = useT();
  const { walk, selected, teaching } = useAppShallow((s) => ({
    walk: s.walkthrough,
    selected: s.selectedPod,
    teaching: s.teaching,
  }));
  const pod = walk?.pod ?? selected;
  const reached = useApp((s) => (pod ? reachedStep(s.events, pod) : -1));
  const view = useApp((s) => (pod === undefined ? undefined : s.pods.get(pod)));
  const [localStep, setLocalStep] = useState(3);
  const step = walk ? walk.view : Math.min(localStep, Math.max(reached, 0));
  const { detail } = usePodDetail(pod);
  const artefact = useRef<HTMLDivElement>(null);
  // The step's artefact is what the learner reads: each step brings it into view.
  const onShow = step <= reached && detail ? step : -1;
  useEffect(() => {
    if (onShow >= 0) artefact.current?.scrollIntoView({ block: 'nearest' });
  }, [onShow]);
  useEffect(() => {
    if (!walk?.auto || teaching || walk.busy || walk.view >= 3) return;
    const timer = setTimeout(() => void walkNext(), DWELL_MS);
    return () => clearTimeout(timer);
  }, [walk, teaching]);
  if (!pod || !view) {
    return (
      <div className="stack">
        <p className="muted">{t('issuance.none')}</p>
        <div>
          <button type="button" className="primary" onClick={() => void startWalkthrough()}>
            ▶ {t('intro.start')}
          </button>
        </div>
      </div>
    );
  }
  const next = () => (walk ? void walkNext() : setLocalStep(Math.min(step + 1, 3)));
  const back = () => (walk ? walkBack() : setLocalStep(Math.max(step - 1, 0)));
  const shown = step <= reached;
  return (
    <div className="stack">
      <h2>{pod}</h2>
      <ol className="steps" aria-label={t('issuance.stepOf', { n: step + 1 })}>
        {STEPS.map((i) => (
          <li
            key={i}
            className={i === step ? 'current' : i <= reached ? 'done' : ''}
            aria-current={i === step ? 'step' : undefined}
          >
            {i + 1}. {t(`step.${i}.title`)}
            {i <= reached && i !== step ? ' ✓' : ''}
          </li>
        ))}
      </ol>
      <section className="card stack" aria-live="polite" aria-labelledby="step-h">
        <h2 id="step-h">{`${t('issuance.stepOf', { n: step + 1 })}: ${t(`step.${step as 0 | 1 | 2 | 3}.title`)}`}</h2>
        <p className="narration">
          {t(`step.${step as 0 | 1 | 2 | 3}.text`, { sa: view.serviceAccount, ns: view.namespace })}
        </p>
        {step === 2 && <p className="real-note">{t('step.real.2')}</p>}
        {step === 3 && <p className="real-note">{t('step.real.3')}</p>}
      </section>
      <div className="artefact" ref={artefact}>
        {shown && detail ? (
          <StepArtefact step={step} detail={detail} pod={view} />
        ) : (
          <p className="muted">{t('issuance.waiting')}</p>
        )}
      </div>
      <div className="row issuance-nav">
        <button type="button" onClick={back} disabled={step === 0} aria-keyshortcuts="ArrowLeft">
          ← {t('issuance.back')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={next}
          disabled={step >= 3 || walk?.busy}
          aria-keyshortcuts="ArrowRight"
        >
          {t('issuance.next')} →
        </button>
        {walk && !teaching && walk.view < 3 && (
          <button type="button" onClick={() => setWalkAuto(!walk.auto)} aria-pressed={walk.auto}>
            {walk.auto ? `❚❚ ${t('issuance.stop')}` : `▶ ${t('issuance.auto')}`}
          </button>
        )}
        {walk && (
          <button type="button" onClick={endWalkthrough}>
            {t('issuance.done')}
          </button>
        )}
      </div>
    </div>
  );
}
