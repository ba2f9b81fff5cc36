import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { proxyConfigSecretJson } from '../src/pki/istioctl-import';

async function open(page: Page) {
  await page.addInitScript(() => {
    if (!localStorage.getItem('svid-lab:v1'))
      localStorage.setItem('svid-lab:v1', JSON.stringify({ language: 'en', introDone: true }));
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: /Pod order-1,/ })).toBeVisible();
}

test('a scenario with attacks plays in the app, its expectations shown in the log', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('attack-lab');
  await expect(page.getByRole('button', { name: /Pod mallory-1,/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Events' }).click();
  const log = page.getByRole('tabpanel');
  await expect(log).toContainText('attack stolen-token: issued');
  await expect(log).toContainText('attack replayed-token: rejected');
  await expect(log).toContainText('call: allowed peer cluster.local/ns/production/sa/order-sa');
  await expect(log).not.toContainText('✗');
});

test('the JSON of a real istioctl proxy-config secret shows its certificates', async ({ page }) => {
  // A document as istioctl prints it, around certificates the engine issued for real.
  const dir = mkdtempSync(join(tmpdir(), 'svid-import-'));
  execFileSync('npx', [
    'tsx',
    'src/cli/main.ts',
    'run',
    'scenarios/lesson-cluster.yaml',
    '--json',
    '--export',
    dir,
  ]);
  const chain = readFileSync(join(dir, 'production/order-1/cert-chain.pem'), 'utf8');
  const root = readFileSync(join(dir, 'root-cert.pem'), 'utf8');
  const json = proxyConfigSecretJson(chain, root, '2025-12-10T00:00:00.000Z');
  await open(page);
  await page.getByRole('tab', { name: 'Real cluster' }).click();
  await page
    .getByLabel('Paste the output of istioctl proxy-config secret <pod> -o json')
    .fill(json);
  await page.getByRole('button', { name: 'Show certificates' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel).toContainText('spiffe://cluster.local/ns/production/sa/order-sa');
  await page.getByLabel('Paste the output of istioctl proxy-config secret <pod> -o json').fill('{');
  await page.getByRole('button', { name: 'Show certificates' }).click();
  await expect(panel).toContainText('not JSON');
});

test('a two-cluster scenario draws each cluster’s namespace and istiod', async ({ page }) => {
  await open(page);
  await page
    .getByRole('combobox', { name: 'Scenario' })
    .selectOption('two-clusters-separate-roots');
  const payment = page.getByRole('button', { name: /Pod payment-1 in cluster cluster-b,/ });
  await expect(payment).toBeVisible();
  const mesh = page.getByRole('group', { name: /mesh/i }).first();
  const a = mesh.getByText('cluster cluster-a · namespace production');
  const b = mesh.getByText('cluster cluster-b · namespace production');
  await expect(a).toBeVisible();
  await expect(b).toBeVisible();
  // The two regions sit apart, and payment-1's card is inside cluster-b's.
  const [boxA, boxB, card] = await Promise.all([
    a.boundingBox(),
    b.boundingBox(),
    payment.boundingBox(),
  ]);
  expect(boxA && boxB && card).toBeTruthy();
  expect(Math.abs(boxA!.x - boxB!.x)).toBeGreaterThan(50);
  expect(card!.x).toBeGreaterThanOrEqual(boxB!.x - 20);
  const lines = page.getByTestId('istiod-cluster');
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0)).toContainText('cluster-a: cluster-a.local');
  await expect(lines.nth(1)).toContainText('cluster-b: cluster-b.local');
  await expect(mesh).toContainText('cluster-b.local');
  // The Pod panel says which cluster's istiod signed the pod's certificate.
  await payment.dispatchEvent('click');
  await page.getByRole('tab', { name: 'Pod' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.locator('dt', { hasText: /^Cluster$/ })).toBeVisible();
  await expect(panel).toContainText('cluster-b · its istiod signed this certificate');
  // A pod made in the form goes to the cluster picked.
  await panel.getByLabel('Pod name').fill('web-1');
  await panel.getByLabel('Cluster').selectOption('cluster-b');
  await panel.getByRole('button', { name: 'Create pod' }).click();
  await expect(page.getByRole('button', { name: /Pod web-1 in cluster cluster-b,/ })).toBeVisible();
  await expect(panel).toContainText('Clustercluster-b');
});

test('a call across clusters shows the caller’s trust domain on its badge', async ({ page }) => {
  await open(page);
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('two-clusters-shared-root');
  await expect(
    page.getByRole('button', { name: /Pod payment-1 in cluster cluster-b,/ }),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Handshake' }).click();
  await page.getByLabel('Caller').selectOption('production/order-1');
  await page.getByLabel('Callee').selectOption('production/payment-1');
  await page.locator('.tabpanel form button[type=submit]').click();
  await expect(page.getByTestId('principal')).toContainText(
    'cluster-a.local/ns/production/sa/order-sa',
  );
  const badge = page.locator('.call-edge[data-to="production/payment-1"] .call-badge').last();
  await expect(badge).toBeVisible({ timeout: 15_000 });
  await expect(badge.locator('.call-principal')).toHaveText(
    'cluster-a.local/ns/production/sa/order-sa',
  );
  // The whole principal sits inside its badge.
  const text = (await badge.locator('.call-principal').boundingBox())!;
  const frame = (await badge.locator('rect').first().boundingBox())!;
  expect(text.x).toBeGreaterThanOrEqual(frame.x);
  expect(text.x + text.width).toBeLessThanOrEqual(frame.x + frame.width);
});
