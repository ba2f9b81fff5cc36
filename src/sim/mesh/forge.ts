import {
  BasicConstraintsExtension,
  ExtendedKeyUsage,
  ExtendedKeyUsageExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectAlternativeNameExtension,
  X509CertificateGenerator,
} from '@peculiar/x509';
import { createRootCa, signWorkloadCertificate } from '../../pki/ca';
import type { TlsIdentity } from '../../pki/handshake/handshake';
import { toHex } from '../../pki/hex';
import { generateKeyPair } from '../../pki/keys';
import type { Rng } from '../rng';

/**
 * A real self-signed certificate with the victim's SPIFFE ID in a critical URI SAN and the
 * workload profile (CA:FALSE, digitalSignature): everything right except who signed it.
 */
export async function forgeSelfSigned(
  spiffeId: string,
  now: number,
  rng: Rng,
): Promise<TlsIdentity> {
  const keys = await generateKeyPair('ECDSA_P256');
  const serial = toHex(rng.bytes(16));
  const cert = await X509CertificateGenerator.createSelfSigned({
    serialNumber: `7f${serial.slice(2)}`,
    name: 'O=cluster.local',
    notBefore: new Date(now - 120_000),
    notAfter: new Date(now + 86_400_000),
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
    keys: { privateKey: keys.privateKey, publicKey: keys.publicKey },
    extensions: [
      new BasicConstraintsExtension(false, undefined, true),
      new KeyUsagesExtension(KeyUsageFlags.digitalSignature | KeyUsageFlags.keyEncipherment, true),
      new ExtendedKeyUsageExtension([ExtendedKeyUsage.serverAuth, ExtendedKeyUsage.clientAuth]),
      new SubjectAlternativeNameExtension([{ type: 'url', value: spiffeId }], true),
    ],
  });
  return {
    chain: [new Uint8Array(cert.rawData)],
    algorithm: 'ECDSA_P256',
    privateKey: keys.privateKey,
  };
}

/**
 * A genuine-looking SVID from another mesh: its own self-signed root for `trustDomain`, a
 * leaf with Istio's profile signed by it, presented with that root as istiod would.
 */
export async function foreignSvid(
  trustDomain: string,
  namespace: string,
  serviceAccount: string,
  now: number,
  rng: Rng,
): Promise<TlsIdentity & { spiffeId: string }> {
  const root = await createRootCa({
    trustDomain,
    algorithm: 'ECDSA_P256',
    notBefore: now,
    ttlMs: 87_600 * 3_600_000,
    serial: rng.bytes(16),
  });
  const keys = await generateKeyPair('ECDSA_P256');
  const spiffeId = `spiffe://${trustDomain}/ns/${namespace}/sa/${serviceAccount}`;
  const serial = rng.bytes(16);
  serial[0] = serial[0]! & 0x7f;
  const leaf = await signWorkloadCertificate(root, {
    subjectPublicKeyInfo: keys.spki,
    spiffeId,
    serial,
    notBefore: now - 120_000,
    notAfter: now + 86_400_000,
  });
  return {
    chain: [leaf, root.certDer],
    algorithm: 'ECDSA_P256',
    privateKey: keys.privateKey,
    spiffeId,
  };
}
