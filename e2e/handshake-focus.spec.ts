import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The handshake focus mode in geometry: arrows agree with each message's direction. */
async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('no box: the element is not rendered');
  return b;
}

/** Which way the current message's arrow points: its head sits at the receiver's end. */
async function arrowDirection(focus: Locator): Promise<'client' | 'server'> {
  const now = focus.locator('.focus-msg.now');
  const shaft = await box(now.locator('.focus-arrow'));
  const head = await box(now.locator('.focus-arrow .head'));
  return head.x + head.width / 2 > shaft.x + shaft.width / 2 ? 'client' : 'server';
}

async function openFocus(app: Page) {
  await app.getByRole('tab', { name: 'Handshake' }).click();
  const panel = app.getByRole('tabpanel');
  await panel.getByRole('button', { name: 'Make the call' }).click();
  await expect(panel.getByTestId('principal')).toBeVisible();
  await panel.getByRole('button', { name: 'Watch it step by step' }).click();
  const focus = app.getByRole('dialog', { name: /Handshake order-\d+ → payment-\d+/ });
  await expect(focus).toBeVisible();
  return focus;
}

test('focus mode steps through every message with arrows the right way, the verdict last', async ({
  app,
}) => {
  await app.setViewportSize({ width: 1280, height: 720 });
  const focus = await openFocus(app);
  const verdict = focus.getByTestId('focus-verdict');
  const total = Number(
    (await focus.getByText(/^Step 1 of \d+$/).textContent())?.match(/\d+$/)?.[0],
  );
  expect(total).toBeGreaterThan(8);
  // The client's lane is on the left, the server's on the right.
  const lanes = focus.locator('.focus-lanes strong');
  expect((await box(lanes.first())).x).toBeLessThan((await box(lanes.last())).x);
  await expect(focus.locator('.focus-msg.now')).toHaveAttribute('data-from', 'client');
  await expect(focus.locator('.focus-msg.now .focus-name')).toHaveText('ClientHello');
  await expect(focus.locator('.focus-sentence')).toContainText('order-');
  await app.screenshot({ path: 'test-results/focus-1280-first.png' });
  const seen: string[] = [];
  for (let i = 1; i <= total; i++) {
    await expect(focus.getByText(`Step ${i} of ${total}`)).toBeVisible();
    const now = focus.locator('.focus-msg.now');
    if ((await now.count()) === 1) {
      const from = await now.getAttribute('data-from');
      expect(from === 'client' || from === 'server').toBe(true);
      expect(await arrowDirection(focus)).toBe(from);
      const locked = (await now.locator('.focus-lock').count()) === 1 ? 'locked ' : '';
      seen.push(`${from}:${locked}${await now.locator('.focus-name').textContent()}`);
    }
    if (i < total) await expect(verdict).toHaveCount(0);
    if (i < total) await app.keyboard.press('ArrowRight');
  }
  expect(seen[0]).toBe('client:ClientHello');
  expect(seen[1]).toBe('server:ServerHello');
  expect(seen).toContain('server:locked CertificateVerify');
  expect(seen).toContain('client:locked Certificate');
  await expect(verdict).toContainText('HTTP 200');
  await app.screenshot({ path: 'test-results/focus-1280-verdict.png' });
  // Back one step: the principal, stripped of spiffe://, and the rule that decides.
  await focus.getByRole('button', { name: /Back/ }).click();
  await expect(verdict).toHaveCount(0);
  await expect(focus.getByTestId('focus-principal')).toHaveText(
    'cluster.local/ns/production/sa/order-sa',
  );
  await expect(focus.getByTestId('focus-san')).toContainText('spiffe://');
  await app.keyboard.press('ArrowLeft');
  await expect(focus.getByText(`Step ${total - 2} of ${total}`)).toBeVisible();
  await expectNoAxeViolations(app);
  await app.keyboard.press('Escape');
  await expect(focus).toHaveCount(0);
});

test('focus mode opens from a call edge on the mesh and works in Korean at 390×844', async ({
  app,
}) => {
  await app.setViewportSize({ width: 390, height: 844 });
  await app.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  const panelTab = app.getByRole('tab', { name: '핸드셰이크' });
  await panelTab.click();
  await app.locator('.tabpanel form button[type=submit]').click();
  await expect(app.getByTestId('principal')).toBeVisible();
  await app.locator('.call-edge').last().dispatchEvent('click');
  const focus = app.getByRole('dialog', { name: /핸드셰이크 order-\d+ → payment-\d+/ });
  await expect(focus).toBeVisible();
  const vp = app.viewportSize()!;
  const b = await box(focus);
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(vp.width + 1);
  await expect(focus.locator('.focus-sentence')).toContainText('제안합니다');
  await app.keyboard.press('ArrowRight');
  await expect(focus.locator('.focus-msg.now')).toHaveAttribute('data-from', 'server');
  expect(await arrowDirection(focus)).toBe('server');
  await app.screenshot({ path: 'test-results/focus-390-ko.png' });
  await expectNoAxeViolations(app);
  await focus.getByRole('button', { name: /나가기/ }).click();
  await expect(focus).toHaveCount(0);
});
