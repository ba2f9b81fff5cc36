import { nextEvent, togglePlay } from '../../store/actions';
import { store } from '../../store/store';
import { walkBack, walkNext } from '../../store/walkthrough';

/** Space plays or pauses; the arrows step (the walk-through when open, else the next event). */
export function onGlobalKey(e: KeyboardEvent): void {
  const target = e.target as HTMLElement | null;
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
  if (target?.closest('input, textarea, select, button, [role="tab"], [role="button"], dialog, a'))
    return;
  const s = store.getState();
  if (e.key === ' ') {
    e.preventDefault();
    togglePlay();
  } else if (e.key === 'ArrowRight') {
    e.preventDefault();
    if (s.walkthrough && s.tab === 'issuance') void walkNext();
    else nextEvent();
  } else if (e.key === 'ArrowLeft' && s.walkthrough) {
    e.preventDefault();
    walkBack();
  }
}
