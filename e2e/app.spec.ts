import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the app loads with no console errors and no foreign requests', async ({ page }) => {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1:4173')) foreign.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'svid-lab' })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
  expect(errors).toEqual([]);
  expect(foreign).toEqual([]);
});
