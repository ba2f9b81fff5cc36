import {
  BasicConstraintsExtension,
  ExtendedKeyUsage,
  ExtendedKeyUsageExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
  X509Certificate,
} from '@peculiar/x509';
import { describe, expect, it } from 'vitest';
import { createRootCa, positiveSerial, type RootCa, signWorkloadCertificate } from './ca';
import { toHex } from './hex';
import { generateKeyPair, type KeyAlgorithm } from './keys';

const T0 = Date.UTC(2026, 0, 15, 9, 30, 0, 750); // .750 must be floored away
const HOUR = 3_600_000;
const YEAR = 365 * 24 * HOUR;
const seq = (start: number): Uint8Array => Uint8Array.from({ length: 16 }, (_, i) => start + i);
const ID = 'spiffe://cluster.local/ns/default/sa/bookinfo-productpage';
const ALGS: KeyAlgorithm[] = ['ECDSA_P256', 'RSA_2048'];

const roots = new Map<KeyAlgorithm, RootCa>();
async function root(alg: KeyAlgorithm): Promise<RootCa> {
  let ca = roots.get(alg);
  if (!ca) {
    ca = await createRootCa({
      trustDomain: 'cluster.local',
      algorithm: alg,
      notBefore: T0,
      ttlMs: 10 * YEAR,
      serial: seq(0xf0), // top bit set: must be cleared
    });
    roots.set(alg, ca);
  }
  return ca;
}

describe.each(ALGS)('root CA (%s)', (alg) => {
  it('is self-signed with Istio root profile', async () => {
    const ca = await root(alg);
    const cert = new X509Certificate(ca.certDer.slice());
    expect(cert.subject).toBe('O=cluster.local');
    expect(cert.issuer).toBe('O=cluster.local');
    expect(cert.serialNumber).toBe('70f1f2f3f4f5f6f7f8f9fafbfcfdfeff');
    expect(ca.serialHex).toBe('70f1f2f3f4f5f6f7f8f9fafbfcfdfeff');
    expect(cert.notBefore.getTime()).toBe(Date.UTC(2026, 0, 15, 9, 30, 0));
    expect(cert.notAfter.getTime()).toBe(Date.UTC(2026, 0, 15, 9, 30, 0) + 10 * YEAR);
    expect([ca.notBefore, ca.notAfter]).toEqual([
      cert.notBefore.getTime(),
      cert.notAfter.getTime(),
    ]);
    const bc = cert.getExtension(BasicConstraintsExtension)!;
    expect([bc.ca, bc.critical, bc.pathLength]).toEqual([true, true, undefined]);
    const ku = cert.getExtension(KeyUsagesExtension)!;
    expect([ku.usages, ku.critical]).toEqual([KeyUsageFlags.keyCertSign, true]);
    const ski = cert.getExtension(SubjectKeyIdentifierExtension)!;
    expect(ski.keyId).toBe(toHex(ca.subjectKeyId));
    expect(ca.subjectKeyId).toHaveLength(20);
    expect(cert.extensions).toHaveLength(3);
    expect(await cert.verify({ date: new Date(T0 + HOUR) })).toBe(true);
    expect(cert.signatureAlgorithm.name).toBe(alg === 'RSA_2048' ? 'RSASSA-PKCS1-v1_5' : 'ECDSA');
  });

  it('re-issues with the same key and the same SKI', async () => {
    const ca = await root(alg);
    const again = await createRootCa({
      trustDomain: 'cluster.local',
      algorithm: alg,
      notBefore: T0 + YEAR,
      ttlMs: 10 * YEAR,
      serial: seq(1),
      keys: ca.keys,
    });
    expect(again.subjectKeyId).toEqual(ca.subjectKeyId);
    expect(again.certDer).not.toEqual(ca.certDer);
  });
});

describe.each(ALGS.flatMap((r) => ALGS.map((l) => [r, l] as const)))(
  'workload certificate (root %s, leaf %s)',
  (rootAlg, leafAlg) => {
    it('matches the Istio leaf profile and verifies against the root', async () => {
      const ca = await root(rootAlg);
      const leafKeys = await generateKeyPair(leafAlg);
      const notBefore = Date.UTC(2026, 0, 15, 14, 28, 0); // whole seconds
      const der = await signWorkloadCertificate(ca, {
        subjectPublicKeyInfo: leafKeys.spki,
        spiffeId: ID,
        serial: seq(0x80),
        notBefore: notBefore + 999,
        notAfter: notBefore + 24 * HOUR,
      });
      const cert = new X509Certificate(der);
      expect(cert.subject).toBe('');
      expect(cert.issuer).toBe('O=cluster.local');
      // 0x80 -> top bit cleared -> 0x00, so the value is 0x8182..8f (DER adds a sign octet)
      expect(cert.serialNumber).toBe('8182838485868788898a8b8c8d8e8f');
      expect(cert.notBefore.getTime()).toBe(notBefore);
      expect(cert.notAfter.getTime()).toBe(notBefore + 24 * HOUR);
      const san = cert.getExtension(SubjectAlternativeNameExtension)!;
      expect(san.critical).toBe(true);
      expect(san.names.toJSON()).toEqual([{ type: 'url', value: ID }]);
      const ku = cert.getExtension(KeyUsagesExtension)!;
      expect(ku.critical).toBe(true);
      expect(ku.usages).toBe(KeyUsageFlags.digitalSignature | KeyUsageFlags.keyEncipherment);
      const eku = cert.getExtension(ExtendedKeyUsageExtension)!;
      expect(eku.usages).toEqual([ExtendedKeyUsage.serverAuth, ExtendedKeyUsage.clientAuth]);
      const bc = cert.getExtension(BasicConstraintsExtension)!;
      expect([bc.ca, bc.critical]).toEqual([false, true]);
      expect(cert.extensions.map((e) => e.type)).toEqual([
        '2.5.29.15',
        '2.5.29.37',
        '2.5.29.19',
        '2.5.29.35',
        '2.5.29.17',
      ]);
      expect(new Uint8Array(cert.publicKey.rawData)).toEqual(leafKeys.spki);
      const rootCert = new X509Certificate(ca.certDer.slice());
      const publicKey = rootCert.publicKey;
      expect(await cert.verify({ publicKey, date: new Date(notBefore + HOUR) })).toBe(true);
      expect(await cert.verify({ publicKey, date: new Date(notBefore + 25 * HOUR) })).toBe(false);
      const other = await root(rootAlg === 'RSA_2048' ? 'ECDSA_P256' : 'RSA_2048');
      const wrong = new X509Certificate(other.certDer.slice()).publicKey;
      expect(await cert.verify({ publicKey: wrong, date: new Date(notBefore + HOUR) })).toBe(false);
    });
  },
);

describe('signWorkloadCertificate input checks', () => {
  it('refuses a zero or oversized serial, reversed dates, non-SPIFFE IDs and odd keys', async () => {
    const ca = await root('ECDSA_P256');
    const { spki } = await generateKeyPair('ECDSA_P256');
    const ok = {
      subjectPublicKeyInfo: spki,
      spiffeId: ID,
      serial: seq(1),
      notBefore: T0,
      notAfter: T0 + HOUR,
    };
    await expect(signWorkloadCertificate(ca, ok)).resolves.toBeInstanceOf(Uint8Array);
    // 0x80 00.. becomes zero once the top bit is cleared (RFC 5280 4.1.2.2: positive)
    const zero = Uint8Array.of(0x80, 0, 0);
    await expect(signWorkloadCertificate(ca, { ...ok, serial: zero })).rejects.toThrow(/positive/);
    await expect(
      signWorkloadCertificate(ca, { ...ok, serial: new Uint8Array(21).fill(1) }),
    ).rejects.toThrow(/1 to 20 bytes/);
    await expect(signWorkloadCertificate(ca, { ...ok, notAfter: T0 - 1000 })).rejects.toThrow(
      /before/,
    );
    await expect(signWorkloadCertificate(ca, { ...ok, spiffeId: 'https://x' })).rejects.toThrow(
      /SPIFFE/,
    );
    await expect(signWorkloadCertificate(ca, { ...ok, spiffeId: 'spiffe://td/ü' })).rejects.toThrow(
      /IA5/,
    );
    await expect(
      signWorkloadCertificate(ca, { ...ok, subjectPublicKeyInfo: Uint8Array.of(0x30, 0) }),
    ).rejects.toThrow(/SubjectPublicKeyInfo/);
  });
});

describe('positiveSerial', () => {
  it('clears the top bit and leaves its input untouched', () => {
    const drawn = Uint8Array.of(0xff, 0x80, 0x01);
    expect(toHex(positiveSerial(drawn))).toBe('7f8001');
    expect(toHex(drawn)).toBe('ff8001');
  });

  it('refuses an empty, oversized or zero serial', () => {
    expect(() => positiveSerial(new Uint8Array(0))).toThrow(RangeError);
    expect(() => positiveSerial(new Uint8Array(21).fill(1))).toThrow(RangeError);
    expect(() => positiveSerial(Uint8Array.of(0x80, 0))).toThrow('not zero');
  });
});
