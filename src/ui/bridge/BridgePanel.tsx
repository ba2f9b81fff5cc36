import { useT } from '../../i18n';
import { ExportView, type SandboxExport } from './ExportView';
import { ImportView } from './ImportView';
import type { SecretImportView } from './secret-view';
import './bridge.css';

/**
 * The bridge to a real cluster: export the sandbox for kubectl, and import a real proxy's
 * certificates. Mount as a tab of the details panel (see the integration notes).
 */
export function BridgePanel({
  fetchExport,
  importSecret,
  version,
}: {
  fetchExport: () => Promise<SandboxExport>;
  importSecret?: (json: string) => Promise<SecretImportView>;
  /** Anything that changes when the mesh changes (e.g. the snapshot's time), to refresh. */
  version?: unknown;
}) {
  const t = useT();
  return (
    <div className="bridge stack">
      <h2>{t('bridge.title')}</h2>
      <ExportView fetchExport={fetchExport} version={version} />
      {importSecret ? <ImportView importSecret={importSecret} /> : <ImportView />}
    </div>
  );
}
