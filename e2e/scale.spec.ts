import { expect, test } from './fixtures';

test('a mesh scaled to 200 pods is drawn as cells; a group opens; a cell opens its pod; the log holds only the rows in view', async ({
  app,
}) => {
  await app.getByRole('tab', { name: 'Pod' }).click();
  const field = app.getByLabel('Replicas of production/order');
  await field.fill('198');
  await field.locator('xpath=../..').getByRole('button', { name: 'Scale' }).click();

  const cells = app.locator('.mesh .pod.cell');
  await expect(cells).toHaveCount(200, { timeout: 30_000 });
  await expect(app.getByRole('note')).toContainText('past the renewal mark');
  // The mesh fits above the legend: no cell lies under it.
  await expect
    .poll(() =>
      app.evaluate(() => {
        const legend = document.querySelector('.mesh-legend')?.getBoundingClientRect();
        const cells = [...document.querySelectorAll('.mesh .pod.cell, .mesh .group-head')];
        const lowest = Math.max(...cells.map((c) => c.getBoundingClientRect().bottom));
        return legend ? Math.round(legend.top - lowest) : -1;
      }),
    )
    .toBeGreaterThanOrEqual(0);
  // Pods get their identities: cells leave the "no certificate" state.
  await app.getByRole('button', { name: /Next event/ }).click();
  await expect(app.locator('.mesh .pod.cell[data-band="ok"]').first()).toBeAttached({
    timeout: 30_000,
  });

  const group = app.locator('[data-group="production/payment"]');
  await expect(group).toHaveAttribute('aria-expanded', 'false');
  await group.focus();
  await group.press('Enter');
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  await expect(app.locator('.mesh .pod:not(.cell)[data-pod="production/payment-1"]')).toBeVisible();

  const cell = app.locator('.mesh .pod.cell[data-pod="production/order-150"]');
  await cell.focus();
  await app.keyboard.press('Enter');
  await app.getByRole('tab', { name: 'Pod' }).click();
  await expect(app.getByRole('tabpanel').getByRole('heading', { level: 2 }).first()).toHaveText(
    'production/order-150',
  );
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  await expect(cell).toHaveClass(/selected/);
  // A click moves the selection: the other cell is pressed, this one no longer.
  const other = app.locator('.mesh .pod.cell[data-pod="production/order-20"]');
  await other.click();
  await expect(other).toHaveAttribute('aria-pressed', 'true');
  await expect(cell).toHaveAttribute('aria-pressed', 'false');
  await expect(app.getByRole('tabpanel').getByRole('heading', { level: 2 }).first()).toHaveText(
    'production/order-20',
  );
  // The cells are named in the language chosen.
  await expect(cell).toHaveAttribute('aria-label', /certificate|left/);
  await app.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(cell).toHaveAttribute('aria-label', /[가-힣]/);
  await app.getByRole('combobox', { name: '언어' }).selectOption('en');
  await expect(cell).toHaveAttribute('aria-label', /certificate|left/);

  await app.getByRole('button', { name: /Play/ }).click();
  await app.waitForTimeout(3000);
  await app.getByRole('button', { name: /Pause/ }).click();
  await app.getByRole('tab', { name: 'Events' }).click();
  const count = await app.getByRole('tabpanel').locator('p[aria-live]').textContent();
  const total = Number(/of (\d+) events/.exec(count ?? '')?.[1]);
  expect(total).toBeGreaterThan(500);
  const rows = await app.locator('ol.log > li').count();
  expect(rows).toBeGreaterThan(0);
  expect(rows).toBeLessThan(total / 5);
});
