import type { PeerCheck, PeerValidator, TlsIdentity } from '../../pki/handshake/handshake';
import { checkSvidShape, validateX509Svid } from '../../pki/x509-svid';
import { trustDomainBundle } from '../policy/trust-domain';
import type { IstioProxy } from '../proxy';
import type { Simulation } from '../simulation';

/**
 * How a sidecar judges the peer's chain: RFC 5280 path validation to the roots of its own SDS
 * `ROOTCA` (what it holds, which lags istiod's bundle until it renews) at the simulated time,
 * and the peer's SPIFFE ID must be in its cluster's trust domain or one of its aliases
 * (TrustDomainsForValidation, sim/policy/trust-domain.ts).
 */
export function meshValidator(
  sim: Simulation,
  self: IstioProxy | undefined,
  at = sim.now,
): PeerValidator {
  const { config } = sim.planeOf(self?.pod);
  const accepted = trustDomainBundle(config);
  return async (chain): Promise<PeerCheck> => {
    const shape = accepted.length > 1 ? checkSvidShape(chain) : undefined;
    const trustDomain =
      shape?.ok && accepted.includes(shape.trustDomain) ? shape.trustDomain : config.trustDomain;
    const check = await validateX509Svid(chain, [...(self?.trustBundle ?? [])], {
      at: new Date(at),
      trustDomain,
    });
    return check.ok
      ? { ok: true, spiffeId: check.spiffeId }
      : { ok: false, code: check.code, error: check.error };
  };
}

/** The SDS `default` secret of a proxy as a TLS identity (the certificate it presents). */
export function identityOf(proxy: IstioProxy | undefined): TlsIdentity | undefined {
  const cert = proxy?.current;
  if (!cert) return undefined;
  return { chain: cert.chain, algorithm: cert.keys.algorithm, privateKey: cert.keys.privateKey };
}
