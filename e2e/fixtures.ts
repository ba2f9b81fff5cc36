import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/**
 * Every test starts from a clean browser (English, nothing saved) and fails if the page logs a
 * console error or requests anything from another origin.
 */
export const test = base.extend<{ app: Page }>({
  app: async ({ page }, use) => {
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(ORIGIN) && !url.startsWith('blob:') && !url.startsWith('data:'))
        foreign.push(url);
    });
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'language', { get: () => 'en-US' });
      Object.defineProperty(navigator, 'languages', { get: () => ['en-US', 'en'] });
    });
    await page.goto('/');
    await expect(page.getByRole('button', { name: /Pod order-1,/ })).toBeVisible({
      timeout: 20_000,
    });
    await use(page);
    expect(errors, 'console errors').toEqual([]);
    expect(foreign, 'requests to other origins').toEqual([]);
  },
});

/** Runs axe on the page as it is; no violations allowed. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

export { expect };
