import { useId, useState } from 'react';
import { useLanguage, useT } from '../../i18n';
import { isSolved } from '../../lessons/progress';
import type { LessonSandbox } from '../../lessons/sandbox';
import type { Checkpoint, Lesson } from '../../lessons/types';
import { answer } from './player-actions';
import { usePlayerShallow } from './player-store';

/**
 * "Predict, then see": a radio group of outcomes. A wrong answer explains and lets the learner
 * try again; a right one runs the step and shows what the simulation did.
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
    feedback: st.feedback?.checkpoint === checkpoint.id ? st.feedback : undefined,
    solved: isSolved(st.progress, lesson, checkpoint.id),
    seen: st.seen[checkpoint.id],
    busy: st.busy,
  }));
  const [picked, setPicked] = useState<string | undefined>(
    s.solved ? checkpoint.answer : undefined,
  );
  const explained = checkpoint.choices.find(
    (c) => c.id === (s.feedback?.choice ?? (s.solved ? checkpoint.answer : undefined)),
  );
  const seenChoice = checkpoint.choices.find((c) => c.id === s.seen);
  return (
    <form
      className="checkpoint card"
      onSubmit={(e) => {
        e.preventDefault();
        if (picked) void answer(sandbox, picked);
      }}
    >
      <fieldset disabled={s.busy}>
        <legend>
          <span className="muted">{t('lessons.predict')}</span> {checkpoint.question[lang]}
        </legend>
        {checkpoint.choices.map((c) => (
          <label key={c.id} className="choice">
            <input
              type="radio"
              name={name}
              value={c.id}
              checked={picked === c.id}
              onChange={() => setPicked(c.id)}
            />
            <span>{c.label[lang]}</span>
          </label>
        ))}
        {!s.solved && (
          <button type="submit" className="primary" disabled={!picked}>
            {t('lessons.check')}
          </button>
        )}
      </fieldset>
      <div role="status" aria-live="polite">
        {s.solved && explained ? (
          <p className="verdict ok-text">
            ✓ {t('lessons.right')} {explained.explain[lang]}
          </p>
        ) : s.feedback && !s.feedback.correct && explained ? (
          <p className="verdict warn-text">
            ✗ {t('lessons.wrong')} {explained.explain[lang]}
          </p>
        ) : (
          <p className="muted">{t('lessons.answerFirst')}</p>
        )}
        {s.solved && s.seen !== undefined && (
          <p className="seen">
            {t('lessons.seen', { outcome: seenChoice ? seenChoice.label[lang] : s.seen })}
          </p>
        )}
      </div>
    </form>
  );
}
