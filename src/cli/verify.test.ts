import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  AuthorityKeyIdentifierExtension,
  BasicConstraintsExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectAlternativeNameExtension,
  SubjectKeyIdentifierExtension,
  type X509Certificate,
  X509CertificateGenerator,
} from '@peculiar/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { toPem } from '../pki/pem';
import { memoryIo } from './io';
import { verifyCommand } from './verify';

const EC = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
const pem = (c: X509Certificate) => toPem(new Uint8Array(c.rawData));
const AT = '2025-12-10T12:00:00Z';
let files: Record<string, string>;
const hasOpenssl = (() => {
  try {
    execSync('openssl version', { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();

/** A plain X.509 chain, root -> two intermediates -> a DNS-named leaf, with key identifiers. */
async function plainChain() {
  const made: { cert: X509Certificate; keys: CryptoKeyPair }[] = [];
  for (const name of ['CN=plain root', 'CN=plain ica 1', 'CN=plain ica 2', 'CN=www.example.com']) {
    const keys = (await globalThis.crypto.subtle.generateKey(EC, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const issuer = made.at(-1) ?? { cert: { subject: name } as X509Certificate, keys };
    const isCa = made.length < 3;
    const cert = await X509CertificateGenerator.create({
      subject: name,
      issuer: issuer.cert.subject,
      notBefore: new Date('2025-12-10T00:00:00Z'),
      notAfter: new Date('2025-12-11T00:00:00Z'),
      signingAlgorithm: EC,
      publicKey: keys.publicKey,
      signingKey: issuer.keys.privateKey,
      extensions: [
        new BasicConstraintsExtension(isCa, undefined, true),
        new KeyUsagesExtension(
          isCa ? KeyUsageFlags.keyCertSign : KeyUsageFlags.digitalSignature,
          true,
        ),
        await SubjectKeyIdentifierExtension.create(keys.publicKey),
        await AuthorityKeyIdentifierExtension.create(issuer.keys.publicKey),
        ...(isCa
          ? []
          : [new SubjectAlternativeNameExtension([{ type: 'dns', value: 'www.example.com' }])]),
      ],
    });
    made.push({ cert, keys });
  }
  return made.map((m) => m.cert);
}

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
  const [plainRoot, ica1, ica2, plainLeaf] = (await plainChain()) as [
    X509Certificate,
    X509Certificate,
    X509Certificate,
    X509Certificate,
  ];
  Object.assign(files, {
    'roots.pem': pem(other.cert) + pem(plainRoot),
    'plain.pem': pem(plainLeaf) + pem(ica1) + pem(ica2),
    'plain-leaf.pem': pem(plainLeaf),
    'intermediates-reversed.pem': pem(ica1) + pem(ica2),
    'empty.pem': '',
  });
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

describe('svid verify --profile x509', () => {
  const x509 = (...args: string[]) => run('--profile', 'x509', ...args);

  it('validates a plain chain; the SPIFFE rules do not apply', async () => {
    const ok = await x509('--bundle', 'roots.pem', '--cert', 'plain.pem', '--at', AT);
    expect(ok).toEqual({ code: 0, out: ['{"ok":true}'], err: [] });
  });

  it('takes intermediates from --untrusted or after the leaf, in any order', async () => {
    const apart = await x509(
      '--bundle=roots.pem',
      '--cert=plain-leaf.pem',
      '--untrusted=intermediates-reversed.pem',
      `--at=${AT}`,
    );
    expect(apart.out).toEqual(['{"ok":true}']);
    const none = await x509('--bundle=roots.pem', '--cert=plain-leaf.pem', `--at=${AT}`);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.out[0]!)).toEqual({
      ok: false,
      error: expect.stringContaining('not a root in the trust bundle'),
    });
  });

  it.each([
    [['--bundle', 'missing.pem', '--cert', 'plain.pem'], "cannot read --bundle file 'missing.pem'"],
    [
      ['--bundle', 'roots.pem', '--cert', 'garbage.pem'],
      "--cert file 'garbage.pem' is not valid PEM",
    ],
    [
      ['--bundle', 'empty.pem', '--cert', 'plain.pem'],
      "--bundle file 'empty.pem' holds no CERTIFICATE",
    ],
    [
      ['--bundle', 'roots.pem', '--cert', 'plain.pem', '--trust-domain', 'x'],
      '--trust-domain applies',
    ],
  ])('unreadable input or bad usage %j: exit 2, no stack trace', async (args, message) => {
    const r = await x509(...args);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err[0]).toContain(message);
    expect(r.err.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('keeps X.509-SVID the default profile and refuses an unknown one', async () => {
    const svid = await run('--bundle', 'roots.pem', '--cert', 'plain.pem', '--at', AT);
    expect(JSON.parse(svid.out[0]!).error).toContain('no URI SAN');
    expect((await run('--profile', 'tls', '--bundle', 'a', '--cert', 'b')).code).toBe(2);
    expect((await run('--bundle', 'a', '--cert', 'b', '--untrusted', 'c')).code).toBe(2);
  });

  it.skipIf(!hasOpenssl)('agrees with openssl verify on a chain openssl built', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'svid-x509-'));
    const sh = (cmd: string) => execSync(cmd, { cwd: dir, stdio: 'pipe' }).toString();
    writeFileSync(
      path.join(dir, 'ext.cnf'),
      [
        '[ca]',
        'basicConstraints=critical,CA:TRUE',
        'keyUsage=critical,keyCertSign,cRLSign',
        'subjectKeyIdentifier=hash',
        'authorityKeyIdentifier=keyid',
        '[leaf]',
        'basicConstraints=critical,CA:FALSE',
        'keyUsage=critical,digitalSignature',
        'subjectAltName=DNS:example.com',
        'subjectKeyIdentifier=hash',
        'authorityKeyIdentifier=keyid',
      ].join('\n'),
    );
    const key = '-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes';
    sh(
      `openssl req -x509 ${key} -keyout root.key -out root.pem -subj /CN=root -days 2 -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign`,
    );
    for (const [name, issuer, ext] of [
      ['int', 'root', 'ca'],
      ['leaf', 'int', 'leaf'],
    ]) {
      sh(`openssl req -new ${key} -keyout ${name}.key -out ${name}.csr -subj /CN=${name}`);
      sh(
        `openssl x509 -req -in ${name}.csr -CA ${issuer}.pem -CAkey ${issuer}.key -out ${name}.pem -days 1 -extfile ext.cnf -extensions ${ext}`,
      );
    }
    expect(sh('openssl verify -CAfile root.pem -untrusted int.pem leaf.pem')).toContain(
      'leaf.pem: OK',
    );
    const io = { ...memoryIo(), readText: (f: string) => readFile(path.join(dir, f), 'utf8') };
    const code = await verifyCommand(
      ['--profile', 'x509', '--bundle', 'root.pem', '--cert', 'leaf.pem', '--untrusted', 'int.pem'],
      io,
    );
    expect({ code, out: io.out }).toEqual({ code: 0, out: ['{"ok":true}'] });
    // Both refuse the leaf without its intermediate.
    expect(() => sh('openssl verify -CAfile root.pem leaf.pem')).toThrow();
    const alone = { ...io, out: [] as string[], stdout: (l: string) => alone.out.push(l) };
    expect(
      await verifyCommand(['--profile=x509', '--bundle=root.pem', '--cert=leaf.pem'], alone),
    ).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  });
});
