import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The stage in geometry: narration beside or under the mesh, calls drawn on the graph. */
const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('no box: the element is not rendered');
  return b;
}

function intersects(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function openStep(page: Page, lesson: string, step: number, lang = 'en') {
  await page.addInitScript(
    (l) => localStorage.setItem('svid-lab:v1', JSON.stringify({ language: l, introDone: true })),
    lang,
  );
  await page.goto(`/#lesson=${lesson}&step=${step}`);
  // A fresh load at this size (a hash change alone keeps the state of the first load).
  await page.reload();
  await expect(page.locator('.lessons-dock')).toBeVisible();
  await expect(page.locator('.spotlight')).toBeAttached({ timeout: 20_000 });
  // Let the mesh re-fit to the space the narration left it.
  await page.waitForTimeout(700);
}

for (const vp of VIEWPORTS) {
  for (const [lesson, step, pod] of [
    ['01', 2, 'production/order-2'],
    ['05', 1, 'production/order-1'],
  ] as const) {
    test(`lesson ${lesson} at ${vp.width}: the narration never covers the highlighted pod`, async ({
      app,
    }) => {
      await app.setViewportSize(vp);
      await openStep(app, lesson, step);
      const dock = await box(app.locator('.lessons-dock'));
      const spotlit = app.locator('.spotlight');
      await expect(spotlit).toHaveAttribute('data-pod', pod);
      const target = await box(app.locator(`.mesh [data-pod="${pod}"]`).first());
      const mesh = await box(app.locator('svg.mesh'));
      expect(intersects(dock, target), 'narration over the pod').toBe(false);
      // The pod is in sight, inside the mesh's own box, and the narration is not over the mesh.
      expect(target.x).toBeGreaterThanOrEqual(mesh.x - 1);
      expect(target.y).toBeGreaterThanOrEqual(mesh.y - 1);
      expect(target.x + target.width).toBeLessThanOrEqual(mesh.x + mesh.width + 1);
      expect(target.y + target.height).toBeLessThanOrEqual(mesh.y + mesh.height + 1);
      expect(intersects(dock, mesh), 'narration over the mesh').toBe(false);
      if (vp.width <= 820) expect(dock.height).toBeLessThanOrEqual(vp.height * 0.45 + 1);
      await app.screenshot({ path: `test-results/stage-lesson${lesson}-${vp.width}.png` });
    });
  }
}

test('a call draws an edge caller → callee with its lock, principal and status', async ({
  app,
}) => {
  await app.getByRole('tab', { name: 'Handshake' }).click();
  await app.locator('.tabpanel form button[type=submit]').click();
  await expect(app.getByTestId('principal')).toBeVisible();
  const edge = app.locator('.call-edge').last();
  await expect(edge).toBeAttached();
  const from = await edge.getAttribute('data-from');
  const to = await edge.getAttribute('data-to');
  expect(from).not.toBe(to);
  // The messages travel first; the badge lands when the handshake is over.
  const badge = edge.locator('.call-badge');
  await expect(badge).toBeVisible({ timeout: 15_000 });
  await expect(badge.locator('.call-status')).toHaveText('200');
  await expect(badge.locator('.call-lock')).not.toHaveClass(/open/);
  await expect(badge.locator('.call-principal')).toContainText('/sa/');
  // The edge runs between the two pods' boxes.
  const line = await box(edge.locator('.call-line'));
  const a = await box(app.locator(`.mesh [data-pod="${from}"]`).first());
  const b = await box(app.locator(`.mesh [data-pod="${to}"]`).first());
  const hull = {
    x: Math.min(a.x, b.x) - 80,
    y: Math.min(a.y, b.y) - 80,
    width: Math.max(a.x + a.width, b.x + b.width) - Math.min(a.x, b.x) + 160,
    height: Math.max(a.y + a.height, b.y + b.height) - Math.min(a.y, b.y) + 160,
  };
  expect(intersects(line, hull)).toBe(true);
  await app.screenshot({ path: 'test-results/stage-call.png' });
  // A second call on the pair shares the edge and counts.
  await app.locator('.tabpanel form button[type=submit]').click();
  await expect(badge.locator('.call-status')).toHaveText('200 ×2', { timeout: 15_000 });
  await expect(app.locator(`.call-edge[data-from="${from}"][data-to="${to}"]`)).toHaveCount(1);
  // Clicking the edge opens that call's handshake.
  await app.getByRole('tab', { name: 'Pod' }).click();
  await edge.dispatchEvent('click');
  await expect(app.getByRole('tab', { name: 'Handshake' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('with reduced motion the call lands at once: no messages in flight, the badge shown', async ({
  app,
}) => {
  await app.emulateMedia({ reducedMotion: 'reduce' });
  await app.getByRole('tab', { name: 'Handshake' }).click();
  await app.locator('.tabpanel form button[type=submit]').click();
  await expect(app.getByTestId('principal')).toBeVisible();
  const edge = app.locator('.call-edge').last();
  await expect(edge.locator('.call-badge .call-status')).toHaveText('200', { timeout: 2_000 });
  await expect(edge.locator('.call-msg')).toHaveCount(0);
  // A second call on the pair lands at once too, counted.
  await app.locator('.tabpanel form button[type=submit]').click();
  await expect(edge.locator('.call-badge .call-status')).toHaveText('200 ×2', { timeout: 2_000 });
});

test('an istiod outage: expired spans red and hatched, never "in use"; the pod says so', async ({
  app,
}) => {
  await app.getByRole('button', { name: /Pod order-1,/ }).click();
  await app.getByRole('button', { name: 'Take istiod down' }).click();
  await app.locator('.clock select').selectOption('86400');
  await app.locator('.clock button.primary').click();
  await expect(app.locator('.tl-expired').first()).toBeAttached({ timeout: 20_000 });
  await app.locator('.clock button.primary').click();
  await expect(app.locator('.expired-pod').first()).toBeVisible();
  await expect(app.getByTestId('retry')).toContainText(
    /istiod unreachable · attempt \d+ · next retry \d\d:\d\d UTC/,
  );
  const spansEndAtExpiry = async () => {
    for (const span of await app.locator('.tl-expired').all()) {
      const used = await box(span.locator('xpath=..').locator('.tl-bar'));
      const expired = await box(span.locator('rect'));
      expect(used.x + used.width).toBeLessThanOrEqual(expired.x + 1);
    }
  };
  await spansEndAtExpiry();
  await app.screenshot({ path: 'test-results/stage-outage.png' });
  // Over a day a pod retries a few hundred times; the log folds each run (up to the expiry or
  // a token refresh) into one row with the count and the last attempt.
  await app.getByRole('tab', { name: 'Events' }).click();
  const log = app.getByRole('tabpanel');
  await log.getByRole('searchbox').fill('order-1');
  const retries = log.locator('li[data-type="csr.retry"]');
  await expect(retries.first()).toContainText(/×\d+, the last at \+\d/);
  const counts = await retries.evaluateAll((rows) => rows.map((r) => Number(r.dataset.count)));
  expect(counts.length).toBeLessThan(8);
  expect(Math.max(...counts)).toBeGreaterThan(20);
  await app.getByRole('tab', { name: 'Pod' }).click();
  // istiod returns: the pods renew, and the time they spent expired stays drawn as expired.
  await app.getByRole('button', { name: 'Bring istiod up' }).click();
  await app.getByRole('button', { name: /Next event/ }).click();
  await app.waitForTimeout(500);
  await expect(app.locator('.tl-expired').first()).toBeAttached();
  await spansEndAtExpiry();
});
