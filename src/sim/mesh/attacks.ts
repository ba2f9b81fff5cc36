import { createCsr } from '../../pki/csr';
import { generateKeyPair } from '../../pki/keys';
import { buildSpiffeId } from '../../pki/spiffe-id';
import type { IssuedToken } from '../apiserver';
import type { AttackSpec } from '../scenario/types';
import type { ClusterPlane } from '../simulation';
import { type Why, why } from '../why';
import { performCall } from './call';
import { foreignSvid, forgeSelfSigned } from './forge';
import type { MeshSimulation } from './mesh-simulation';
import type { CallRecord } from './types';

/** The outcome of an attack, as the `attack` event reports it. */
export interface AttackOutcome {
  result: 'allowed' | 'denied' | 'failed' | 'issued' | 'rejected';
  reason?: string;
  /** The reason, structured, for the app's languages. */
  why?: Why;
  spiffeId?: string;
  peer?: string;
  /** A connection attack's call, handshake and all, for the handshake view. */
  record?: CallRecord;
}

/** The audience of an ordinary API token: not `istio-ca`. */
const API_AUDIENCE = 'https://kubernetes.default.svc.cluster.local';
const FOREIGN_TRUST_DOMAIN = 'evil.example';

/**
 * Runs one attack with real keys and real checks: the connection attacks end like a call,
 * the issuance attacks go to istiod's CreateCertificate with a real token and CSR.
 */
export async function performAttack(sim: MeshSimulation, spec: AttackSpec): Promise<AttackOutcome> {
  const attacker = sim.resolvePod(spec.from);
  if (!attacker)
    return report(sim, spec, {
      result: spec.to ? 'failed' : 'rejected',
      reason: `no running pod named ${spec.from}`,
      why: why('call.noPod', { pod: spec.from }),
    });
  // The attacker's cluster: its istiod is the one a CSR reaches, its apiserver signs its tokens.
  const own = sim.planeOf(attacker);
  const request = {
    from: spec.from,
    to: spec.to ?? '',
    method: spec.method,
    path: spec.path,
    port: spec.port,
  };
  switch (spec.kind) {
    case 'forged-cert': {
      const [ns, sa] = spec.as!.split('/') as [string, string];
      // The forger claims the identity in the trust domain of the pod it calls.
      const target = sim.planeOf(spec.to ? sim.resolvePod(spec.to) : undefined);
      const identity = await forgeSelfSigned(
        buildSpiffeId(target.config.trustDomain, ns, sa),
        sim.now,
        sim.rng,
      );
      return fromCall(await performCall(sim, request, { kind: spec.kind, identity }));
    }
    case 'foreign-trust-domain': {
      const identity = await foreignSvid(
        FOREIGN_TRUST_DOMAIN,
        attacker.namespace,
        attacker.serviceAccount,
        sim.now,
        sim.rng,
      );
      return fromCall(await performCall(sim, request, { kind: spec.kind, identity }));
    }
    case 'expired-cert': {
      const cert = sim.proxies.get(attacker.key)?.current;
      if (!cert)
        return report(sim, spec, {
          result: 'failed',
          reason: `${attacker.key} has no certificate to replay`,
          why: why('attack.noCertToReplay', { pod: attacker.key }),
        });
      const at = Math.max(sim.now, cert.notAfter + 1000);
      const later = at > sim.now ? new Date(at).toISOString() : undefined;
      const note = later ? `the server judged it at ${later}, after its notAfter` : undefined;
      return fromCall(
        await performCall(sim, request, {
          kind: spec.kind,
          serverValidationAt: at,
          ...(note && later ? { note, noteWhy: why('note.judgedLater', { at: later }) } : {}),
        }),
      );
    }
    case 'plaintext':
      return fromCall(await performCall(sim, request, { kind: spec.kind, plaintext: true }));
    case 'impersonated-server': {
      const impostor = sim.resolvePod(spec.impostor!);
      if (!impostor)
        return report(sim, spec, {
          result: 'failed',
          reason: `no running pod named ${spec.impostor}`,
          why: why('call.noPod', { pod: spec.impostor ?? '' }),
        });
      return fromCall(
        await performCall(sim, request, {
          kind: spec.kind,
          answeredBy: impostor.key,
          note: `${impostor.key} answered for ${spec.to} with its own valid SVID`,
          noteWhy: why('note.impostor', { impostor: impostor.key, service: spec.to ?? '' }),
        }),
      );
    }
    case 'csr-other-identity': {
      const [ns, sa] = spec.as!.split('/') as [string, string];
      const token = sim.proxies.get(attacker.key)?.token;
      return issue(sim, own, spec, token?.token, buildSpiffeId(own.config.trustDomain, ns, sa));
    }
    case 'stolen-token': {
      const victim = sim.resolvePod(spec.victim!);
      const token = victim && sim.proxies.get(victim.key)?.token;
      if (!token)
        return report(sim, spec, {
          result: 'rejected',
          reason: `${spec.victim} is not running: there is no live token to steal`,
          why: why('attack.victimNotRunning', { pod: spec.victim ?? '' }),
        });
      return issue(sim, own, spec, token.token);
    }
    case 'replayed-token': {
      const token = sim.retiredTokens.get(spec.victim!);
      if (!token)
        return report(sim, spec, {
          result: 'rejected',
          reason: `no token of a deleted or recreated pod ${spec.victim} to replay`,
          why: why('attack.noRetiredToken', { pod: spec.victim ?? '' }),
        });
      return issue(sim, own, spec, token.token);
    }
    case 'wrong-audience-token': {
      const token: IssuedToken = await own.apiserver.issueToken(attacker, {
        audience: API_AUDIENCE,
        ttlMs: 3_600_000,
        now: sim.now,
        serviceAccountUid:
          sim.cluster.serviceAccounts.get(`${attacker.namespace}/${attacker.serviceAccount}`)
            ?.uid ?? '',
        jti: sim.cluster.newUid(),
      });
      return issue(sim, own, spec, token.token);
    }
  }
}

/** CreateCertificate with the given bearer token and a fresh key and CSR (SAN `requestedId`). */
async function issue(
  sim: MeshSimulation,
  { istiod, apiserver, config }: ClusterPlane,
  spec: AttackSpec,
  token: string | undefined,
  requestedId?: string,
): Promise<AttackOutcome> {
  if (!istiod.up)
    return report(sim, spec, {
      result: 'rejected',
      reason: 'istiod is unreachable',
      why: why('csr.istiodUnreachable'),
    });
  const keys = await generateKeyPair(config.keyAlgorithm);
  const csr = await createCsr(keys, { uriSans: requestedId ? [requestedId] : [] });
  const auth = await istiod.authenticate(token, {
    apiserver,
    cluster: sim.cluster,
    now: sim.now,
  });
  if (!auth.ok)
    return report(sim, spec, { result: 'rejected', reason: auth.reason, why: auth.why });
  const signed = await istiod.sign(csr, auth.caller, {
    ttlMs: config.certTtlMs,
    now: sim.now,
  });
  if (!signed.ok)
    return report(sim, spec, { result: 'rejected', reason: signed.reason, why: signed.why });
  const overridden = requestedId && requestedId !== signed.spiffeId ? requestedId : undefined;
  const ignored = overridden
    ? `; the CSR asked for ${overridden}, istiod ignored it and used the token's identity`
    : '';
  const user = auth.review.user?.username ?? '';
  return report(sim, spec, {
    result: 'issued',
    spiffeId: signed.spiffeId,
    reason: `TokenReview authenticated ${auth.review.user?.username}${ignored}`,
    why: overridden
      ? why('attack.issuedIgnoringSan', { user, requested: overridden, issued: signed.spiffeId })
      : why('attack.issued', { user, issued: signed.spiffeId }),
  });
}

function fromCall(record: CallRecord): AttackOutcome {
  return {
    result: record.result,
    ...(record.reason ? { reason: record.reason } : {}),
    ...(record.why ? { why: record.why } : {}),
    ...(record.peer ? { peer: record.peer } : {}),
    record,
  };
}

function report(sim: MeshSimulation, spec: AttackSpec, outcome: AttackOutcome): AttackOutcome {
  sim.emit({
    type: 'attack',
    kind: spec.kind,
    from: spec.from,
    ...(spec.to ? { to: spec.to } : {}),
    ...outcome,
  });
  return outcome;
}
