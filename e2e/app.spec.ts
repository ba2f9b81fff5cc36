import { expect, expectNoAxeViolations, test } from './fixtures';

test('the lesson opens on its cluster with every pod’s SPIFFE ID', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'svid-lab' })).toBeVisible();
  const mesh = app.getByRole('group', { name: /The mesh/ });
  await expect(
    mesh.getByRole('button', { name: /Pod order-1, ServiceAccount order-sa/ }),
  ).toBeVisible();
  await expect(
    mesh.getByRole('button', { name: /Pod order-2, ServiceAccount order-sa/ }),
  ).toBeVisible();
  await expect(
    mesh.getByRole('button', { name: /Pod payment-1, ServiceAccount pay-sa/ }),
  ).toBeVisible();
  await expect(
    mesh.getByRole('button', { name: /Pod legacy, ServiceAccount default/ }),
  ).toBeVisible();
  await app.getByRole('button', { name: /Pod order-1,/ }).click();
  const panel = app.getByRole('tabpanel');
  await expect(panel).toContainText('spiffe://cluster.local/ns/production/sa/order-sa');
  await expect(panel).toContainText('Same ServiceAccount, same ID: order-2');
  await app.getByRole('button', { name: /Pod legacy,/ }).click();
  await expect(panel).toContainText('spiffe://cluster.local/ns/default/sa/default');
  await expectNoAxeViolations(app);
});

test('the language switches to Korean and back, at any time', async ({ app }) => {
  await app.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(app.getByText('Pod가 신원을 얻는 과정을 지켜보세요')).toBeVisible();
  await expect(app.getByRole('tab', { name: '발급' })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'ko');
  await expectNoAxeViolations(app);
  await app.getByRole('combobox', { name: '언어' }).selectOption('en');
  await expect(app.getByText('Watch a pod get its identity')).toBeVisible();
});

test('space plays and pauses; next event jumps exactly to the next scheduled action', async ({
  app,
}) => {
  const time = app.locator('output.time');
  await expect(time).toHaveText('2025-12-10 00:00:00 UTC');
  await app.locator('body').press('Space');
  await expect(app.getByRole('button', { name: /Pause/ })).toBeVisible();
  await app.locator('body').press('Space');
  await expect(app.getByRole('button', { name: /Play/ })).toBeVisible();
  await app.getByRole('button', { name: /Next event/ }).click();
  // The kubelet refreshes the 12h token at 80% of its life: 9h36m after the start.
  await expect(time).toHaveText('2025-12-10 09:36:00 UTC');
});
