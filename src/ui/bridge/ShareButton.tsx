import { useState } from 'react';
import { useT } from '../../i18n';
import { configuredLoadScenarioText } from '../lessons/app-host';
import { ShareDialog } from './ShareDialog';

/** The top bar's Share button and its dialog. */
export function ShareButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const load = configuredLoadScenarioText();
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('share.button')}
      </button>
      {load ? (
        <ShareDialog open={open} onClose={() => setOpen(false)} loadScenarioText={load} />
      ) : (
        <ShareDialog open={open} onClose={() => setOpen(false)} />
      )}
    </>
  );
}
