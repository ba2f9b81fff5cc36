import { useApp } from '../../store/hooks';
import { BridgePanel } from './BridgePanel';

/** The bridge as a tab of the details panel (lazy-loaded by DetailsPanel). */
export default function BridgeTab() {
  const version = useApp((s) => s.snapshot?.now);
  return <BridgePanel version={version} />;
}
