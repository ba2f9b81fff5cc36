/**
 * Reads the JSON of `istioctl proxy-config secret <pod> -o json` from a real cluster: Envoy's
 * SecretsConfigDump (envoy.admin.v3), whose `dynamicActiveSecrets` / `dynamicWarmingSecrets`
 * hold `default` (tlsCertificate.certificateChain.inlineBytes: base64 of the PEM chain) and
 * `ROOTCA` (validationContext.trustedCa.inlineBytes). Every problem is reported with the JSON
 * path where it was found; nothing here throws on bad input.
 */
import { LIMITS, overLimit, utf8Bytes } from '../sim/limits';
import { readCertificate } from './cert-summary';
import { PemError, parsePem } from './pem';

export interface ImportedSecret {
  name: string;
  status: 'ACTIVE' | 'WARMING';
  kind: 'Cert Chain' | 'CA';
  versionInfo?: string;
  lastUpdated?: string;
  /** DER certificates, leaf first for `Cert Chain`. */
  chain: Uint8Array[];
}

export type SecretImport =
  | { ok: true; secrets: ImportedSecret[]; warnings: string[] }
  | { ok: false; error: string };

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function base64ToText(value: string): string {
  const binary = atob(value.replace(/\s+/g, ''));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** Parses the istioctl JSON; `ok: false` with a sentence that says what and where. */
export function importProxyConfigSecret(text: string): SecretImport {
  const bytes = utf8Bytes(text);
  if (bytes > LIMITS.importBytes) {
    return { ok: false, error: overLimit('the pasted text in bytes', bytes, LIMITS.importBytes) };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: `not JSON: ${(error as Error).message}. Paste the output of istioctl proxy-config secret <pod> -o json`,
    };
  }
  if (!isObj(doc)) return { ok: false, error: 'expected a JSON object with dynamicActiveSecrets' };
  const warnings: string[] = [];
  const secrets: ImportedSecret[] = [];
  const count = { certificates: 0 };
  const lists: [string, 'ACTIVE' | 'WARMING'][] = [
    ['dynamicActiveSecrets', 'ACTIVE'],
    ['dynamicWarmingSecrets', 'WARMING'],
  ];
  if (!lists.some(([key]) => Array.isArray(doc[key]))) {
    return {
      ok: false,
      error:
        'no dynamicActiveSecrets in this JSON: is it the output of istioctl proxy-config secret <pod> -o json (not the table, not a config_dump of another section)?',
    };
  }
  for (const [key, status] of lists) {
    const list = doc[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return { ok: false, error: `${key}: expected a list` };
    for (const [i, entry] of list.entries()) {
      const at = `${key}[${i}]`;
      const read = readSecret(entry, at, status, count);
      if ('error' in read) return { ok: false, error: read.error };
      if (read.secret) secrets.push(read.secret);
      else warnings.push(`${at}: not a certificate secret, skipped`);
    }
  }
  if (secrets.length === 0)
    return {
      ok: false,
      error: 'the JSON holds no certificate: expected secrets named default and ROOTCA',
    };
  return { ok: true, secrets, warnings };
}

function readSecret(
  entry: unknown,
  at: string,
  status: 'ACTIVE' | 'WARMING',
  count: { certificates: number },
): { secret?: ImportedSecret } | { error: string } {
  if (!isObj(entry)) return { error: `${at}: expected an object` };
  const secret = isObj(entry.secret) ? entry.secret : undefined;
  if (!secret) return { error: `${at}.secret: missing` };
  const name = String(entry.name ?? secret.name ?? '');
  const tls = isObj(secret.tlsCertificate) ? secret.tlsCertificate : undefined;
  const validation = isObj(secret.validationContext) ? secret.validationContext : undefined;
  const holder = tls ? tls.certificateChain : validation?.trustedCa;
  const path = tls
    ? `${at}.secret.tlsCertificate.certificateChain.inlineBytes`
    : `${at}.secret.validationContext.trustedCa.inlineBytes`;
  if (!holder) return {};
  const inline = isObj(holder) ? holder.inlineBytes : undefined;
  if (typeof inline !== 'string')
    return { error: `${path}: missing (certificates are expected inline, base64-encoded)` };
  let pem: string;
  try {
    pem = base64ToText(inline);
  } catch {
    return { error: `${path}: not valid base64` };
  }
  let chain: Uint8Array[];
  try {
    chain = parsePem(pem)
      .filter((b) => b.label === 'CERTIFICATE')
      .map((b) => b.der);
  } catch (error) {
    return { error: `${path}: ${error instanceof PemError ? error.message : String(error)}` };
  }
  if (chain.length === 0) return { error: `${path}: decodes to no PEM certificate` };
  count.certificates += chain.length;
  if (count.certificates > LIMITS.importCertificates) {
    return {
      error: overLimit('certificates in the paste', count.certificates, LIMITS.importCertificates),
    };
  }
  for (const [n, der] of chain.entries()) {
    try {
      readCertificate(der);
    } catch (error) {
      return {
        error: `${path}: certificate #${n + 1} is not a valid X.509 certificate (${(error as Error).message})`,
      };
    }
  }
  const out: ImportedSecret = { name, status, kind: tls ? 'Cert Chain' : 'CA', chain };
  if (typeof entry.versionInfo === 'string') out.versionInfo = entry.versionInfo;
  if (typeof entry.lastUpdated === 'string') out.lastUpdated = entry.lastUpdated;
  return { secret: out };
}

/**
 * Where a proxy would renew a certificate, under the lesson's ratio (0.75 of the lifetime)
 * and Istio's (SECRET_GRACE_PERIOD_RATIO 0.5, so half): the lifetime is counted from when
 * istiod signed it, which is notBefore + 2 min (Istio backdates notBefore by that much).
 */
export function renewalPoints(der: Uint8Array): {
  issuedAt: number;
  notAfter: number;
  lesson: number;
  istio: number;
} {
  const cert = readCertificate(der);
  const issuedAt = cert.notBefore + 2 * 60_000;
  const lifetime = cert.notAfter - issuedAt;
  return {
    issuedAt,
    notAfter: cert.notAfter,
    lesson: issuedAt + 0.75 * lifetime,
    istio: issuedAt + 0.5 * lifetime,
  };
}

/** Builds the JSON a real `istioctl proxy-config secret -o json` prints, from PEM chains (tests, demos). */
export function proxyConfigSecretJson(
  defaultChainPem: string,
  rootPem: string,
  lastUpdated: string,
): string {
  const b64 = (text: string) => btoa(text);
  return JSON.stringify(
    {
      dynamicActiveSecrets: [
        {
          name: 'default',
          versionInfo: lastUpdated,
          lastUpdated,
          secret: {
            '@type': 'type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret',
            name: 'default',
            tlsCertificate: {
              certificateChain: { inlineBytes: b64(defaultChainPem) },
              privateKey: { inlineBytes: b64('[redacted]') },
            },
          },
        },
        {
          name: 'ROOTCA',
          versionInfo: lastUpdated,
          lastUpdated,
          secret: {
            '@type': 'type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret',
            name: 'ROOTCA',
            validationContext: { trustedCa: { inlineBytes: b64(rootPem) } },
          },
        },
      ],
    },
    null,
    2,
  );
}
