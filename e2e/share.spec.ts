import { expect, type Page, test } from '@playwright/test';

async function start(page: Page) {
  await page.addInitScript(() => {
    if (!localStorage.getItem('svid-lab:v1'))
      localStorage.setItem('svid-lab:v1', JSON.stringify({ language: 'en', introDone: true }));
  });
  await page.goto('/');
}

test('a shared link opens the same sandbox in a fresh browser', async ({ page, browser }) => {
  await start(page);
  // Change the sandbox: lesson 1 up to the rollout replaces order-1 with order-2, on a new IP.
  await page.goto('/#lesson=01&step=3');
  await expect(page.getByText('Step 3 of 9').first()).toBeVisible({ timeout: 20_000 });
  const clock = page.locator('output.time');
  const time = await clock.textContent();
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this sandbox' });
  const input = dialog.getByRole('textbox', { name: 'Copy link' });
  await expect(input).toHaveValue(/#s=1\.[A-Za-z0-9_-]+$/);
  const link = await input.inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.locator('output.time')).toHaveText(time ?? '');
  await other.getByRole('button', { name: /Pod order-2,/ }).click();
  await other.getByRole('tab', { name: 'Pod' }).click();
  await expect(other.getByRole('tabpanel')).toContainText('10.0.1.3');
  await expect(other.getByRole('button', { name: /Pod mallory-1,/ })).toHaveCount(0);
  await fresh.close();
});

test('a broken link says why and leaves the sandbox as it was', async ({ page }) => {
  await start(page);
  await page.goto('/#s=1.ab*cd');
  const alert = page.getByRole('alert').filter({ hasText: 'This could not be opened' });
  await expect(alert).toContainText("This could not be opened: the link is damaged: character '*'");
  await expect(alert).toContainText('Your sandbox is unchanged.');
  await expect(page.getByRole('button', { name: /Pod order-1,/ })).toBeVisible();
});

test('the event log downloads as JSON Lines', async ({ page }) => {
  await start(page);
  // The log fills once the engine has booted the lesson's cluster.
  await expect(page.getByRole('button', { name: /Pod order-1,/ })).toBeVisible();
  await page.getByRole('button', { name: 'Share' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download event log (JSON Lines)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/-events\.jsonl$/);
  const text = await (await download.createReadStream()).toArray();
  const lines = Buffer.concat(text).toString('utf8').trim().split('\n');
  const first = JSON.parse(lines[0] ?? '{}') as { t?: string; type?: string };
  expect(first.t).toMatch(/^\d{4}-\d\d-\d\dT/);
  expect(first.type).toBe('pod.started');
});
