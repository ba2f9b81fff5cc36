/**
 * The sizes svid-lab accepts, stated once: the scenario loader, the engine, the command line
 * and the app check them before the work starts, so nothing a user types, pastes or opens can
 * run the machine out of time or memory. README.md ("Limits") lists them for people.
 */
export const LIMITS = {
  /** A scenario file, in bytes (UTF-8). */
  scenarioBytes: 1_000_000,
  /** Steps as written, counting those inside `repeat`. */
  steps: 10_000,
  /** Steps as run: a `repeat` counts its steps once per round. */
  stepsRun: 200_000,
  /** Pods alive in the mesh at once (1,000 pods run a simulated day in ~30 s at ~200 MB). */
  pods: 1_000,
  /** Replicas of one Deployment, by `apply` or `scale`. */
  replicas: 500,
  /** An AuthorizationPolicy or PeerAuthentication in the editor or a file. */
  policyBytes: 64_000,
  policyLines: 2_000,
  policyRules: 200,
  /** Certificates read from one `istioctl proxy-config secret -o json` paste. */
  importCertificates: 100,
  importBytes: 2_000_000,
  /** A scenario's `description` and a step's `note`, in characters. */
  descriptionChars: 2_000,
  noteChars: 500,
  /** Total simulated time of the steps (`wait`, repeats included): 100 years. */
  simulatedMs: 36_500 * 86_400_000,
} as const;

/** The shortest workload certificate: renewal every 45 s at the lesson's 75%. */
export const MIN_CERT_TTL_MS = 60_000;
/** Kubernetes' shortest TokenRequest (`expirationSeconds` 600). */
export const MIN_TOKEN_TTL_MS = 10 * 60_000;

/** Certificate times are written as GeneralizedTime with four-digit years (RFC 5280 4.1.2.5). */
export const LATEST_TIME = Date.parse('9999-12-31T23:59:59Z');
/** Token times count seconds from 1970 (RFC 7519 NumericDate). */
export const EARLIEST_TIME = Date.parse('1970-01-01T00:00:00Z');

/** Input over a stated limit; the message names the limit and what was given. */
export class LimitError extends Error {}

const n = (value: number) => value.toLocaleString('en-US');

/** `what` counted `count`, over `limit`: a message in one shape for every limit. */
export function overLimit(what: string, count: number, limit: number): string {
  return `${what}: ${n(count)} is over the limit of ${n(limit)}`;
}

/** Throws LimitError when `count` exceeds `limit`. */
export function checkLimit(what: string, count: number, limit: number): void {
  if (count > limit) throw new LimitError(overLimit(what, count, limit));
}

/** UTF-8 length without encoding the whole text first. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * What Kubernetes says about a Deployment's `spec.replicas` (apimachinery validation and the
 * JSON decoder into int32), plus svid-lab's own cap; undefined when it is acceptable.
 */
export function replicasProblem(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return 'json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32';
  }
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return `Invalid value: ${JSON.stringify(value ?? null)}: expected a whole number`;
  }
  if (!Number.isInteger(value) || Math.abs(value) > 2_147_483_647) {
    return `json: cannot unmarshal number ${value} into Go struct field DeploymentSpec.spec.replicas of type int32`;
  }
  if (value < 0) return `Invalid value: ${value}: must be greater than or equal to 0`;
  if (value > LIMITS.replicas) {
    return `Invalid value: ${value}: must be less than or equal to ${LIMITS.replicas} (svid-lab's limit per Deployment)`;
  }
  return undefined;
}

/**
 * Refuses pods beyond the mesh's limit as a ResourceQuota would (kube-apiserver's admission
 * message), before any of them is created.
 */
export function podQuotaProblem(name: string, used: number, requested: number): string | undefined {
  if (used + requested <= LIMITS.pods) return undefined;
  return `pods "${name}" is forbidden: exceeded quota: svid-lab, requested: pods=${requested}, used: pods=${used}, limited: pods=${LIMITS.pods}`;
}

/** Control characters (ANSI escapes included) removed, so text cannot drive a terminal. */
export function printable(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI CSI sequences are removed whole
      .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what is removed
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
  );
}

/** Which size of a policy text is over its limit, counted before any parsing. */
export function policyTextOverLimit(
  text: string,
): { what: 'bytes' | 'lines'; count: number; limit: number } | undefined {
  const bytes = utf8Bytes(text);
  if (bytes > LIMITS.policyBytes) return { what: 'bytes', count: bytes, limit: LIMITS.policyBytes };
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  if (lines > LIMITS.policyLines) return { what: 'lines', count: lines, limit: LIMITS.policyLines };
  return undefined;
}
