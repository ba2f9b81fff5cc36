import { SubjectKeyIdentifierExtension, X509Certificate } from '@peculiar/x509';
import type { CaCertificate, RootCa } from '../../pki/ca';
import { type Cacerts, checkCacerts } from '../../pki/cacerts';
import { readCertificate } from '../../pki/cert-summary';
import { fromHex } from '../../pki/hex';
import { importSpki, inspectSpki } from '../../pki/keys';
import { importPkcs8PrivateKey } from '../../pki/private-key';

/** istiod would not start with these `cacerts`: the file and the reason. */
export class CacertsError extends Error {
  /** The scenario key that configured the refused CA. */
  at = 'mesh.ca';

  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`istiod refuses to start: cacerts ${file}: ${problem}`);
  }
}

/** What a certificate says about itself as a CA (no key). */
export function caCertificate(der: Uint8Array): CaCertificate {
  const summary = readCertificate(der);
  const ski = new X509Certificate(der as Uint8Array<ArrayBuffer>).getExtension(
    SubjectKeyIdentifierExtension,
  );
  return {
    certDer: der,
    subjectKeyId: ski ? fromHex(ski.keyId) : new Uint8Array(),
    serialHex: summary.serialHex,
    keyAlgorithm: inspectSpki(summary.spki).algorithm,
    notBefore: summary.notBefore,
    notAfter: summary.notAfter,
  };
}

/**
 * Loads `cacerts` as istiod does at start and on every change of the secret: the files are
 * checked (cacerts.ts) and a refusal is a CacertsError; otherwise the signing certificate and
 * key become a CA that can sign.
 */
export async function loadSigner(
  files: Cacerts,
  trustDomain: string,
  now: number,
): Promise<RootCa> {
  const problem = await checkCacerts(files, new Date(now));
  if (problem) throw new CacertsError(problem.file, problem.problem);
  const cert = caCertificate(files.caCert);
  const spki = readCertificate(files.caCert).spki;
  const { algorithm, publicKey } = await importSpki(spki);
  const privateKey = (await importPkcs8PrivateKey(files.caKey))!;
  return { ...cert, trustDomain, keys: { algorithm, privateKey, publicKey, spki } };
}
