import type { PodView } from '../../sim/snapshot';

/** The certificate's state for the gauge: how much life is left and which band it is in. */
export interface GaugeState {
  band: 'none' | 'ok' | 'renew' | 'expired' | 'retrying';
  /** Remaining fraction of the lifetime counted from installation (0-1). */
  remaining: number;
  /** Where the renewal notch sits, as a remaining fraction. */
  notch: number;
  leftMs: number;
}

/** Computes the gauge from a pod's certificate at simulated time `now`. */
export function gaugeState(pod: PodView, now: number): GaugeState {
  const cert = pod.cert;
  if (!cert) return { band: 'none', remaining: 0, notch: 0, leftMs: 0 };
  const life = Math.max(1, cert.notAfter - cert.installedAt);
  const leftMs = cert.notAfter - now;
  const remaining = Math.min(1, Math.max(0, leftMs / life));
  const notch = Math.min(1, Math.max(0, (cert.notAfter - cert.renewAt) / life));
  const band =
    leftMs < 0 || pod.stage === 'expired'
      ? 'expired'
      : pod.stage === 'retrying'
        ? 'retrying'
        : now >= cert.renewAt
          ? 'renew'
          : 'ok';
  return { band, remaining, notch, leftMs };
}
