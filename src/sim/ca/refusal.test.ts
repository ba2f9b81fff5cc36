import { describe, expect, it } from 'vitest';
import { type Cacerts, checkCacerts } from '../../pki/cacerts';
import { LESSON_DEFAULTS, type MeshConfig } from '../config';
import { Rng } from '../rng';
import { OfflineCa } from './offline-ca';
import { cacertsWhy } from './refusal';

const start = LESSON_DEFAULTS.start;
const at = new Date(start + 3_600_000);
const config: MeshConfig = {
  ...LESSON_DEFAULTS,
  ca: { ...LESSON_DEFAULTS.ca, mode: 'plugged-in' },
};

async function files(flaw?: MeshConfig['ca']['flaw']): Promise<Cacerts> {
  const ca = { ...config.ca, ...(flaw ? { flaw } : {}) };
  return new OfflineCa({ ...config, ca }, new Rng(7)).initial(start);
}

async function refusal(cacerts: Cacerts, when = at) {
  const problem = await checkCacerts(cacerts, when);
  if (!problem) throw new Error('accepted');
  return cacertsWhy(problem);
}

describe('a cacerts refusal as a structured reason', () => {
  it('reads each of checkCacerts’ sentences as its code, with the names it quotes', async () => {
    expect((await refusal(await files('not-signed-by-root'))).code).toBe('cacerts.notSignedByRoot');
    expect((await refusal(await files('key-mismatch'))).code).toBe('cacerts.keyMismatch');
    expect((await refusal(await files('not-a-ca'))).code).toBe('cacerts.notCa');
    const expired = await refusal(await files('expired'));
    expect(expired).toMatchObject({ code: 'cacerts.expired', params: { file: 'ca-cert.pem' } });
    expect(expired.params.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(expired.params.subject).toMatch(/intermediate/);
    const good = await files();
    expect(await refusal({ ...good, caKey: good.caKey.slice(0, 20) })).toEqual({
      code: 'cacerts.badKey',
      params: { file: 'ca-key.pem' },
    });
    expect(await refusal({ ...good, rootCerts: [] })).toEqual({
      code: 'cacerts.noRoot',
      params: { file: 'root-cert.pem' },
    });
    expect(await refusal({ ...good, caCert: good.caCert.slice(0, 30) })).toEqual({
      code: 'cacerts.notCertificate',
      params: { file: 'ca-cert.pem' },
    });
    expect((await refusal(good, new Date(start - 86_400_000))).code).toBe('cacerts.notYetValid');
  });

  it('keeps any other sentence as a plain refusal of the file', () => {
    expect(cacertsWhy({ file: 'cert-chain.pem', problem: 'something new' })).toEqual({
      code: 'cacerts.other',
      params: { file: 'cert-chain.pem' },
    });
  });
});
