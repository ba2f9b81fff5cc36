import { useEffect, useId, useRef, useState } from 'react';
import { useLanguage, useT } from '../../i18n';
import { prediction } from '../../lessons/progress';
import type { LessonSandbox } from '../../lessons/sandbox';
import type { Checkpoint, Lesson } from '../../lessons/types';
import { answer } from './player-actions';
import { usePlayerShallow } from './player-store';

/**
 * "Predict, then see": a radio group of outcomes. Whatever the learner picks, the step then
 * plays on the stage; once it has, their prediction stands beside what the simulation did, with
 * the explanation.
 */
export function CheckpointView({
  sandbox,
  lesson,
  checkpoint,
}: {
  sandbox: LessonSandbox;
  lesson: Lesson;
  checkpoint: Checkpoint;
}) {
  const t = useT();
  const lang = useLanguage();
  const name = useId();
  const s = usePlayerShallow((st) => ({
    predicted: prediction(st.progress, lesson.id, checkpoint.id),
    seen: st.seen[checkpoint.id],
    busy: st.busy,
  }));
  const [picked, setPicked] = useState<string | undefined>(s.predicted);
  const choice = (id: string | undefined) => checkpoint.choices.find((c) => c.id === id);
  const guess = choice(s.predicted);
  const happened = choice(s.seen);
  const right = choice(checkpoint.answer);
  const held = s.seen !== undefined && s.seen === s.predicted;
  const outcome = useRef<HTMLDListElement>(null);
  const shown = !!guess && s.seen !== undefined;
  useEffect(() => {
    if (shown) outcome.current?.scrollIntoView({ block: 'nearest' });
  }, [shown]);
  return (
    <form
      className="checkpoint card"
      onSubmit={(e) => {
        e.preventDefault();
        if (picked) void answer(sandbox, picked);
      }}
    >
      <fieldset disabled={s.busy || !!guess}>
        <legend>
          <span className="muted">{t('lessons.predict')}</span> {checkpoint.question[lang]}
        </legend>
        {checkpoint.choices.map((c) => (
          <label key={c.id} className="choice">
            <input
              type="radio"
              name={name}
              value={c.id}
              checked={(s.predicted ?? picked) === c.id}
              onChange={() => setPicked(c.id)}
            />
            <span>{c.label[lang]}</span>
          </label>
        ))}
        {!guess && (
          <button type="submit" className="primary" disabled={!picked}>
            {t('lessons.check')}
          </button>
        )}
      </fieldset>
      <div role="status" aria-live="polite">
        {!guess ? (
          <p className="muted">{t('lessons.answerFirst')}</p>
        ) : s.seen === undefined ? (
          <p className="muted">{t('lessons.watch')}</p>
        ) : (
          <>
            <dl className="outcome" ref={outcome}>
              <div>
                <dt>{t('lessons.yourGuess')}</dt>
                <dd>{guess.label[lang]}</dd>
              </div>
              <div>
                <dt>{t('lessons.observed')}</dt>
                <dd>{happened ? happened.label[lang] : s.seen}</dd>
              </div>
            </dl>
            <p className={`verdict ${held ? 'ok-text' : 'warn-text'}`}>
              {held ? `✓ ${t('lessons.held')}` : `✗ ${t('lessons.missed')}`}{' '}
              {(held ? guess : (happened ?? right))?.explain[lang]}
            </p>
            {!held && guess.explain[lang] !== (happened ?? right)?.explain[lang] && (
              <p className="muted">{guess.explain[lang]}</p>
            )}
          </>
        )}
      </div>
    </form>
  );
}
