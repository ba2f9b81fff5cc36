/**
 * The mesh's trust domain bundle: `trustDomain` first, then `trustDomainAliases` (MeshConfig).
 * Two places in Istio read it, and svid-lab follows both:
 *
 * - inbound mTLS accepts a peer whose SPIFFE ID is in any domain of the bundle, and no other
 *   (pilot/pkg/security/authn/utils.go TrustDomainsForValidation: trust domain + aliases, turned
 *   into `spiffe://<td>/` URI SAN prefix matchers);
 * - AuthorizationPolicy principals are rewritten before they reach Envoy RBAC
 *   (pilot/pkg/security/trustdomain/bundle.go ReplaceTrustDomainAliases): a principal whose
 *   trust domain is in the bundle, or is `cluster.local` (a pointer to the local trust domain),
 *   becomes one principal per domain of the bundle; any other principal stays as written, and so
 *   does one whose trust domain is `*` or that is not `<td>/ns/<ns>/sa/<sa>`.
 */
import type { MeshConfig } from '../config';

/** `cluster.local`, which a policy may use for "this mesh's trust domain" (constants.DefaultClusterLocalDomain). */
const CLUSTER_LOCAL = 'cluster.local';

export function trustDomainBundle(
  config: Pick<MeshConfig, 'trustDomain' | 'trustDomainAliases'>,
): string[] {
  return [...new Set([config.trustDomain, ...config.trustDomainAliases])];
}

/** bundle.go ReplaceTrustDomainAliases, for exact trust domains (svid-lab matches no `*-td` prefix). */
export function expandPrincipals(
  bundle: readonly string[],
  principals: readonly string[],
): string[] {
  const out: string[] = [];
  for (const principal of principals) {
    const parts = principal.split('/');
    const td = parts[0] ?? '';
    if (parts.length !== 5 || td === '*' || td.includes('*')) {
      out.push(principal);
    } else if (bundle.includes(td) || td === CLUSTER_LOCAL) {
      for (const domain of bundle) {
        const rewritten = [domain, ...parts.slice(1)].join('/');
        if (!out.includes(rewritten)) out.push(rewritten);
      }
    } else {
      out.push(principal);
    }
  }
  return out;
}
