import type { KeyAlgorithm } from '../pki/keys';

/** The `mesh:` block of a scenario, with durations in milliseconds and the start as epoch ms. */
export interface MeshConfig {
  trustDomain: string;
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
}

const HOUR = 3_600_000;

/** The lesson's defaults (SCENARIO-FORMAT.md). */
export const LESSON_DEFAULTS: MeshConfig = {
  trustDomain: 'cluster.local',
  certTtlMs: 24 * HOUR,
  renewAt: 0.75,
  renewJitter: 0,
  keyAlgorithm: 'ECDSA_P256',
  rootKeyAlgorithm: 'ECDSA_P256',
  rootCertTtlMs: 87_600 * HOUR,
  tokenTtlMs: 12 * HOUR,
  start: Date.parse('2025-12-10T00:00:00Z'),
  seed: 1,
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
