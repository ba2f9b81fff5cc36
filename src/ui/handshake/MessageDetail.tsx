import { useT } from '../../i18n';
import { describeCheck } from '../../i18n/engine';
import type { HandshakeMessage } from '../../pki/handshake/types';

/** One handshake message: who sent it, its decoded fields and the receiver's checks. */
export function MessageDetail({ message, n }: { message: HandshakeMessage; n: number }) {
  const t = useT();
  return (
    <div className="stack" aria-live="polite">
      <h3>{`${t('handshake.message', { n, type: message.type })} · ${t(`side.${message.from}`)} →`}</h3>
      {message.checks.length > 0 && (
        <>
          <h3>{t('handshake.checks')}</h3>
          <ul className="problems">
            {message.checks.map((c) => {
              const { name, detail } = describeCheck(c, t);
              return (
                <li key={c.name} className={c.ok ? 'check-ok' : 'check-bad'}>
                  <strong>{name}</strong>: {detail}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h3>{t('handshake.fields')}</h3>
      <dl className="kv">
        {Object.entries(message.fields).map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd className="mono">{Array.isArray(v) ? v.join(', ') : String(v)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
