import { useT } from '../../i18n';
import type { SecureNaming as Naming } from '../../sim/mesh/secure-naming';

/**
 * The client's half of mutual authentication: the identities istiod lists for the destination
 * Service, and whether the server's SAN was among them.
 */
export function SecureNaming({ naming, answeredBy }: { naming: Naming; answeredBy?: string }) {
  const t = useT();
  return (
    <>
      <h3>{t('handshake.naming')}</h3>
      <p className="muted">{t('handshake.namingExpected', { service: naming.service })}</p>
      <ul className="problems">
        {naming.expected.map((id) => (
          <li key={id} className="mono">
            {id}
          </li>
        ))}
      </ul>
      {naming.presented && (
        <p className={naming.ok ? 'check-ok' : 'error-text'} data-testid="secure-naming">
          {naming.ok ? '' : '✕ '}
          {t(naming.ok ? 'handshake.namingMatch' : 'handshake.namingMismatch', {
            id: naming.presented,
            pod: answeredBy ?? '',
          })}
        </p>
      )}
    </>
  );
}
