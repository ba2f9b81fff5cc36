import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** Presses Next event until the clock reads `until` or later (it jumps to scheduled actions). */
async function runTo(app: Page, until: string) {
  const time = app.locator('output.time');
  for (let i = 0; i < 60 && ((await time.textContent()) ?? '') < until; i++) {
    const before = await time.textContent();
    await app.getByRole('button', { name: /Next event/ }).click();
    await expect(time).not.toHaveText(before ?? '');
  }
}

/** What the Pod panel and the timeline say about the mesh, to compare moments by. */
async function podState(app: Page) {
  const panel = ((await app.getByRole('tabpanel').textContent()) ?? '').replace(/\s+/g, ' ');
  const rotations = await app.getByTestId('timeline-rotations').textContent();
  return { time: await app.locator('output.time').textContent(), panel, rotations };
}

test('scrubbing the timeline back and forth returns the same pod states', async ({ app }) => {
  await app.getByRole('button', { name: /Pod order-1,/ }).click();
  await app.getByRole('tab', { name: 'Pod', exact: true }).click();
  await runTo(app, '2025-12-10 19');
  const late = await podState(app);
  expect(late.rotations).toContain('order-1');

  const scrubber = app.getByRole('slider', { name: /Moment shown/ });
  const box = await scrubber.boundingBox();
  const viewport = app.viewportSize();
  expect(box && viewport).toBeTruthy();
  if (box && viewport) {
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const top = await app.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('data-testid'),
      centre,
    );
    expect(top, 'nothing covers the scrubber').toBe('scrubber');
  }

  await scrubber.focus();
  await scrubber.press('Home');
  const time = app.locator('output.time');
  await expect(time).toHaveText('2025-12-10 00:00:00 UTC');
  await expect(app.getByTestId('rewind-looking')).toContainText('You are looking at +0');
  await expect(app.getByTestId('rewind-keys')).toContainText('Keys and signatures');
  const early = await podState(app);
  expect(early.rotations).not.toContain('order-1');
  expect(early.panel).not.toEqual(late.panel);
  await expectNoAxeViolations(app);

  await scrubber.press('End');
  await expect(time).toHaveText(late.time ?? '');
  expect(await podState(app)).toEqual(late);

  await scrubber.press('Home');
  await expect(time).toHaveText('2025-12-10 00:00:00 UTC');
  expect(await podState(app)).toEqual(early);

  // The note on key material is said once: dismissed, it stays away on the next rewind.
  await app.getByTestId('rewind-keys').getByRole('button', { name: 'Dismiss' }).click();
  await expect(app.getByTestId('rewind-keys')).toHaveCount(0);
  await scrubber.press('End');
  await expect(time).toHaveText(late.time ?? '');
  await expect(app.getByTestId('rewind-looking')).toHaveCount(0);
  await scrubber.press('ArrowLeft');
  await expect(app.getByTestId('rewind-looking')).toBeVisible();
  await expect(app.getByTestId('rewind-keys')).toHaveCount(0);
});

test('dragging on the axis goes back to the moment under the pointer', async ({ app }) => {
  await runTo(app, '2025-12-10 12');
  const scrubber = app.getByRole('slider', { name: /Moment shown/ });
  const handle = await scrubber.boundingBox();
  if (!handle) throw new Error('no scrubber');
  const y = handle.y + handle.height / 2;
  await app.mouse.move(handle.x + handle.width / 2, y);
  await app.mouse.down();
  await app.mouse.move(handle.x - 200, y, { steps: 5 });
  await app.mouse.move(0, y, { steps: 5 });
  await app.mouse.up();
  // Past the start, the rewind stops at it.
  await expect(app.locator('output.time')).toHaveText('2025-12-10 00:00:00 UTC');
  await expect(scrubber).toHaveAttribute('aria-valuenow', '0');
});
