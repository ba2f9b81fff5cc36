/**
 * What the bridge shows of a real `istioctl proxy-config secret <pod> -o json`: plain data
 * (safe to post from a worker), one entry per certificate with its SPIFFE ID, names, serial,
 * validity and, for the workload certificate, the renewal point under both ratios.
 */
import 'reflect-metadata';
import { readCertificate } from '../../pki/cert-summary';
import { importProxyConfigSecret, renewalPoints } from '../../pki/istioctl-import';
import { renderOpensslText } from '../../pki/openssl-text';

/** One certificate of a secret. */
export interface CertView {
  spiffeId?: string;
  subject: string;
  issuer: string;
  /** As istioctl prints it: 32 hex digits. */
  serial: string;
  notBefore: number;
  notAfter: number;
  isCa: boolean;
  /** For the workload certificate: when a proxy would renew it. */
  renewal?: { issuedAt: number; lesson: number; istio: number };
  opensslText: string;
}

/** One SDS secret (`default` or `ROOTCA`). */
export interface SecretView {
  name: string;
  status: 'ACTIVE' | 'WARMING';
  kind: 'Cert Chain' | 'CA';
  lastUpdated?: string;
  certs: CertView[];
}

/** The import, or the sentence that says what was wrong with the input. */
export type SecretImportView =
  | { ok: true; secrets: SecretView[]; warnings: string[] }
  | { ok: false; error: string };

function nameLine(text: string, label: 'Subject' | 'Issuer'): string {
  const line = text.split('\n').find((l) => l.trimStart().startsWith(`${label}:`));
  return line?.split(':').slice(1).join(':').trim() ?? '';
}

/** Reads the istioctl JSON into views; never throws on bad input. */
export function describeSecretImport(text: string): SecretImportView {
  const imported = importProxyConfigSecret(text);
  if (!imported.ok) return imported;
  try {
    const secrets = imported.secrets.map(
      (secret): SecretView => ({
        name: secret.name,
        status: secret.status,
        kind: secret.kind,
        ...(secret.lastUpdated ? { lastUpdated: secret.lastUpdated } : {}),
        certs: secret.chain.map((der, i) => {
          const summary = readCertificate(der);
          const openssl = renderOpensslText(der).text;
          const view: CertView = {
            subject: nameLine(openssl, 'Subject'),
            issuer: nameLine(openssl, 'Issuer'),
            serial: summary.serialHex.padStart(32, '0'),
            notBefore: summary.notBefore,
            notAfter: summary.notAfter,
            isCa: summary.isCa,
            opensslText: openssl,
          };
          const id = summary.uriSans.find((u) => u.startsWith('spiffe://'));
          if (id) view.spiffeId = id;
          if (secret.kind === 'Cert Chain' && i === 0) {
            const { issuedAt, lesson, istio } = renewalPoints(der);
            view.renewal = { issuedAt, lesson, istio };
          }
          return view;
        }),
      }),
    );
    return { ok: true, secrets, warnings: imported.warnings };
  } catch (error) {
    return { ok: false, error: `a certificate could not be read: ${(error as Error).message}` };
  }
}
