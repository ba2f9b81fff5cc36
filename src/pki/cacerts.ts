/**
 * The `cacerts` secret of a plugged-in CA and the checks istiod makes before it signs with it
 * (security/pkg/pki/util/keycertbundle.go Verify, run by NewVerifiedKeyCertBundleFromFile at
 * start): the key belongs to the signing certificate, the signing certificate is a CA, every
 * certificate is within its validity, and the signing certificate chains through
 * cert-chain.pem to a root of root-cert.pem. istiod exits when any of them fails.
 */
import {
  BasicConstraintsExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  X509Certificate,
} from '@peculiar/x509';
import { importPkcs8PrivateKey, privateKeyMatches } from './private-key';

export const CACERTS_FILES = [
  'ca-cert.pem',
  'ca-key.pem',
  'cert-chain.pem',
  'root-cert.pem',
] as const;
export type CacertsFile = (typeof CACERTS_FILES)[number];

/** The four files as DER: the signing certificate, its PKCS#8 key, its chain and the roots. */
export interface Cacerts {
  caCert: Uint8Array;
  caKey: Uint8Array;
  /** cert-chain.pem: the signing certificate, then each issuer up to and including the root. */
  certChain: Uint8Array[];
  /** root-cert.pem: every root the mesh trusts (more than one while a root is rotated). */
  rootCerts: Uint8Array[];
}

export interface CacertsProblem {
  file: CacertsFile;
  problem: string;
}

const MAX_DEPTH = 8;

function parse(der: Uint8Array, file: CacertsFile): X509Certificate | CacertsProblem {
  try {
    return new X509Certificate(der as Uint8Array<ArrayBuffer>);
  } catch (error) {
    return { file, problem: `not a certificate: ${(error as Error).message}` };
  }
}

function isCa(cert: X509Certificate): boolean {
  const bc = cert.getExtension(BasicConstraintsExtension);
  if (!bc?.ca) return false;
  const ku = cert.getExtension(KeyUsagesExtension);
  return !ku || (ku.usages & KeyUsageFlags.keyCertSign) !== 0;
}

async function signedBy(cert: X509Certificate, issuer: X509Certificate): Promise<boolean> {
  if (cert.issuer !== issuer.subject) return false;
  try {
    return await cert.verify({ publicKey: issuer.publicKey, signatureOnly: true });
  } catch {
    return false;
  }
}

function outOfDate(cert: X509Certificate, at: Date): string | undefined {
  if (at < cert.notBefore) return `is not valid before ${cert.notBefore.toISOString()}`;
  if (at > cert.notAfter) return `expired at ${cert.notAfter.toISOString()}`;
  return undefined;
}

/** The first reason istiod would refuse these `cacerts` at `at`, or undefined when it accepts them. */
export async function checkCacerts(files: Cacerts, at: Date): Promise<CacertsProblem | undefined> {
  const caCert = parse(files.caCert, 'ca-cert.pem');
  if (!(caCert instanceof X509Certificate)) return caCert;
  if (!isCa(caCert)) {
    return {
      file: 'ca-cert.pem',
      problem: `"${caCert.subject}" is not a CA certificate (basicConstraints CA:FALSE or no keyCertSign): it cannot sign workload certificates`,
    };
  }
  const key = await importPkcs8PrivateKey(files.caKey);
  if (!key) return { file: 'ca-key.pem', problem: 'not a PKCS#8 RSA or ECDSA private key' };
  if (!(await privateKeyMatches(key, caCert))) {
    return {
      file: 'ca-key.pem',
      problem: `the private key does not match the public key of ca-cert.pem ("${caCert.subject}")`,
    };
  }
  const chain: X509Certificate[] = [];
  for (const der of files.certChain) {
    const cert = parse(der, 'cert-chain.pem');
    if (!(cert instanceof X509Certificate)) return cert;
    chain.push(cert);
  }
  const roots: X509Certificate[] = [];
  for (const der of files.rootCerts) {
    const cert = parse(der, 'root-cert.pem');
    if (!(cert instanceof X509Certificate)) return cert;
    roots.push(cert);
  }
  if (roots.length === 0) return { file: 'root-cert.pem', problem: 'holds no certificate' };
  for (const [file, certs] of [
    ['ca-cert.pem', [caCert]],
    ['cert-chain.pem', chain],
    ['root-cert.pem', roots],
  ] as const) {
    for (const cert of certs) {
      const late = outOfDate(cert, at);
      if (late) return { file, problem: `"${cert.subject}" ${late} (now ${at.toISOString()})` };
    }
  }
  let current = caCert;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    for (const root of roots) if (await signedBy(current, root)) return undefined;
    let next: X509Certificate | undefined;
    for (const cert of chain) {
      if (cert !== current && !cert.equal(current) && (await signedBy(current, cert))) next = cert;
    }
    if (!next || !isCa(next)) break;
    current = next;
  }
  return {
    file: 'ca-cert.pem',
    problem: `"${caCert.subject}" (issued by "${caCert.issuer}") is not signed by any root in root-cert.pem, directly or through cert-chain.pem: no root's key verifies its signature`,
  };
}
