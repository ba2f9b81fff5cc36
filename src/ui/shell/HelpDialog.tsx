import { useEffect, useRef } from 'react';
import { useT } from '../../i18n';

/** A short help text in a modal dialog (Escape or the button closes it). */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="help-h">
      <h2 id="help-h">{t('help.title')}</h2>
      <p>{t('help.body')}</p>
      <p className="muted">{t('help.version')}</p>
      <button type="button" onClick={onClose}>
        {t('help.close')}
      </button>
    </dialog>
  );
}
