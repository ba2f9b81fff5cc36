import { useState } from 'react';
import { useT } from '../../i18n';
import { ShareDialog } from './ShareDialog';

/** The top bar's Share button and its dialog. */
export function ShareButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('share.button')}
      </button>
      <ShareDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}
