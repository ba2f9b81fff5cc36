import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIo, memoryIo, processIo } from './io';
import { runCommand } from './run';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const scenario = join(import.meta.dirname, '../../scenarios/lesson-cluster.yaml');

async function exportLesson(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'svid-export-'));
  const memory = memoryIo({ [scenario]: readFileSync(scenario, 'utf8') });
  const io: CliIo = { ...memory, writeText: processIo.writeText };
  expect(await runCommand([scenario, '--json', '--export', dir], io)).toBe(0);
  return dir;
}

describe('svid run --export', () => {
  it('writes the root and every pod chain, leaf first', async () => {
    const dir = await exportLesson();
    const chain = readFileSync(join(dir, 'production/order-1/cert-chain.pem'), 'utf8');
    expect(chain.match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
    expect(chain.endsWith(readFileSync(join(dir, 'root-cert.pem'), 'utf8'))).toBe(true);
  });

  describe.skipIf(!hasOpenssl)(
    'checked by the real openssl (skipped when openssl is not installed)',
    () => {
      it('verifies against root-cert.pem and shows the Istio leaf profile', async () => {
        const dir = await exportLesson();
        const leafPath = join(dir, 'leaf.pem');
        const chain = readFileSync(join(dir, 'production/payment-1/cert-chain.pem'), 'utf8');
        await processIo.writeText(
          leafPath,
          `${chain.split('-----END CERTIFICATE-----')[0]}-----END CERTIFICATE-----\n`,
        );
        // The lesson's clock starts on 2025-12-10: check at the simulated time, not today's.
        const attime = String(Date.parse('2025-12-10T01:00:00Z') / 1000);
        const root = join(dir, 'root-cert.pem');
        const verify = execFileSync(
          'openssl',
          ['verify', '-x509_strict', '-attime', attime, '-CAfile', root, leafPath],
          { encoding: 'utf8' },
        );
        expect(verify.trim()).toBe(`${leafPath}: OK`);
        const text = execFileSync('openssl', ['x509', '-in', leafPath, '-noout', '-text'], {
          encoding: 'utf8',
        });
        expect(text).toMatch(
          /X509v3 Subject Alternative Name: critical\s+URI:spiffe:\/\/cluster\.local\/ns\/production\/sa\/pay-sa/,
        );
        expect(text).toMatch(/X509v3 Basic Constraints: critical\s+CA:FALSE/);
        expect(text).toMatch(
          /X509v3 Extended Key Usage:\s+TLS Web Server Authentication, TLS Web Client Authentication/,
        );
        expect(text).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Key Encipherment/);
        const rootText = execFileSync(
          'openssl',
          [
            'x509',
            '-in',
            join(dir, 'root-cert.pem'),
            '-noout',
            '-subject',
            '-ext',
            'basicConstraints,keyUsage',
          ],
          { encoding: 'utf8' },
        );
        expect(rootText).toMatch(/subject=O = cluster\.local/);
        expect(rootText).toMatch(/CA:TRUE/);
        expect(rootText).toMatch(/Certificate Sign/);
      });
    },
  );
});
