import type { HandshakeMessage } from '../../pki/handshake/types';
import type { CallRecord } from '../../sim/mesh/types';

/** One stop of the focus mode: a message on the wire, the plaintext request, the principal, the verdict. */
export type FocusStep =
  | { kind: 'message'; message: HandshakeMessage; failed: boolean }
  | { kind: 'plaintext' }
  | { kind: 'principal' }
  | { kind: 'verdict' };

/** The stops in order: the messages as they crossed the wire, then the principal, the verdict last. */
export function focusSteps(record: CallRecord): FocusStep[] {
  const messages = record.handshake?.messages ?? [];
  const steps: FocusStep[] = messages.map((message) => ({
    kind: 'message',
    message,
    failed: message.type === 'Alert' || message.checks.some((c) => !c.ok),
  }));
  if (record.transport === 'plaintext' && messages.length === 0) steps.push({ kind: 'plaintext' });
  if (record.decision || record.peer) steps.push({ kind: 'principal' });
  steps.push({ kind: 'verdict' });
  return steps;
}

/** The pod's own name (`ns/pod` → `pod`), or the name as the request gave it. */
const short = (key: string | undefined, fallback: string) => key?.split('/')[1] ?? fallback;

/** The two ends of the call as the learner sees them on the mesh. */
export function ends(record: CallRecord): { client: string; server: string } {
  return { client: short(record.fromPod, record.from), server: short(record.toPod, record.to) };
}
