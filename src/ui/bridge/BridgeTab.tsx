import { useApp } from '../../store/hooks';
import { BridgePanel } from './BridgePanel';
import { bridgeConfig } from './bridge-config';

const notWired = () => Promise.reject(new Error('the worker has no export command in this build'));

/** The bridge as a tab of the details panel (lazy-loaded by DetailsPanel). */
export default function BridgeTab() {
  const version = useApp((s) => s.snapshot?.now);
  const { fetchExport = notWired, importSecret } = bridgeConfig();
  return importSecret ? (
    <BridgePanel fetchExport={fetchExport} importSecret={importSecret} version={version} />
  ) : (
    <BridgePanel fetchExport={fetchExport} version={version} />
  );
}
