import {
  BasicConstraintsExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectAlternativeNameExtension,
  type X509Certificate,
  X509CertificateGenerator,
} from '@peculiar/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { toPem } from '../pki/pem';
import { memoryIo } from './io';
import { verifyCommand } from './verify';

const EC = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const pem = (c: X509Certificate) => toPem(new Uint8Array(c.rawData));
let files: Record<string, string>;

async function ca(name: string) {
  const keys = (await globalThis.crypto.subtle.generateKey(EC, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const cert = await X509CertificateGenerator.createSelfSigned({
    name,
    keys,
    notBefore: new Date('2025-12-10T00:00:00Z'),
    notAfter: new Date('2035-12-08T00:00:00Z'),
    signingAlgorithm: EC,
    extensions: [
      new BasicConstraintsExtension(true, undefined, true),
      new KeyUsagesExtension(KeyUsageFlags.keyCertSign, true),
    ],
  });
  return { cert, keys };
}

beforeAll(async () => {
  const root = await ca('O=cluster.local');
  const other = await ca('O=other.example');
  const leafKeys = (await globalThis.crypto.subtle.generateKey(EC, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const leaf = await X509CertificateGenerator.create({
    subject: '',
    issuer: root.cert.subject,
    notBefore: new Date('2025-12-10T00:00:00Z'),
    notAfter: new Date('2025-12-11T00:00:00Z'),
    signingAlgorithm: EC,
    publicKey: leafKeys.publicKey,
    signingKey: root.keys.privateKey,
    extensions: [
      new BasicConstraintsExtension(false, undefined, true),
      new KeyUsagesExtension(KeyUsageFlags.digitalSignature, true),
      new SubjectAlternativeNameExtension(
        [{ type: 'url', value: 'spiffe://cluster.local/ns/prod/sa/order-sa' }],
        true,
      ),
    ],
  });
  files = {
    'root.pem': pem(root.cert),
    'other.pem': pem(other.cert),
    'chain.pem': pem(leaf) + pem(root.cert),
    'garbage.pem': '-----BEGIN CERTIFICATE-----\n@@@\n-----END CERTIFICATE-----\n',
  };
});

const run = async (...args: string[]) => {
  const io = memoryIo(files);
  const code = await verifyCommand(args, io);
  return { code, out: io.out, err: io.err };
};

describe('svid verify', () => {
  it('prints {"ok":true,"spiffeId":...} and exits 0 for a good chain', async () => {
    const r = await run('--bundle', 'root.pem', '--cert', 'chain.pem', '--at=2025-12-10T12:00:00Z');
    expect(r).toEqual({
      code: 0,
      out: ['{"ok":true,"spiffeId":"spiffe://cluster.local/ns/prod/sa/order-sa"}'],
      err: [],
    });
  });

  it('prints the reason and exits 1 when the chain does not verify', async () => {
    const expired = await run(
      '--bundle',
      'root.pem',
      '--cert',
      'chain.pem',
      '--at',
      '2026-01-01T00:00:00Z',
    );
    expect(expired.code).toBe(1);
    expect(JSON.parse(expired.out[0]!)).toEqual({
      ok: false,
      error: expect.stringContaining('expired'),
    });
    const foreign = await run(
      '--bundle',
      'other.pem',
      '--cert',
      'chain.pem',
      '--at',
      '2025-12-10T12:00:00Z',
    );
    expect(JSON.parse(foreign.out[0]!).error).toContain('not a root in the trust bundle');
    const td = await run(
      '--bundle=root.pem',
      '--cert=chain.pem',
      '--trust-domain=example.org',
      '--at=2025-12-10T12:00:00Z',
    );
    expect(JSON.parse(td.out[0]!).error).toContain('"example.org" was expected');
  });

  it('reports broken PEM as a verification failure, not a crash', async () => {
    const r = await run('--bundle', 'root.pem', '--cert', 'garbage.pem');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out[0]!).error).toContain("contains '@' on line 2");
  });

  it.each([
    [['--cert', 'chain.pem'], '--bundle is required'],
    [['--bundle', 'root.pem', '--cert'], '--cert needs a value'],
    [['--bundle', 'root.pem', '--cert', 'chain.pem', '--at', 'yesterday'], 'not an ISO 8601 time'],
    [
      ['--bundle', 'root.pem', '--cert', 'chain.pem', '--verbose'],
      "unexpected argument '--verbose'",
    ],
    [['--bundle', 'missing.pem', '--cert', 'chain.pem'], "cannot read --bundle file 'missing.pem'"],
  ])('bad usage %j: message on stderr, exit 2', async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err[0]).toContain(message);
  });
});
