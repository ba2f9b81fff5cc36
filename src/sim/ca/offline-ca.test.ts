import { describe, expect, it } from 'vitest';
import { type Cacerts, checkCacerts } from '../../pki/cacerts';
import { LESSON_DEFAULTS, type MeshConfig } from '../config';
import { Rng } from '../rng';
import { OfflineCa } from './offline-ca';

const start = LESSON_DEFAULTS.start;
const at = new Date(start + 3_600_000);
const config: MeshConfig = {
  ...LESSON_DEFAULTS,
  ca: { ...LESSON_DEFAULTS.ca, mode: 'plugged-in' },
};

async function files(flaw?: MeshConfig['ca']['flaw']): Promise<Cacerts> {
  const offline = new OfflineCa(
    { ...config, ca: { ...config.ca, ...(flaw ? { flaw } : {}) } },
    new Rng(7),
  );
  return offline.initial(start);
}

describe('checkCacerts: what istiod checks before it signs with plugged-in cacerts', () => {
  it('accepts an intermediate signed by the root, with its own key', async () => {
    expect(await checkCacerts(await files(), at)).toBeUndefined();
  });

  it('refuses an intermediate whose signature no root in root-cert.pem verifies', async () => {
    expect(await checkCacerts(await files('not-signed-by-root'), at)).toEqual({
      file: 'ca-cert.pem',
      problem: expect.stringContaining('is not signed by any root in root-cert.pem'),
    });
  });

  it('refuses a key that is not the certificate’s', async () => {
    const problem = await checkCacerts(await files('key-mismatch'), at);
    expect(problem?.file).toBe('ca-key.pem');
    expect(problem?.problem).toMatch(/does not match the public key of ca-cert\.pem/);
  });

  it('refuses an expired intermediate, and one checked after its end', async () => {
    expect((await checkCacerts(await files('expired'), at))?.problem).toMatch(/expired at/);
    const good = await files();
    const later = new Date(start + LESSON_DEFAULTS.ca.intermediateTtlMs + 1000);
    expect((await checkCacerts(good, later))?.problem).toMatch(/root-1 intermediate" expired/);
  });

  it('refuses a signing certificate without CA rights', async () => {
    expect((await checkCacerts(await files('not-a-ca'), at))?.problem).toMatch(
      /is not a CA certificate/,
    );
  });

  it('refuses when the signing root is missing from root-cert.pem, and a mangled key', async () => {
    const good = await files();
    const other = await new OfflineCa(config, new Rng(8)).initial(start);
    expect((await checkCacerts({ ...good, rootCerts: other.rootCerts }, at))?.file).toBe(
      'ca-cert.pem',
    );
    expect(await checkCacerts({ ...good, caKey: good.caKey.slice(0, 20) }, at)).toEqual({
      file: 'ca-key.pem',
      problem: 'not a PKCS#8 RSA or ECDSA private key',
    });
  });
});
