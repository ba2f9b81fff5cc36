import { useT } from '../../i18n';
import type { PodDetail } from '../../worker/protocol';

/** The projected token: mount path, audience, header and claims, the signature part. */
export function Jwt({ token }: { token: NonNullable<PodDetail['token']> }) {
  const t = useT();
  const [h, c, s] = token.jwt.split('.');
  return (
    <div className="stack">
      <dl className="kv">
        <dt>{t('art.mount')}</dt>
        <dd>
          <code>{token.path}</code>
        </dd>
        <dt>{t('art.audience')}</dt>
        <dd>
          <code>{token.audience}</code>
        </dd>
      </dl>
      <pre>
        <span className="id-td">{h}</span>.<span className="id-ns">{c?.slice(0, 60)}…</span>.
        <span className="id-sa">{s?.slice(0, 24)}…</span>
      </pre>
      <h3>{t('art.header')}</h3>
      <pre>{JSON.stringify(token.header, null, 2)}</pre>
      <h3>{t('art.claims')}</h3>
      <pre>{JSON.stringify(token.claims, null, 2)}</pre>
      <p className="muted">{t('art.signature')}</p>
    </div>
  );
}
