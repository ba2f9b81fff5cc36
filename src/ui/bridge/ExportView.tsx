import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { exportSandbox } from '../../store/actions';
import { downloadText } from '../download';

/** What the worker answers for an export. */
interface SandboxExport {
  yaml: string;
  commands: string[];
}

/**
 * The sandbox as kubectl-ready manifests, and the commands that show the same things on a real
 * mesh (the worker runs exportManifestsYaml and realClusterCommands).
 */
export function ExportView({ version }: { version?: unknown }) {
  const t = useT();
  const [data, setData] = useState<SandboxExport>();
  const [error, setError] = useState<string>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` re-fetches when the mesh changes.
  useEffect(() => {
    let live = true;
    exportSandbox().then(
      (d) => {
        if (!live) return;
        setData(d);
        setError(undefined);
      },
      (e: unknown) => {
        if (live) setError((e as Error).message);
      },
    );
    return () => {
      live = false;
    };
  }, [version]);
  if (error)
    return (
      <p className="error-text" role="alert">
        {t('bridge.unavailable', { message: error })}
      </p>
    );
  if (!data) return <p className="muted">…</p>;
  return (
    <section aria-labelledby="bridge-manifests-h" className="stack">
      <h3 id="bridge-manifests-h">{t('bridge.manifests')}</h3>
      <div className="row">
        <button
          type="button"
          onClick={() => downloadText('svid-lab.yaml', data.yaml, 'application/yaml')}
        >
          {t('bridge.download')}
        </button>
        <button type="button" onClick={() => void navigator.clipboard?.writeText(data.yaml)}>
          {t('bridge.copy')}
        </button>
      </div>
      {/* A scrollable region must be reachable by keyboard (axe scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll container, focusable to scroll */}
      <section className="bridge-pre" tabIndex={0} aria-label={t('bridge.manifests')}>
        <pre className="mono">{data.yaml}</pre>
      </section>
      <h3 id="bridge-commands-h">{t('bridge.commands')}</h3>
      <ol className="bridge-commands" aria-labelledby="bridge-commands-h">
        {data.commands.map((c) => (
          <li key={c}>
            <code className="mono">{c}</code>
          </li>
        ))}
      </ol>
    </section>
  );
}
