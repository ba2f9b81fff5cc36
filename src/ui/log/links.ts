import type { TimedEvent } from '../../sim/events';
import { ISSUANCE_PROGRESS, ISSUANCE_STEPS } from '../../sim/issuance';
import { selectCall, selectPod, setTab } from '../../store/actions';
import { store } from '../../store/store';

/** The log's categories (chips above the list). */
export type LogFilter = 'all' | 'issuance' | 'renewal' | 'calls' | 'problems';

const RENEWAL = ['cert.rotated', 'cert.installed', 'cert.expired', 'csr.retry'];

/** Whether an event belongs to a category. */
export function inCategory(e: TimedEvent, f: LogFilter): boolean {
  switch (f) {
    case 'all':
      return true;
    case 'issuance':
      return ISSUANCE_PROGRESS.includes(e.type);
    case 'renewal':
      return RENEWAL.includes(e.type);
    case 'calls':
      return e.type === 'call' || e.type === 'attack';
    case 'problems':
      return (
        e.type.endsWith('failed') ||
        e.type === 'cert.expired' ||
        e.type === 'csr.rejected' ||
        e.type === 'csr.retry' ||
        e.type === 'istiod.down' ||
        e.type.includes('warning') ||
        ('result' in e && e.result !== 'allowed' && e.result !== 'issued')
      );
  }
}

/** Opens the screen that explains an event. */
export function openEvent(e: TimedEvent): void {
  const pod = 'pod' in e && typeof e.pod === 'string' ? e.pod : undefined;
  if (e.type === 'call') {
    const record = store
      .getState()
      .calls.find((c) => c.t === e.t && c.from === e.from && c.to === e.to);
    selectCall(record?.id);
  } else if (pod && ISSUANCE_SCREEN.includes(e.type)) {
    selectPod(pod, 'issuance');
  } else if (pod && e.type.startsWith('cert.')) {
    selectPod(pod, 'inspector');
  } else if (pod) {
    selectPod(pod, 'pod');
  } else if (isPolicyEvent(e)) {
    setTab('policy');
  } else {
    setTab('pod');
  }
}

/** Events the issuance screen explains; the installed certificate is the inspector's. */
const ISSUANCE_SCREEN: readonly string[] = ISSUANCE_STEPS.slice(0, -1).flatMap((s) => [
  s.shows,
  s.completes,
  ...s.ends,
]);

function isPolicyEvent(e: TimedEvent): boolean {
  const resource = 'resource' in e && typeof e.resource === 'string' ? e.resource : '';
  return /Authorization|PeerAuth/.test(resource) || e.type.startsWith('policy');
}
