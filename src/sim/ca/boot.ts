import type { MeshConfig } from '../config';
import { Istiod } from '../istiod';
import type { Rng } from '../rng';
import { OfflineCa, type OfflineRoots } from './offline-ca';

/**
 * istiod's CA at the mesh's start: a self-signed root, or a plugged-in `cacerts` made by the
 * operator's offline root, which istiod checks before it starts (CacertsError when bad).
 */
export async function bootCa(
  config: MeshConfig,
  rng: Rng,
  roots?: OfflineRoots,
): Promise<{ istiod: Istiod; offlineCa?: OfflineCa }> {
  if (config.ca.mode === 'self-signed') {
    const istiod = await Istiod.create({
      trustDomain: config.trustDomain,
      rootKeyAlgorithm: config.rootKeyAlgorithm,
      rootTtlMs: config.rootCertTtlMs,
      now: config.start,
      rng,
    });
    return { istiod };
  }
  const offlineCa = new OfflineCa(config, rng, roots);
  const cacerts = await offlineCa.initial(config.start);
  const istiod = await Istiod.plugged({
    trustDomain: config.trustDomain,
    cacerts,
    now: config.start,
    rng,
  });
  return { istiod, offlineCa };
}
