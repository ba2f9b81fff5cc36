import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectNoAxeViolations, test } from './fixtures';

test('a downloaded certificate PEM verifies with openssl against the downloaded root', async ({
  app,
}) => {
  await app.getByRole('button', { name: /Pod order-1,/ }).click();
  await app.getByRole('tab', { name: 'Certificate' }).click();
  const panel = app.getByRole('tabpanel');
  await expect(panel).toContainText('X509v3 Subject Alternative Name: critical');
  await expect(panel).toContainText('istioctl proxy-config secret order-1.production');
  await panel.getByRole('button', { name: /Subject Alternative Name: exactly one URI/ }).click();
  await expect(panel.locator('.line.hl').first()).toContainText('X509v3 Subject Alternative Name');
  await expectNoAxeViolations(app);

  const dir = mkdtempSync(join(tmpdir(), 'svid-e2e-'));
  const [leaf] = await Promise.all([
    app.waitForEvent('download'),
    panel.getByRole('button', { name: /Download certificate PEM/ }).click(),
  ]);
  await leaf.saveAs(join(dir, leaf.suggestedFilename()));
  const [root] = await Promise.all([
    app.waitForEvent('download'),
    panel.getByRole('button', { name: /Download root PEM/ }).click(),
  ]);
  await root.saveAs(join(dir, root.suggestedFilename()));
  expect(leaf.suggestedFilename()).toBe('order-1.pem');
  expect(root.suggestedFilename()).toBe('root-cert.pem');
  const command = (await panel.locator('pre').last().textContent()) ?? '';
  const attime = /-attime (\d+)/.exec(command)?.[1];
  expect(attime).toBeDefined();
  const out = execFileSync(
    'openssl',
    ['verify', '-attime', attime!, '-CAfile', join(dir, 'root-cert.pem'), join(dir, 'order-1.pem')],
    {
      encoding: 'utf8',
    },
  );
  expect(out.trim()).toBe(`${join(dir, 'order-1.pem')}: OK`);
  const text = execFileSync(
    'openssl',
    ['x509', '-in', join(dir, 'order-1.pem'), '-noout', '-ext', 'subjectAltName'],
    { encoding: 'utf8' },
  );
  expect(text).toContain('URI:spiffe://cluster.local/ns/production/sa/order-sa');
});
