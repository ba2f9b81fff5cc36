/**
 * Test fixtures for the handshake tests (not used by the app): a root CA, SVID leaves with a
 * URI SAN, and a small validator: issuer name, signature against the root, validity at a
 * given date, the URI SAN. It is deliberately simpler than RFC 5280 path validation.
 */
import {
  BasicConstraintsExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectAlternativeNameExtension,
  X509Certificate,
  X509CertificateGenerator,
} from '@peculiar/x509';
import { sansOf } from './describe';
import type { PeerValidator, TlsIdentity } from './types';

const EC = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const RSA = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
} as const;

export const NOW = new Date('2026-03-01T12:00:00Z');
const HOUR = 3600_000;

export interface TestCa {
  cert: X509Certificate;
  der: Uint8Array;
  keys: CryptoKeyPair;
}

async function keyPair(algorithm: TlsIdentity['algorithm']): Promise<CryptoKeyPair> {
  const params = algorithm === 'ECDSA_P256' ? EC : RSA;
  return (await crypto.subtle.generateKey(params, true, ['sign', 'verify'])) as CryptoKeyPair;
}

/** A self-signed root: CA:TRUE, keyCertSign | cRLSign (X509-SVID §4.1). */
export async function makeRoot(name = 'O=cluster.local'): Promise<TestCa> {
  const keys = await keyPair('ECDSA_P256');
  const cert = await X509CertificateGenerator.createSelfSigned({
    name,
    keys,
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
    notBefore: new Date(NOW.getTime() - 24 * HOUR),
    notAfter: new Date(NOW.getTime() + 365 * 24 * HOUR),
    extensions: [
      new BasicConstraintsExtension(true, undefined, true),
      new KeyUsagesExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true),
    ],
  });
  return { cert, der: new Uint8Array(cert.rawData), keys };
}

/** A workload SVID like istiod's: empty subject, one URI SAN (critical), CA:FALSE. */
export async function makeIdentity(
  ca: TestCa,
  spiffeId: string,
  opts: { algorithm?: TlsIdentity['algorithm']; notBefore?: Date; notAfter?: Date } = {},
): Promise<TlsIdentity & { cert: X509Certificate }> {
  const algorithm = opts.algorithm ?? 'ECDSA_P256';
  const keys = await keyPair(algorithm);
  const cert = await X509CertificateGenerator.create({
    subject: '',
    issuer: ca.cert.subject,
    publicKey: keys.publicKey,
    signingKey: ca.keys.privateKey,
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
    notBefore: opts.notBefore ?? new Date(NOW.getTime() - HOUR),
    notAfter: opts.notAfter ?? new Date(NOW.getTime() + 24 * HOUR),
    extensions: [
      new BasicConstraintsExtension(false, undefined, true),
      new KeyUsagesExtension(KeyUsageFlags.digitalSignature | KeyUsageFlags.keyEncipherment, true),
      new SubjectAlternativeNameExtension([{ type: 'url', value: spiffeId }], true),
    ],
  });
  return {
    cert,
    chain: [new Uint8Array(cert.rawData)],
    algorithm,
    privateKey: keys.privateKey,
  };
}

/** Trusts `root` at `at`: issuer name, signature, validity, URI SAN. Codes as x509-svid.ts uses. */
export function testValidator(root: TestCa, at: Date = NOW): PeerValidator {
  return async (chain) => {
    const der = chain[0];
    if (!der) return { ok: false, code: 'empty-chain', error: 'no certificate' };
    const leaf = new X509Certificate(new Uint8Array(der));
    if (leaf.issuer !== root.cert.subject) {
      return {
        ok: false,
        code: 'unknown-authority',
        error: `issuer "${leaf.issuer}" is not a trusted root`,
      };
    }
    const signed = await leaf.verify({ publicKey: root.cert.publicKey, signatureOnly: true });
    if (!signed)
      return { ok: false, code: 'bad-signature', error: 'the root did not sign this certificate' };
    if (at > leaf.notAfter)
      return { ok: false, code: 'expired', error: `expired at ${leaf.notAfter.toISOString()}` };
    if (at < leaf.notBefore) return { ok: false, code: 'not-yet-valid', error: 'not yet valid' };
    const uri = sansOf(der).uris[0];
    if (!uri?.startsWith('spiffe://'))
      return { ok: false, code: 'no-uri-san', error: 'no SPIFFE ID' };
    return { ok: true, spiffeId: uri };
  };
}

export const ORDER = 'spiffe://cluster.local/ns/production/sa/order-sa';
export const PAYMENT = 'spiffe://cluster.local/ns/production/sa/payment-sa';
