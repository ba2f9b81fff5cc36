import { formatDuration } from '../duration';
import type { TimedEvent } from '../events';
import type { CallRecord } from '../mesh/types';

const short = (serial: string) => serial.slice(0, 8);
const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');

const CA_CHANGES = {
  'root-added': 'root-cert.pem gains root',
  'intermediate-switched': 'istiod now signs with an intermediate under',
  'root-removed': 'root-cert.pem drops root',
  'root-renewed': 'istiod re-issued its root (same key):',
} as const;

/** One event as a line of the readable log: `+18h  2025-12-10T18:00:00Z  cert.rotated  ...`. */
export function formatEvent(event: TimedEvent, start: number): string {
  const offset = `+${formatDuration(event.t - start)}`.padEnd(12);
  return `${offset}${iso(event.t)}  ${event.type.padEnd(15)} ${describeEvent(event)}`.trimEnd();
}

/** The plain-language body of an event. */
export function describeEvent(e: TimedEvent): string {
  switch (e.type) {
    case 'pod.started':
      return `${e.pod} ip ${e.ip} on ${e.node}${e.cluster ? ` in ${e.cluster}` : ''}, serviceAccount ${e.serviceAccount}`;
    case 'pod.deleted':
      return `${e.pod} (ip ${e.ip} freed)`;
    case 'container.restarted':
      return `${e.pod} container ${e.container} restarted (restart ${e.restarts}); same pod, ip ${e.ip}`;
    case 'token.mounted':
      return `${e.pod} ${e.path} audience ${e.audience}, expires ${iso(e.expiresAt)}`;
    case 'csr.sent':
      return `${e.pod} CreateCertificate: ${e.keyAlgorithm} key, CSR + token${e.attempt > 1 ? ` (attempt ${e.attempt})` : ''}`;
    case 'csr.retry':
      return `${e.pod} ${e.reason}; retry at ${iso(e.retryAt)}`;
    case 'token.reviewed':
      return e.authenticated
        ? `${e.pod} TokenReview: authenticated as ${e.username}`
        : `${e.pod} TokenReview: NOT authenticated: ${e.error ?? ''}`;
    case 'cert.issued':
      return `${e.pod} ${e.spiffeId} serial ${short(e.serial)} valid ${iso(e.notBefore)} .. ${iso(e.notAfter)}${e.chainLength ? ` (chain of ${e.chainLength}: leaf, intermediate, root)` : ''}`;
    case 'csr.rejected':
      return `${e.pod} ${e.reason}`;
    case 'cert.installed':
      return `${e.pod} serial ${short(e.serial)} in memory (SDS default); renew at ${iso(e.renewAt)}`;
    case 'cert.rotated':
      return `${e.pod} ${short(e.oldSerial)} -> ${short(e.newSerial)} (no downtime)`;
    case 'cert.expired':
      return `${e.pod} serial ${short(e.serial)} EXPIRED`;
    case 'ca.changed':
      return `${e.cluster ? `${e.cluster}: ` : ''}${CA_CHANGES[e.change]} ${e.root} serial ${short(e.serial)}, valid to ${iso(e.notAfter)}`;
    case 'ca.refused':
      return `istiod refuses cacerts ${e.file}: ${e.reason}`;
    case 'istiod.down':
      return 'istiod CA stops answering';
    case 'istiod.up':
      return 'istiod CA answers again';
    case 'apply.ignored':
      return `${e.resource}: not modelled, ignored: ${e.fields.join(', ')}`;
    case 'apply.failed':
      return `${e.resource}: ${e.reason}`;
    case 'policy.warning':
      return `${e.policy} ${e.path}: ${e.message}${e.suggestion ? ` (did you mean ${e.suggestion}?)` : ''}`;
    case 'call':
      return `${e.from} -> ${e.to}: ${e.result.toUpperCase()}${e.status ? ` ${e.status}` : ''}${e.peer ? ` peer ${e.peer}` : ''}${e.policy ? ` by ${e.policy}` : ''}${e.reason ? ` (${e.reason})` : ''}`;
    case 'attack':
      return `${e.kind} ${e.from}${e.to ? ` -> ${e.to}` : ''}: ${e.result.toUpperCase()}${e.spiffeId ? ` ${e.spiffeId}` : ''}${e.peer ? ` peer ${e.peer}` : ''}${e.reason ? ` (${e.reason})` : ''}`;
    case 'expect':
      return `step ${e.step} ${e.ok ? 'OK  ' : 'FAIL'} ${e.message}`;
  }
}

/** The lines the readable log prints under a call: each handshake message, its checks, the decision. */
export function describeCall(record: CallRecord): string[] {
  const lines: string[] = [];
  if (record.mtls) lines.push(`    mTLS mode ${record.mtls.mode}: ${record.mtls.reason}`);
  if (record.transport === 'plaintext')
    lines.push('    plaintext: no TLS, no client certificate, no principal');
  for (const m of record.handshake?.messages ?? []) {
    const arrow = m.from === 'client' ? 'client -> server' : 'server -> client';
    lines.push(
      `    ${String(m.index).padStart(2)} ${arrow}  ${m.type}${m.encrypted ? ' (encrypted)' : ''}`,
    );
    for (const check of m.checks)
      lines.push(`         ${check.ok ? 'ok  ' : 'FAIL'} ${check.name}: ${check.detail}`);
  }
  const naming = record.secureNaming;
  if (naming?.presented)
    lines.push(
      `    secure naming: ${naming.service} is served by ${naming.expected.join(', ') || 'no identity'}; the server presented ${naming.presented}: ${naming.ok ? 'match' : 'NO MATCH'}`,
    );
  if (record.xfcc) lines.push(`    x-forwarded-client-cert: ${record.xfcc}`);
  if (record.decision) lines.push(`    AuthorizationPolicy: ${record.decision.reason}`);
  return lines;
}
