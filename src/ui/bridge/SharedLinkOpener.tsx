import { useMemo } from 'react';
import { useT } from '../../i18n';
import { configuredLoadScenarioText } from '../lessons/app-host';
import { createApplyShared, useOpenSharedLink } from './share-app';

const missing = () =>
  Promise.resolve({ ok: false, error: 'this build cannot open shared links yet' });

/** Opens a `#s=…` link on arrival; a broken link shows why, and the sandbox stays as it was. */
export function SharedLinkOpener() {
  const t = useT();
  const apply = useMemo(() => createApplyShared(configuredLoadScenarioText() ?? missing), []);
  const error = useOpenSharedLink(apply);
  if (!error) return null;
  return (
    <p className="banner card error-text" role="alert">
      {t('share.broken', { message: error })}
    </p>
  );
}
