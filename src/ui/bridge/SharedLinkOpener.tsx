import { useT } from '../../i18n';
import { useOpenSharedLink } from './share-app';

/** Opens a `#s=…` link on arrival; a broken link shows why, and the sandbox stays as it was. */
export function SharedLinkOpener() {
  const t = useT();
  const error = useOpenSharedLink();
  if (!error) return null;
  return (
    <p className="banner card error-text" role="alert">
      {t('share.refusedKept', { message: error })}
    </p>
  );
}
