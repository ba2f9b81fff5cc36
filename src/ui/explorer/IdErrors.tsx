import { useT } from '../../i18n';
import { describeIdError } from '../../i18n/engine';
import type { SpiffeIdError } from '../../pki/spiffe-id';

/** Every broken rule of an ID, each with a caret under the position it refers to. */
export function IdErrors({ text, errors }: { text: string; errors: SpiffeIdError[] }) {
  const t = useT();
  return (
    <div className="card stack" role="alert">
      <p className="error-text">{t('explorer.invalid', { count: errors.length })}</p>
      <ol className="problems">
        {errors.map((e) => (
          <li key={`${e.code}-${e.position ?? ''}`}>
            <p>
              <strong>{describeIdError(e, text, t)}</strong>
              {e.position !== undefined && (
                <span className="muted"> · {t('explorer.position', { pos: e.position + 1 })}</span>
              )}
            </p>
            {e.position !== undefined && (
              <pre aria-hidden="true">
                {text}
                {'\n'}
                <span className="caret">{`${' '.repeat(e.position)}^`}</span>
              </pre>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
