import { X509Certificate } from '@peculiar/x509';
import { describe, expect, it } from 'vitest';
import { createRootCa, signWorkloadCertificate } from './ca';
import { readCertificate } from './cert-summary';
import { generateKeyPair, verifyWith } from './keys';

const NB = Date.UTC(2049, 11, 31, 23, 0, 0); // leaf spans the UTCTime/GeneralizedTime switch
const ID = 'spiffe://cluster.local/ns/foo/sa/bar';

describe('readCertificate', () => {
  it('agrees with @peculiar/x509 on a root and a leaf', async () => {
    const ca = await createRootCa({
      trustDomain: 'cluster.local',
      algorithm: 'ECDSA_P256',
      notBefore: Date.UTC(2040, 0, 1),
      ttlMs: 20 * 365 * 86_400_000,
      serial: Uint8Array.from({ length: 16 }, (_, i) => 0x11 * (i + 1)),
    });
    const leafKeys = await generateKeyPair('ECDSA_P256');
    const der = await signWorkloadCertificate(ca, {
      subjectPublicKeyInfo: leafKeys.spki,
      spiffeId: ID,
      serial: Uint8Array.from({ length: 16 }, (_, i) => (i === 0 ? 0 : i === 1 ? 5 : i)),
      notBefore: NB,
      notAfter: NB + 2 * 3_600_000,
    });
    const leaf = readCertificate(der);
    const x = new X509Certificate(der);
    expect(leaf.serialHex).toBe('0502030405060708090a0b0c0d0e0f'); // 0x00 first byte: 15 octets
    expect(leaf.serialHex).toBe(x.serialNumber);
    expect(leaf.notBefore).toBe(NB);
    expect(leaf.notAfter).toBe(Date.UTC(2050, 0, 1, 1, 0, 0));
    expect(leaf.notAfter).toBe(x.notAfter.getTime());
    expect(leaf.uriSans).toEqual([ID]);
    expect(leaf.isCa).toBe(false);
    expect(leaf.subjectDer).toEqual(Uint8Array.of(0x30, 0));
    expect(leaf.issuerDer).toEqual(readCertificate(ca.certDer).subjectDer);
    expect(leaf.spki).toEqual(leafKeys.spki);
    expect(leaf.signatureAlgorithmOid).toBe('1.2.840.10045.4.3.2');
    expect(der.subarray(der.length - leaf.signature.length)).toEqual(leaf.signature);
    expect(await verifyWith('ECDSA_P256', ca.keys.publicKey, leaf.signature, leaf.tbs)).toBe(true);

    const root = readCertificate(ca.certDer);
    expect(root).toMatchObject({ isCa: true, uriSans: [], serialHex: ca.serialHex });
    expect(root.serialHex).toBe('112233445566778899aabbccddeeff10'); // 0x11 * 16 wraps to 0x10
    expect(root.notAfter).toBe(ca.notAfter);
    expect(root.issuerDer).toEqual(root.subjectDer);
  });

  it('throws a clear error on malformed input', async () => {
    expect(() => readCertificate(new Uint8Array(0))).toThrow(/malformed certificate: truncated/);
    expect(() => readCertificate(Uint8Array.of(0x30, 0x80, 0, 0))).toThrow(/indefinite length/);
    expect(() => readCertificate(Uint8Array.of(0x30, 0x02, 0x05, 0x00))).toThrow(
      /malformed certificate: tbsCertificate: expected tag 0x30, got 0x05/,
    );
    const ca = await createRootCa({
      trustDomain: 'td',
      algorithm: 'ECDSA_P256',
      notBefore: 0,
      ttlMs: 1000,
      serial: Uint8Array.of(1),
    });
    expect(() => readCertificate(ca.certDer.subarray(0, ca.certDer.length - 1))).toThrow(
      /overruns/,
    );
    expect(() => readCertificate(Uint8Array.from([...ca.certDer, 0]))).toThrow(/trailing/);
  });
});
