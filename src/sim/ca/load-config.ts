import { CACERTS_FLAWS, type CaConfig, type CacertsFlaw, type MeshConfig } from '../config';
import { formatDuration, parseDuration } from '../duration';
import { LATEST_TIME } from '../limits';
import { isRecord } from '../manifests';
import { FieldError, onlyKeys, shown } from '../scenario/fields';

const SELF_SIGNED_KEYS = ['mode', 'rootCheckInterval'];
const PLUGGED_IN_KEYS = ['mode', 'root', 'intermediateTTL', 'intermediateKeyAlgorithm', 'flaw'];
const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function duration(raw: unknown, path: (string | number)[], min: number): number {
  let ms: number;
  try {
    ms = parseDuration(String(raw));
  } catch (error) {
    throw new FieldError(path, (error as Error).message);
  }
  if (ms < min) throw new FieldError(path, `${shown(raw)} is shorter than ${formatDuration(min)}`);
  return ms;
}

/** `mesh.ca` (SCENARIO-FORMAT.md): self-signed by default, or a plugged-in `cacerts`. */
export function readCa(
  value: unknown,
  mesh: MeshConfig,
  at: (string | number)[] = ['mesh', 'ca'],
): CaConfig {
  const ca: CaConfig = { ...mesh.ca };
  if (value === undefined) return ca;
  if (!isRecord(value)) throw new FieldError(at, 'expected {mode: self-signed | plugged-in, ...}');
  if (value.mode !== 'self-signed' && value.mode !== 'plugged-in') {
    throw new FieldError(
      [...at, 'mode'],
      `expected self-signed or plugged-in, got ${shown(value.mode)}`,
    );
  }
  ca.mode = value.mode;
  if (ca.mode === 'self-signed') {
    onlyKeys(value, SELF_SIGNED_KEYS, at);
    if (value.rootCheckInterval !== undefined) {
      ca.rootCheckIntervalMs = duration(
        value.rootCheckInterval,
        [...at, 'rootCheckInterval'],
        60_000,
      );
    }
    return ca;
  }
  onlyKeys(value, PLUGGED_IN_KEYS, at);
  if (value.root !== undefined) {
    if (typeof value.root !== 'string' || !NAME.test(value.root)) {
      throw new FieldError(
        [...at, 'root'],
        `expected a root name like root-1, got ${shown(value.root)}`,
      );
    }
    ca.rootName = value.root;
  }
  if (value.intermediateTTL !== undefined) {
    ca.intermediateTtlMs = duration(value.intermediateTTL, [...at, 'intermediateTTL'], 60_000);
    if (mesh.start + ca.intermediateTtlMs > LATEST_TIME) {
      throw new FieldError(
        [...at, 'intermediateTTL'],
        `${shown(value.intermediateTTL)} runs past ${new Date(LATEST_TIME).toISOString()}`,
      );
    }
  }
  const alg = value.intermediateKeyAlgorithm;
  if (alg !== undefined) {
    if (alg !== 'ECDSA_P256' && alg !== 'RSA_2048') {
      throw new FieldError(
        [...at, 'intermediateKeyAlgorithm'],
        `expected ECDSA_P256 or RSA_2048, got ${shown(alg)}`,
      );
    }
    ca.intermediateKeyAlgorithm = alg;
  }
  if (value.flaw !== undefined) {
    if (!CACERTS_FLAWS.includes(value.flaw as CacertsFlaw)) {
      throw new FieldError(
        [...at, 'flaw'],
        `expected one of ${CACERTS_FLAWS.join(', ')}, got ${shown(value.flaw)}`,
      );
    }
    ca.flaw = value.flaw as CacertsFlaw;
  }
  return ca;
}
