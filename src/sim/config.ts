import type { KeyAlgorithm } from '../pki/keys';

/** A deliberate fault in generated `cacerts`, to see istiod refuse it. */
export const CACERTS_FLAWS = ['not-signed-by-root', 'key-mismatch', 'expired', 'not-a-ca'] as const;
export type CacertsFlaw = (typeof CACERTS_FLAWS)[number];

/** `mesh.ca`: where istiod's signing key comes from. */
export interface CaConfig {
  /**
   * self-signed: istiod makes its own root (`istio-ca-secret`). plugged-in: an offline root
   * signs an intermediate, which the operator hands istiod as the `cacerts` secret.
   */
  mode: 'self-signed' | 'plugged-in';
  /**
   * Self-signed only: how often istiod checks its root, 0 for never. Istio checks hourly
   * (CITADEL_SELF_SIGNED_ROOT_CERT_CHECK_INTERVAL); svid-lab defaults to 0 so a root can be
   * watched running out.
   */
  rootCheckIntervalMs: number;
  /** Plugged-in: the offline root's name (its CN). */
  rootName: string;
  intermediateKeyAlgorithm: KeyAlgorithm;
  intermediateTtlMs: number;
  flaw?: CacertsFlaw;
}

/**
 * One cluster of a multi-primary mesh (`mesh.clusters`): its own kube-apiserver and istiod, with
 * its own trust domain and CA. Every other setting is the mesh's.
 */
export interface ClusterConfig {
  /** The cluster's name, as `topology.istio.io/cluster` on its pods. */
  name: string;
  trustDomain: string;
  trustDomainAliases: string[];
  ca: CaConfig;
}

/** The `mesh:` block of a scenario, with durations in milliseconds and the start as epoch ms. */
export interface MeshConfig {
  trustDomain: string;
  /**
   * Other trust domains this mesh treats as its own (MeshConfig.trustDomainAliases): peers in them
   * are accepted and policies naming them match (sim/policy/trust-domain.ts).
   */
  trustDomainAliases: string[];
  certTtlMs: number;
  /** Fraction of the lifetime after which the proxy renews (lesson 0.75; Istio 0.5). */
  renewAt: number;
  /** +/- fraction of the lifetime drawn from the PRNG (Istio 0.01). */
  renewJitter: number;
  keyAlgorithm: KeyAlgorithm;
  rootKeyAlgorithm: KeyAlgorithm;
  rootCertTtlMs: number;
  tokenTtlMs: number;
  start: number;
  seed: number;
  ca: CaConfig;
  /**
   * The clusters of a multi-cluster mesh, the first being where pods without a
   * `topology.istio.io/cluster` label run. Empty: one cluster, configured by the keys above.
   */
  clusters: ClusterConfig[];
}

/** The label that places a pod in one of `mesh.clusters` (Istio's injector sets it from the cluster's name). */
export const CLUSTER_LABEL = 'topology.istio.io/cluster';

const HOUR = 3_600_000;

/** The lesson's defaults (SCENARIO-FORMAT.md). */
export const LESSON_DEFAULTS: MeshConfig = {
  trustDomain: 'cluster.local',
  trustDomainAliases: [],
  certTtlMs: 24 * HOUR,
  renewAt: 0.75,
  renewJitter: 0,
  keyAlgorithm: 'ECDSA_P256',
  rootKeyAlgorithm: 'ECDSA_P256',
  rootCertTtlMs: 87_600 * HOUR,
  tokenTtlMs: 12 * HOUR,
  start: Date.parse('2025-12-10T00:00:00Z'),
  seed: 1,
  ca: {
    mode: 'self-signed',
    rootCheckIntervalMs: 0,
    rootName: 'root-1',
    intermediateKeyAlgorithm: 'ECDSA_P256',
    intermediateTtlMs: 8_760 * HOUR,
  },
  clusters: [],
};

/**
 * Real Istio's defaults: rotation at SECRET_GRACE_PERIOD_RATIO 0.5 +/- 0.01 of the lifetime
 * and RSA 2048 keys (ISTIO-FACTS.md).
 */
export const REAL_ISTIO_DEFAULTS: MeshConfig = {
  ...LESSON_DEFAULTS,
  renewAt: 0.5,
  renewJitter: 0.01,
  keyAlgorithm: 'RSA_2048',
  rootKeyAlgorithm: 'RSA_2048',
};

/** Retry backoff after a failed CSR: 1 s doubling, capped at 5 simulated minutes. */
export const CSR_RETRY_INITIAL_MS = 1_000;
export const CSR_RETRY_MAX_MS = 5 * 60_000;
/** Once the root has expired no retry can succeed: the backoff keeps doubling up to a day. */
export const CSR_RETRY_ROOT_EXPIRED_MAX_MS = 24 * HOUR;
/** The kubelet refreshes a projected token once 80% of its lifetime has passed. */
export const TOKEN_REFRESH_FRACTION = 0.8;
/**
 * A self-signed root is re-issued, with the same key, once this fraction of its life is left
 * (CITADEL_SELF_SIGNED_ROOT_CERT_GRACE_PERIOD_PERCENTILE, 20).
 */
export const ROOT_GRACE_PERIOD_FRACTION = 0.2;
/** Istio's check interval for the self-signed root (CITADEL_SELF_SIGNED_ROOT_CERT_CHECK_INTERVAL). */
export const ISTIO_ROOT_CHECK_INTERVAL_MS = HOUR;
