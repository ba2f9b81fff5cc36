import type { PeerValidator } from '../../pki/handshake/handshake';
import type { Simulation } from '../simulation';
import { destinationService, serviceIdentities } from './services';

/** The client's view of who may answer for the service it called. */
export interface SecureNaming {
  /** `ns/name` of the destination Service. */
  service: string;
  /** The SPIFFE IDs allowed to serve it (its endpoints' ServiceAccounts). */
  expected: string[];
  /** The SPIFFE ID the server presented, once the chain validated. */
  presented?: string;
  ok?: boolean;
}

/**
 * Secure naming, as pilot configures the client sidecar: the destination Service's endpoint
 * ServiceAccounts become the SAN match of its upstream TLS validation context. Undefined when
 * the call names no Service (then only the chain and trust domain are checked).
 */
export function secureNamingFor(sim: Simulation, ref: string): SecureNaming | undefined {
  const service = destinationService(sim, ref);
  if (!service) return undefined;
  return {
    service: `${service.namespace}/${service.name}`,
    expected: serviceIdentities(sim, service),
  };
}

/**
 * Wraps the client's chain validation with the SAN match: a server whose valid SVID names an
 * identity outside `naming.expected` is refused. Records what was presented and the verdict.
 */
export function withSecureNaming(validate: PeerValidator, naming: SecureNaming): PeerValidator {
  return async (chain) => {
    const check = await validate(chain);
    if (!check.ok) return check;
    naming.presented = check.spiffeId;
    naming.ok = naming.expected.includes(check.spiffeId);
    if (naming.ok) return check;
    const expected =
      naming.expected.length > 0 ? naming.expected.join(', ') : 'none (no endpoints)';
    return {
      ok: false,
      code: 'san-mismatch',
      error: `secure naming: the server presented ${check.spiffeId}, which is not an identity of service ${naming.service} (expected ${expected})`,
    };
  };
}
