import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The artefact of the step on screen starts inside the viewport, and nothing covers its top. */
async function artefactInView(page: Page, panel: Locator) {
  const artefact = panel.locator('.artefact');
  await expect(artefact).toBeInViewport();
  const box = (await artefact.boundingBox())!;
  const height = page.viewportSize()!.height;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeLessThan(height - 80);
  const x = box.x + Math.min(40, box.width / 2);
  const y = box.y + 12;
  const covered = await page.evaluate(
    ([px, py]) => !document.elementFromPoint(px!, py!)?.closest('.artefact'),
    [x, y],
  );
  expect(covered, 'the artefact top is not covered').toBe(false);
}

test('a new pod gets its identity in four steps, each with its real artefact', async ({ app }) => {
  await app.setViewportSize({ width: 1280, height: 720 });
  await app.getByRole('checkbox', { name: /Teaching mode/ }).check();
  await app.getByRole('button', { name: 'Start a pod' }).click();
  const panel = app.getByRole('tabpanel');
  await expect(panel.getByRole('heading', { name: 'Step 1 of 4: Pod start' })).toBeVisible();
  await expect(panel).toContainText('/var/run/secrets/tokens/istio-token');
  await expect(panel).toContainText('"istio-ca"');
  await artefactInView(app, panel);
  await expect(panel).toContainText('system:serviceaccount:production:order-sa');
  await expectNoAxeViolations(app);

  await panel.getByRole('button', { name: /Next step/ }).click();
  await expect(panel.getByRole('heading', { name: 'Step 2 of 4: CSR sent' })).toBeVisible();
  await expect(panel).toContainText('-----BEGIN CERTIFICATE REQUEST-----');
  await expect(panel).toContainText('/istio.v1.auth.IstioCertificateService/CreateCertificate');
  await artefactInView(app, panel);
  // Teaching mode waits for Next: the walk-through stays on this step.
  await app.waitForTimeout(7000);
  await expect(panel.getByRole('heading', { name: 'Step 2 of 4: CSR sent' })).toBeVisible();

  await panel.getByRole('button', { name: /Next step/ }).click();
  await expect(panel.getByRole('heading', { name: 'Step 3 of 4: Verify and issue' })).toBeVisible();
  await expect(panel).toContainText('kind: TokenReview');
  await expect(panel).toContainText('authenticated: true');
  await artefactInView(app, panel);
  await expect(panel).toContainText('spiffe://cluster.local/ns/production/sa/order-sa');

  await panel.getByRole('button', { name: /Next step/ }).click();
  await expect(
    panel.getByRole('heading', { name: 'Step 4 of 4: Certificate received' }),
  ).toBeVisible();
  await expect(panel).toContainText('ROOTCA');
  await expect(panel).toContainText('Cert Chain');
  await expect(panel).toContainText('URI:spiffe://cluster.local/ns/production/sa/order-sa');
  await expect(panel).toContainText(
    'Renewal scheduled for 2025-12-10 18:00:00 UTC (75% of the lifetime)',
  );

  await panel.getByRole('button', { name: /Previous step/ }).click();
  await expect(panel.getByRole('heading', { name: 'Step 3 of 4: Verify and issue' })).toBeVisible();
  await expect(
    app.getByRole('button', {
      name: /Pod order-3, ServiceAccount order-sa, certificate in memory/,
    }),
  ).toBeVisible();
  await expect(app.getByText('Speed up time to see renewal at 75%')).toBeVisible();

  // The renewal hint plays at a watchable 1 h/s, then the guided hints go on to the call.
  await app.getByRole('button', { name: 'Play at 1 h/s' }).click();
  await expect(app.getByText(/Watch the gauge drain: at the 75% notch/)).toBeVisible();
  await expect(app.getByText(/Now let order call payment/)).toBeVisible({ timeout: 40_000 });
});

test('at one simulated day per second the first rotation comes at 75%, on the timeline and in the log', async ({
  app,
}) => {
  await app.getByRole('combobox', { name: 'Speed' }).selectOption({ label: '1 d/s' });
  await app.getByRole('button', { name: /Play/ }).click();
  await expect(app.getByTestId('timeline-rotations')).toContainText(
    'renewal production/order-1 +18h 0m (75%)',
    {
      timeout: 20_000,
    },
  );
  await app.getByRole('button', { name: /Pause/ }).click();
  await app.getByRole('tab', { name: 'Events' }).click();
  const panel = app.getByRole('tabpanel');
  await panel.getByRole('button', { name: 'renewal' }).click();
  await expect(panel.locator('li[data-type="cert.rotated"]').first()).toContainText(
    'renewed without downtime',
  );
  await expect(panel.locator('li[data-type="cert.rotated"]').last()).toContainText('+18h 0m');
  await expectNoAxeViolations(app);
});
