/**
 * Cross-check the DER we write with the real `openssl` binary: path validation, the text
 * dump, CSR self-signature and ASN.1 parsing. Skipped (with a reason) where openssl is absent.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRootCa, signWorkloadCertificate } from './ca';
import { createCsr } from './csr';
import { toPem } from './der';
import { exportPrivateKeyPem, generateKeyPair, type KeyAlgorithm } from './keys';

const probe = spawnSync('openssl', ['version'], { encoding: 'utf8' });
const hasOpenssl = probe.status === 0;
if (!hasOpenssl) console.warn('openssl.test.ts: skipped, no `openssl` binary on PATH');
const hasStrictAsn1 =
  hasOpenssl &&
  /^ *-strict /m.test(spawnSync('openssl', ['asn1parse', '-help'], { encoding: 'utf8' }).stderr);

const dir = mkdtempSync(join(tmpdir(), 'svid-lab-openssl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run openssl; returns stdout+stderr, throwing with both on a non-zero exit. */
function openssl(...args: string[]): string {
  const r = spawnSync('openssl', args, { encoding: 'utf8', cwd: dir });
  const out = `${r.stdout}${r.stderr}`;
  if (r.status !== 0) throw new Error(`openssl ${args.join(' ')} failed (${r.status}):\n${out}`);
  return out;
}

const ID = 'spiffe://cluster.local/ns/bookinfo/sa/reviews';
const NOW = Date.now();

describe.skipIf(!hasOpenssl)(`openssl cross-check (${probe.stdout?.trim()})`, () => {
  describe.each<[KeyAlgorithm, KeyAlgorithm]>([
    ['RSA_2048', 'ECDSA_P256'],
    ['ECDSA_P256', 'RSA_2048'],
    ['ECDSA_P256', 'ECDSA_P256'],
  ])('root %s, leaf %s', (rootAlg, leafAlg) => {
    const tag = `${rootAlg}-${leafAlg}`;
    const file = (name: string): string => join(dir, `${name}-${tag}.pem`);

    it('openssl verifies the leaf against the root and prints the Istio profile', async () => {
      const ca = await createRootCa({
        trustDomain: 'cluster.local',
        algorithm: rootAlg,
        notBefore: NOW - 3_600_000,
        ttlMs: 10 * 365 * 86_400_000,
        serial: crypto.getRandomValues(new Uint8Array(16)),
      });
      const keys = await generateKeyPair(leafAlg);
      const leaf = await signWorkloadCertificate(ca, {
        subjectPublicKeyInfo: keys.spki,
        spiffeId: ID,
        serial: crypto.getRandomValues(new Uint8Array(16)),
        notBefore: NOW - 120_000,
        notAfter: NOW + 86_400_000,
      });
      writeFileSync(file('root'), toPem('CERTIFICATE', ca.certDer));
      writeFileSync(file('leaf'), toPem('CERTIFICATE', leaf));
      writeFileSync(file('key'), await exportPrivateKeyPem(keys));

      const verified = openssl('verify', '-x509_strict', '-CAfile', file('root'), file('leaf'));
      expect(verified.trim()).toBe(`${file('leaf')}: OK`);

      const text = openssl('x509', '-text', '-noout', '-in', file('leaf'));
      expect(text).toContain('X509v3 Subject Alternative Name: critical');
      expect(text).toContain(`URI:${ID}`);
      expect(text).toMatch(/X509v3 Basic Constraints: critical\s+CA:FALSE/);
      expect(text).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Key Encipherment/);
      expect(text).toContain('TLS Web Server Authentication, TLS Web Client Authentication');
      expect(text).toMatch(/Subject: *\n/);

      const rootText = openssl('x509', '-text', '-noout', '-in', file('root'));
      expect(rootText).toMatch(/Subject: O ?= ?cluster\.local\n/);
      expect(rootText).toMatch(/X509v3 Basic Constraints: critical\s+CA:TRUE/);
      expect(rootText).toMatch(/X509v3 Key Usage: critical\s+Certificate Sign\n/);

      // the exported private key belongs to the certificate's public key
      const fromKey = openssl('pkey', '-in', file('key'), '-pubout');
      const fromCert = openssl('x509', '-in', file('leaf'), '-noout', '-pubkey');
      expect(fromKey).toBe(fromCert);
    });

    it('openssl accepts the CSR self-signature and shows the requested SAN', async () => {
      const keys = await generateKeyPair(leafAlg);
      writeFileSync(
        file('csr'),
        toPem('CERTIFICATE REQUEST', await createCsr(keys, { uriSans: [ID] })),
      );
      const out = openssl('req', '-verify', '-noout', '-text', '-in', file('csr'));
      expect(out).toMatch(/verify OK/);
      expect(out).toContain('X509v3 Subject Alternative Name: critical');
      expect(out).toContain(`URI:${ID}`);
    });

    it('openssl asn1parse reads every structure to the end', () => {
      for (const name of ['root', 'leaf', 'csr']) {
        const args = ['asn1parse', '-in', file(name), ...(hasStrictAsn1 ? ['-strict'] : [])];
        const out = openssl(...args);
        expect(out).not.toMatch(/error|Error/);
        expect(out.split('\n')[0]).toMatch(/^ +0:d=0 +hl=[234] l= *\d+ cons: SEQUENCE/);
      }
    });
  });

  it('openssl rejects a leaf whose signature was tampered with', async () => {
    const ca = await createRootCa({
      trustDomain: 'cluster.local',
      algorithm: 'ECDSA_P256',
      notBefore: NOW - 3_600_000,
      ttlMs: 86_400_000,
      serial: Uint8Array.of(7),
    });
    const keys = await generateKeyPair('ECDSA_P256');
    const leaf = await signWorkloadCertificate(ca, {
      subjectPublicKeyInfo: keys.spki,
      spiffeId: ID,
      serial: Uint8Array.of(9),
      notBefore: NOW - 120_000,
      notAfter: NOW + 3_600_000,
    });
    leaf[leaf.length - 1]! ^= 1;
    writeFileSync(join(dir, 'root-t.pem'), toPem('CERTIFICATE', ca.certDer));
    writeFileSync(join(dir, 'leaf-t.pem'), toPem('CERTIFICATE', leaf));
    expect(() => openssl('verify', '-CAfile', 'root-t.pem', 'leaf-t.pem')).toThrow(/signature/i);
  });
});
