import { useT } from '../../i18n';
import { useAppShallow } from '../../store/hooks';
import {
  dismissRewindNote,
  dismissRewindProblem,
  rewindRange,
  rewindTo,
  undoDiscard,
} from '../../store/rewind';
import { formatSpan } from '../format';

/**
 * What going back means, said where the scrubber is: the moment shown and what acting there
 * drops, the changes dropped (with undo), a refused or clamped rewind, and once, that a replay
 * makes new keys while everything else comes out the same.
 */
export function RewindNotice() {
  const t = useT();
  const s = useAppShallow((s) => ({
    rewound: s.rewound,
    discarded: s.discarded,
    problem: s.rewindProblem,
    noted: s.rewindNoted,
    later: s.rewound ? s.rewound.log.length - s.log.length : 0,
    now: s.snapshot?.now ?? 0,
    start: s.snapshot?.config.start ?? 0,
  }));
  if (!s.rewound && !s.discarded && !s.problem) return null;
  return (
    <div role="status" className="rewind-notes">
      {s.problem && (
        <p className="rewind-note">
          {t(s.problem === 'lesson' ? 'rewind.lesson' : 'rewind.clamped')}
          <button type="button" onClick={dismissRewindProblem}>
            {t('rewind.dismiss')}
          </button>
        </p>
      )}
      {s.rewound && (
        <p className="rewind-note" data-testid="rewind-looking">
          {s.later > 0
            ? t('rewind.looking', { at: formatSpan(s.now - s.start, t), count: s.later })
            : t('rewind.lookingQuiet', { at: formatSpan(s.now - s.start, t) })}
          <button type="button" onClick={() => void rewindTo(rewindRange().head)}>
            {t('rewind.latest')}
          </button>
        </p>
      )}
      {s.discarded && (
        <p className="rewind-note">
          {t('rewind.discarded', { count: s.discarded.count })}
          <button type="button" onClick={() => void undoDiscard()}>
            {t('rewind.undo')}
          </button>
          <button type="button" onClick={dismissRewindProblem}>
            {t('rewind.dismiss')}
          </button>
        </p>
      )}
      {!s.noted && (s.rewound || s.discarded) && (
        <p className="rewind-note" data-testid="rewind-keys">
          {t('rewind.keys')}
          <button type="button" onClick={dismissRewindNote}>
            {t('rewind.dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}
