/**
 * pilot-agent's side of CreateCertificate, as its citadel client sends it
 * (security/pkg/nodeagent/caclient/providers/citadel/client.go `CSRSign`): the requested
 * lifetime in whole seconds (SECRET_TTL, 24h = 86400), not the certificate's notAfter - notBefore
 * (which also holds istiod's 2-minute backdating), and a metadata struct naming the cert signer.
 */
export interface CreateCertificateRequest {
  /** gRPC metadata: the bearer token (per-RPC credentials) and the cluster's ID. */
  headers: { authorization: string; ClusterID: string };
  body: { csr: string; validity_duration: number; metadata: { CertSigner: string } };
}

/** pilot-agent's default cluster ID (CLUSTER_ID), and no cert signer unless one is configured. */
export const DEFAULT_CLUSTER_ID = 'Kubernetes';

export function createCertificateRequest(
  csrPem: string,
  token: string,
  certTtlMs: number,
  certSigner = '',
): CreateCertificateRequest {
  return {
    headers: { authorization: `Bearer ${token}`, ClusterID: DEFAULT_CLUSTER_ID },
    body: {
      csr: csrPem,
      validity_duration: Math.floor(certTtlMs / 1000),
      metadata: { CertSigner: certSigner },
    },
  };
}

/**
 * Istio's retry of a failed CA call (security/pkg/nodeagent/caclient/retry.go): at most 5
 * retries, exponential backoff from 100 ms with 10% jitter (100 ms -> 1.6 s), on gRPC codes
 * Canceled, DeadlineExceeded, ResourceExhausted, Aborted, Internal, Unavailable. The simulator
 * waits longer (1 s doubling to 5 min, config.ts) so an outage is visible on its clock.
 */
export const ISTIO_CA_RETRY = {
  maxRetries: 5,
  initialBackoffMs: 100,
  jitter: 0.1,
  codes: [
    'Canceled',
    'DeadlineExceeded',
    'ResourceExhausted',
    'Aborted',
    'Internal',
    'Unavailable',
  ],
} as const;

/** The backoff before retry `n` (1-based) without jitter, as go-grpc-middleware computes it. */
export function istioRetryBackoffMs(n: number): number {
  return ISTIO_CA_RETRY.initialBackoffMs * 2 ** (n - 1);
}
