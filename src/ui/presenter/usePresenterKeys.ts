import { useEffect } from 'react';
import type { LessonSandbox } from '../../lessons/sandbox';
import { nextEvent, setSpeed, togglePlay } from '../../store/actions';
import { store } from '../../store/store';
import { playerState } from '../lessons/player-store';
import { actionOf, stepSpeed } from './keys';
import { presenterState, setPresenter, updatePresenter } from './presenter-store';

/**
 * Keyboard-only control while presenter mode is on: → / ← step the open lesson (or jump to the
 * next event; the first folds the legend), Space plays, + / − change speed, H hides panels,
 * ? the legend, Esc leaves.
 * Listens in the capture phase so the app's own shortcuts do not also fire.
 */
export function usePresenterKeys(sandbox: LessonSandbox): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!presenterState().on || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, dialog')) return;
      const action = actionOf(e.key);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      const lessonOpen = playerState().open !== undefined;
      // The first step taken folds the key legend, which sits over the mesh's corner: the
      // presenter has it in hand by then, and ? brings it back.
      if ((action === 'next' || action === 'back') && !presenterState().stepped)
        updatePresenter(() => ({ legend: false, stepped: true }));
      switch (action) {
        case 'next':
          if (lessonOpen) void import('../lessons/player-actions').then((m) => m.nextStep(sandbox));
          else nextEvent();
          return;
        case 'back':
          if (lessonOpen) {
            void import('../lessons/player-actions').then((m) => m.previousStep(sandbox));
          }
          return;
        case 'play':
          togglePlay();
          return;
        case 'faster':
        case 'slower':
          setSpeed(stepSpeed(store.getState().speed, action === 'faster' ? 1 : -1));
          return;
        case 'panels':
          updatePresenter((s) => ({ panels: !s.panels }));
          return;
        case 'legend':
          updatePresenter((s) => ({ legend: !s.legend }));
          return;
        case 'exit':
          setPresenter(false);
          return;
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [sandbox]);
}
