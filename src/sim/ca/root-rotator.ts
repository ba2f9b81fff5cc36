import { createRootCa } from '../../pki/ca';
import { type MeshConfig, ROOT_GRACE_PERIOD_FRACTION } from '../config';
import type { SimEvent } from '../events';
import type { Istiod } from '../istiod';
import type { Rng } from '../rng';
import type { Scheduler } from '../scheduler';

interface RotatorContext {
  scheduler: Scheduler;
  istiod: Istiod;
  config: MeshConfig;
  rng: Rng;
  emit(event: SimEvent): void;
}

/**
 * The self-signed root's renewal, after istio security/pkg/pki/ca/selfsignedcarootcertrotator.go:
 * every check interval (CITADEL_SELF_SIGNED_ROOT_CERT_CHECK_INTERVAL, 1h) istiod looks at its
 * root; once no more than 20% of its life is left
 * (CITADEL_SELF_SIGNED_ROOT_CERT_GRACE_PERIOD_PERCENTILE) it re-issues the root from the
 * *existing key* (GenRootCertFromExistingKey) and writes it to `istio-ca-secret` and the
 * `istio-ca-root-cert` ConfigMap. Same key and subject: leaves signed before still verify
 * against the new root, so nothing breaks while proxies pick the new root up as they renew.
 */
export function startRootRotator(ctx: RotatorContext): void {
  const interval = ctx.config.ca.rootCheckIntervalMs;
  const tick = (): void => {
    ctx.scheduler.after(interval, 'istiod: root check', async () => {
      await checkRoot(ctx);
      tick();
    });
  };
  tick();
}

async function checkRoot(ctx: RotatorContext): Promise<void> {
  const { istiod, scheduler, config } = ctx;
  const root = istiod.signer;
  const now = scheduler.now;
  const lifetime = root.notAfter - root.notBefore;
  if (istiod.mode !== 'self-signed' || root.notAfter - now > lifetime * ROOT_GRACE_PERIOD_FRACTION)
    return;
  const renewed = await createRootCa({
    trustDomain: root.trustDomain,
    algorithm: root.keyAlgorithm,
    notBefore: now,
    ttlMs: config.rootCertTtlMs,
    serial: ctx.rng.bytes(16),
    keys: root.keys,
  });
  istiod.replace({
    signer: renewed,
    certChain: [renewed.certDer],
    rootCerts: [renewed.certDer],
  });
  ctx.emit({
    type: 'ca.changed',
    change: 'root-renewed',
    root: 'self-signed',
    serial: renewed.serialHex,
    notAfter: renewed.notAfter,
  });
}
