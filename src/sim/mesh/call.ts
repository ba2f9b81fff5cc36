import { readCertificate } from '../../pki/cert-summary';
import {
  exchange,
  type HandshakeFailure,
  type HandshakeResult,
  runHandshake,
  type TlsIdentity,
} from '../../pki/handshake/handshake';
import { principalOf } from '../../pki/spiffe-id';
import type { Pod } from '../cluster';
import { authorize } from '../policy/authorization';
import { effectiveMtlsMode } from '../policy/peer-authentication';
import { trustDomainBundle } from '../policy/trust-domain';
import type { Decision, RequestContext } from '../policy/types';
import { decisionPart, type Why, why } from '../why';
import type { MeshSimulation } from './mesh-simulation';
import { identityOf, meshValidator } from './peer';
import { type SecureNaming, secureNamingFor, withSecureNaming } from './secure-naming';
import { endpointsOf, listServices } from './services';
import type { CallRecord } from './types';

/** What a caller asks for. */
export interface CallRequest {
  from: string;
  to: string;
  method?: string;
  path?: string;
  port?: number;
  headers?: Record<string, string>;
}

/** How the client side behaves: a normal sidecar, or an attacker's variation. */
export interface ClientBehaviour {
  kind: CallRecord['kind'];
  /** Present this identity instead of the caller's own SDS certificate. */
  identity?: TlsIdentity;
  /** Send plaintext even where the sidecar would use mTLS. */
  plaintext?: boolean;
  /** The simulated time at which the server judges the client's certificate. */
  serverValidationAt?: number;
  /** A sentence added to the reason (e.g. when a check ran at another time). */
  note?: string;
  /** The same sentence, structured for the app's languages. */
  noteWhy?: Why;
  /** `ns/pod` whose sidecar answers instead of the destination's own pods (an impostor). */
  answeredBy?: string;
}

/**
 * One request from a pod to another through both sidecars, done for real: the server's
 * PeerAuthentication mode, auto-mTLS on the client, the TLS 1.3-shaped handshake with both
 * chains validated, the peer's principal, the AuthorizationPolicy decision, and the request
 * and response encrypted with the session keys. Emits a `call` (or `attack`) event.
 */
export async function performCall(
  sim: MeshSimulation,
  req: CallRequest,
  behaviour: ClientBehaviour = { kind: 'call' },
): Promise<CallRecord> {
  const record: CallRecord = {
    id: sim.nextCallId(),
    t: sim.now,
    kind: behaviour.kind,
    from: req.from,
    to: req.to,
    request: {
      method: req.method ?? 'GET',
      path: req.path ?? '/',
      port: req.port ?? 8080,
      headers: req.headers ?? {},
    },
    result: 'failed',
  };
  const client = sim.resolvePod(req.from);
  const naming = secureNamingFor(sim, req.to);
  if (naming) record.secureNaming = naming;
  const serverRef = behaviour.answeredBy ?? req.to;
  const server = sim.resolvePod(serverRef) ?? serviceEndpoint(sim, serverRef);
  if (client) record.fromPod = client.key;
  if (server) record.toPod = server.key;
  if (!client || !server) {
    record.reason = `no running pod named ${!client ? req.from : serverRef}`;
    record.why = why('call.noPod', { pod: !client ? req.from : serverRef });
    return finish(sim, record, behaviour);
  }
  if (!record.request.headers.host) {
    const named = sim.resolvePod(req.to) ? undefined : naming?.service.split('/')[1];
    record.request.headers.host = `${named ?? server.deployment ?? server.name}.${server.namespace}.svc.cluster.local`;
  }
  const workload = { namespace: server.namespace, labels: server.labels };
  const mtls = effectiveMtlsMode(
    [...sim.policies.peerAuthentication.values()],
    workload,
    record.request.port,
  );
  record.mtls = mtls;
  // Auto mTLS: the client sidecar sends mTLS unless the server's mode is DISABLE.
  const plaintext = behaviour.plaintext || mtls.mode === 'DISABLE';
  record.transport = plaintext ? 'plaintext' : 'mtls';
  if (plaintext) {
    if (mtls.mode === 'STRICT') {
      record.reason = `plaintext refused: ${mtls.reason}; the server's sidecar accepts only mTLS (connection reset)`;
      record.why = {
        ...why('call.plaintextRefused'),
        mtls: { mode: mtls.mode, ...(mtls.source ? { source: mtls.source } : {}) },
      };
      return finish(sim, record, behaviour);
    }
    const decision = decide(sim, client, server, record, undefined);
    record.response = decision.allowed ? okResponse(server) : denied();
    return finish(sim, record, behaviour);
  }
  return mutualTls(sim, client, server, record, behaviour);
}

async function mutualTls(
  sim: MeshSimulation,
  client: Pod,
  server: Pod,
  record: CallRecord,
  behaviour: ClientBehaviour,
): Promise<CallRecord> {
  const serverIdentity = identityOf(sim.proxies.get(server.key));
  const clientIdentity = behaviour.identity ?? identityOf(sim.proxies.get(client.key));
  if (!serverIdentity) {
    record.reason = `${server.key} has no certificate yet: its sidecar cannot accept mTLS`;
    record.why = why('call.serverNoCert', { pod: server.key });
    return finish(sim, record, behaviour);
  }
  if (!clientIdentity) {
    record.reason = `${client.key} has no certificate yet: its sidecar cannot originate mTLS`;
    record.why = why('call.clientNoCert', { pod: client.key });
    return finish(sim, record, behaviour);
  }
  const naming = record.secureNaming;
  const clientOwn = meshValidator(sim, sim.proxies.get(client.key));
  const clientValidator = naming ? withSecureNaming(clientOwn, naming) : clientOwn;
  const handshake: HandshakeResult = await runHandshake({
    client: { identity: clientIdentity, validatePeer: clientValidator },
    server: {
      identity: serverIdentity,
      validatePeer: meshValidator(sim, sim.proxies.get(server.key), behaviour.serverValidationAt),
      requireClientCert: true,
    },
  });
  record.handshake = {
    ok: handshake.ok,
    messages: handshake.messages,
    ...(handshake.failure ? { failure: handshake.failure } : {}),
    ...(handshake.serverPeerId ? { serverPeerId: handshake.serverPeerId } : {}),
    ...(handshake.clientPeerId ? { clientPeerId: handshake.clientPeerId } : {}),
  };
  if (!handshake.ok || !handshake.session) {
    const f = handshake.failure;
    record.reason = f
      ? `TLS handshake failed at ${f.at} (${f.side} sent ${f.alert}): ${f.reason}`
      : 'TLS handshake failed';
    const rejected = f?.side === 'server' ? clientIdentity : serverIdentity;
    record.why = handshakeWhy(f, naming, f?.at === 'Certificate' ? rejected.chain[0] : undefined);
    return finish(sim, record, behaviour);
  }
  const peer = handshake.serverPeerId ? principalOf(handshake.serverPeerId) : undefined;
  if (peer) record.peer = peer;
  const exchanged = await exchange(handshake.session, { ...record.request }, async (received) => {
    record.xfcc = received.headers['x-forwarded-client-cert'];
    const decision = decide(sim, client, server, record, peer);
    return decision.allowed ? okResponse(server) : denied();
  });
  record.handshake.messages = [...handshake.messages, ...exchanged.messages];
  record.response = { status: exchanged.status, body: exchanged.body };
  return finish(sim, record, behaviour);
}

/** A failed handshake: where it stopped, and the secure-naming verdict when that was the cause. */
function handshakeWhy(
  f: HandshakeFailure | undefined,
  naming: SecureNaming | undefined,
  rejectedLeaf: Uint8Array | undefined,
): Why {
  const out: Why = why('call.handshakeFailed');
  if (!f) return out;
  out.failure = { at: f.at, side: f.side, alert: f.alert, code: f.code };
  if (f.code === 'san-mismatch' && naming?.presented) {
    out.secureNaming = {
      service: naming.service,
      presented: naming.presented,
      expected: naming.expected,
    };
  } else if (rejectedLeaf) {
    const presented = uriSansOf(rejectedLeaf);
    if (presented) out.params.presented = presented;
  }
  return out;
}

/** The URI SANs of the certificate one side refused, as the English reason names them. */
function uriSansOf(leaf: Uint8Array): string {
  try {
    return readCertificate(leaf).uriSans.join(', ');
  } catch {
    return '';
  }
}

/** The first pod behind a Service named `ref`, for calls addressed to a Service by its name. */
function serviceEndpoint(sim: MeshSimulation, ref: string): Pod | undefined {
  const service = listServices(sim).find((s) => `${s.namespace}/${s.name}` === ref);
  return service ? endpointsOf(sim, service)[0] : undefined;
}

/** The server sidecar's RBAC filter: AuthorizationPolicy on the request as it arrived. */
function decide(
  sim: MeshSimulation,
  client: Pod,
  server: Pod,
  record: CallRecord,
  principal: string | undefined,
): Decision {
  const ctx: RequestContext = {
    destination: {
      namespace: server.namespace,
      labels: server.labels,
      port: record.request.port,
      ip: server.ip,
    },
    source: {
      ip: client.ip,
      ...(principal ? { principal, namespace: principal.split('/')[2] } : {}),
    },
    request: {
      method: record.request.method,
      path: record.request.path,
      headers: record.request.headers,
    },
    trustDomains: trustDomainBundle(sim.planeOf(server).config),
  };
  const decision = authorize([...sim.policies.authorization.values()], ctx);
  record.decision = decision;
  if (decision.policy) record.policy = decision.policy;
  return decision;
}

function okResponse(server: Pod): { status: number; body: string } {
  return { status: 200, body: `hello from ${server.deployment ?? server.name}` };
}

function denied(): { status: number; body: string } {
  return { status: 403, body: 'RBAC: access denied' };
}

function finish(sim: MeshSimulation, record: CallRecord, behaviour: ClientBehaviour): CallRecord {
  if (record.response) {
    record.status = record.response.status;
    record.result = record.response.status === 403 ? 'denied' : 'allowed';
    if (record.result === 'denied') {
      record.reason = `HTTP 403 RBAC: access denied: ${record.decision?.reason ?? ''}`.trim();
      record.why = {
        ...why('call.denied'),
        ...(record.decision ? { decision: decisionPart(record.decision) } : {}),
      };
    }
  }
  if (behaviour.note)
    record.reason = record.reason ? `${record.reason} (${behaviour.note})` : behaviour.note;
  if (behaviour.noteWhy) {
    if (record.why) record.why.note = behaviour.noteWhy;
    else record.why = behaviour.noteWhy;
  }
  sim.recordCall(record);
  const common = {
    from: record.from,
    to: record.to,
    result: record.result,
    ...(record.reason ? { reason: record.reason } : {}),
    ...(record.why ? { why: record.why } : {}),
    ...(record.peer ? { peer: record.peer } : {}),
  };
  if (record.kind === 'call') {
    sim.emit({
      type: 'call',
      ...common,
      ...(record.policy ? { policy: record.policy } : {}),
      ...(record.status ? { status: record.status } : {}),
    });
  } else {
    sim.emit({ type: 'attack', kind: record.kind, ...common });
  }
  return record;
}
