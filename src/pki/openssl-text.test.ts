import { execFileSync } from 'node:child_process';
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  ExtendedKeyUsage,
  ExtendedKeyUsageExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
  X509CertificateGenerator,
} from '@peculiar/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderOpensslText } from './openssl-text';

const EC = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const RSA = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
};

function realOpenssl(der: Uint8Array): string {
  return execFileSync('openssl', ['x509', '-inform', 'der', '-text', '-noout'], {
    input: der,
    encoding: 'utf8',
  });
}
let hasOpenssl = true;
try {
  execFileSync('openssl', ['version'], { stdio: 'ignore' });
} catch {
  hasOpenssl = false;
  console.warn('openssl not found on PATH: skipping the comparison with the real openssl');
}

const gen = (alg: typeof EC | typeof RSA) =>
  globalThis.crypto.subtle.generateKey(alg, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;

/** An Istio workload certificate: empty subject, critical URI SAN, KU, EKU, CA:FALSE, AKI. */
async function istioLeaf(alg: typeof EC | typeof RSA, serialNumber: string) {
  const rootKeys = await gen(EC);
  const keys = await gen(alg);
  const cert = await X509CertificateGenerator.create({
    serialNumber,
    subject: '',
    issuer: 'O=cluster.local',
    notBefore: new Date('2025-12-09T23:58:00Z'),
    notAfter: new Date('2025-12-11T00:00:00Z'),
    signingAlgorithm: EC,
    publicKey: keys.publicKey,
    signingKey: rootKeys.privateKey,
    extensions: [
      new KeyUsagesExtension(KeyUsageFlags.digitalSignature | KeyUsageFlags.keyEncipherment, true),
      new ExtendedKeyUsageExtension([ExtendedKeyUsage.serverAuth, ExtendedKeyUsage.clientAuth]),
      new BasicConstraintsExtension(false, undefined, true),
      await AuthorityKeyIdentifierExtension.create(rootKeys.publicKey),
      new SubjectAlternativeNameExtension(
        [{ type: 'url', value: 'spiffe://cluster.local/ns/default/sa/sleep' }],
        true,
      ),
    ],
  });
  return new Uint8Array(cert.rawData);
}

async function istioRoot() {
  const keys = await gen(RSA);
  const cert = await X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'O=cluster.local',
    keys,
    notBefore: new Date('2025-12-10T00:00:00Z'),
    notAfter: new Date('2035-12-08T00:00:00Z'),
    signingAlgorithm: RSA,
    extensions: [
      new BasicConstraintsExtension(true, 1, true),
      new KeyUsagesExtension(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign, true),
      await SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return new Uint8Array(cert.rawData);
}

const normalise = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
const MEANINGFUL =
  /^(Version|Serial Number|[0-9a-f]{2}(:[0-9a-f]{2})+$|Signature Algorithm|Issuer|Validity|Not |Subject|Public Key Algorithm|Public-Key|X509v3|Digital|TLS|CA:|URI:|ASN1 OID|NIST|Exponent)/;

let ecLeaf: Uint8Array;
let rsaLeaf: Uint8Array;
let root: Uint8Array;
beforeAll(async () => {
  ecLeaf = await istioLeaf(EC, '0f1e2d3c4b5a69788796a5b4c3d2e1f0');
  rsaLeaf = await istioLeaf(RSA, '7f');
  root = await istioRoot();
});

describe('renderOpensslText', () => {
  it('prints the Istio leaf fields in the OpenSSL 3 layout', () => {
    const { text } = renderOpensslText(ecLeaf);
    expect(text).toContain('        Version: 3 (0x2)\n        Serial Number:\n');
    expect(text).toContain('            0f:1e:2d:3c:4b:5a:69:78:87:96:a5:b4:c3:d2:e1:f0\n');
    expect(text).toContain('        Issuer: O = cluster.local\n');
    expect(text).toContain('            Not Before: Dec  9 23:58:00 2025 GMT\n');
    expect(text).toContain('        Subject: \n');
    expect(text).toContain(
      '            X509v3 Key Usage: critical\n                Digital Signature, Key Encipherment\n',
    );
    expect(text).toContain(
      '            X509v3 Extended Key Usage: \n                TLS Web Server Authentication, TLS Web Client Authentication\n',
    );
    expect(text).toContain(
      '            X509v3 Basic Constraints: critical\n                CA:FALSE\n',
    );
    expect(text).toContain(
      '            X509v3 Subject Alternative Name: critical\n                URI:spiffe://cluster.local/ns/default/sa/sleep\n',
    );
  });

  it('prints a small serial in decimal and hex, as OpenSSL does', () => {
    expect(renderOpensslText(rsaLeaf).text).toContain('        Serial Number: 127 (0x7f)\n');
  });

  it('gives line ranges that cover each field', () => {
    const { text, fields } = renderOpensslText(ecLeaf);
    const lines = text.split('\n');
    const at = (key: string) => {
      const f = fields.find((x) => x.key === key)!;
      return lines.slice(f.startLine, f.endLine + 1).join('\n');
    };
    expect(at('san')).toBe(
      '            X509v3 Subject Alternative Name: critical\n                URI:spiffe://cluster.local/ns/default/sa/sleep',
    );
    expect(at('validity').split('\n')).toHaveLength(3);
    expect(at('subject')).toBe('        Subject: ');
    expect(at('publicKey')).toContain('NIST CURVE: P-256');
    expect(at('signature')).toMatch(
      /^ {4}Signature Algorithm: ecdsa-with-SHA256\n {4}Signature Value:\n/,
    );
    expect(fields.map((f) => f.key)).toEqual([
      'serial',
      'issuer',
      'validity',
      'subject',
      'publicKey',
      'keyUsage',
      'extKeyUsage',
      'basicConstraints',
      'aki',
      'san',
      'signature',
    ]);
  });

  it('prints pathlen and the subject key identifier of a CA', () => {
    const { text } = renderOpensslText(root);
    expect(text).toContain('                CA:TRUE, pathlen:1\n');
    expect(text).toMatch(/X509v3 Subject Key Identifier: \n {16}([0-9A-F]{2}:){19}[0-9A-F]{2}\n/);
    expect(text).toContain(
      'Public Key Algorithm: rsaEncryption\n                Public-Key: (2048 bit)',
    );
  });
});

describe.skipIf(!hasOpenssl)('renderOpensslText against the real openssl x509 -text -noout', () => {
  it.each([
    ['EC P-256 leaf', () => ecLeaf],
    ['RSA 2048 leaf', () => rsaLeaf],
    ['RSA root', () => root],
  ])('%s: the meaningful lines match exactly (whitespace-normalised)', (_name, der) => {
    const ours = normalise(renderOpensslText(der()).text);
    const real = normalise(realOpenssl(der()));
    expect(ours.filter((l) => MEANINGFUL.test(l))).toEqual(real.filter((l) => MEANINGFUL.test(l)));
    expect(real.filter((l) => MEANINGFUL.test(l)).length).toBeGreaterThan(15);
    // Stronger still: the whole output, hex dumps included.
    expect(renderOpensslText(der()).text).toBe(realOpenssl(der()));
  });
});
