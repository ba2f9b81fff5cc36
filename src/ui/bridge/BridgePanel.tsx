import { useT } from '../../i18n';
import { ExportView } from './ExportView';
import { ImportView } from './ImportView';
import './bridge.css';

/**
 * The bridge to a real cluster: export the sandbox for kubectl, and import a real proxy's
 * certificates to read them as the inspector reads the sandbox's.
 */
export function BridgePanel({
  version,
}: {
  /** Anything that changes when the mesh changes (e.g. the snapshot's time), to refresh. */
  version?: unknown;
}) {
  const t = useT();
  return (
    <div className="bridge stack">
      <h2>{t('bridge.title')}</h2>
      <ExportView version={version} />
      <ImportView />
    </div>
  );
}
