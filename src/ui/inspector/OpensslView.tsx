import { useState } from 'react';
import type { MessageKey } from '../../i18n';
import { useT } from '../../i18n';
import type { PodDetail } from '../../worker/protocol';

type Rendered = NonNullable<PodDetail['openssl']>;

/**
 * `openssl x509 -text -noout` beside a plain-language explanation of each field; choosing a
 * field highlights its lines in the text.
 */
export function OpensslView({ rendered, td }: { rendered: Rendered; td: string }) {
  const t = useT();
  const [active, setActive] = useState('san');
  const lines = rendered.text.replace(/\n$/, '').split('\n');
  const range = rendered.fields.find((f) => f.key === active);
  return (
    <div className="stack">
      <h3>{t('inspector.fields')}</h3>
      <ul className="fields">
        {rendered.fields.map((f) => (
          <li key={f.key}>
            <button
              type="button"
              aria-pressed={active === f.key}
              onClick={() => setActive(f.key)}
              onFocus={() => setActive(f.key)}
            >
              {t(`field.${f.key}` as MessageKey, { td })}
            </button>
          </li>
        ))}
      </ul>
      <h3>{t('inspector.openssl')}</h3>
      <pre className="openssl">
        {lines.map((line, i) => (
          <span
            // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed text, in order
            key={i}
            className={range && i >= range.startLine && i <= range.endLine ? 'line hl' : 'line'}
          >
            {line || ' '}
          </span>
        ))}
      </pre>
    </div>
  );
}
