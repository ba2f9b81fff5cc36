import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/** The smallest text on the mesh as drawn on screen, in CSS pixels (font size × zoom). */
function smallestMeshText(page: Page): Promise<number> {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll('svg.mesh text')].filter(
      (t) => t.getBoundingClientRect().width > 0,
    ) as SVGTextElement[];
    const sizes = texts.map((t) => {
      const m = t.getScreenCTM();
      return parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
    });
    return Math.round(Math.min(...sizes) * 10) / 10;
  });
}

test('presenter mode runs on the keyboard alone at 1280x720', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.addInitScript(() =>
    localStorage.setItem(
      'svid-lab:v1',
      JSON.stringify({ language: 'en', introDone: true, speed: 1 }),
    ),
  );
  await page.goto('/#lesson=02&step=1');
  await expect(page.getByText('Step 1 of 5').first()).toBeVisible();
  await page.getByRole('button', { name: 'Presenter mode' }).click();
  await expect(page.locator('html')).toHaveClass(/presenter/);
  const bar = page.getByRole('complementary', { name: 'Presenter mode' });
  await expect(bar).toBeVisible();
  for (const label of [
    'next step',
    'previous step',
    'play / pause',
    'faster',
    'slower',
    'show / hide panels',
  ])
    await expect(bar).toContainText(label);
  await page.locator('body').focus();

  // The step's actions have run once the player's Next is enabled again.
  const next = page.getByRole('region', { name: /^02\. / }).getByRole('button', { name: /Next/ });
  await expect(next).toBeEnabled();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Step 2 of 5').first()).toBeVisible();
  // The first step folds the key legend off the mesh's corner; ? brings it back.
  await expect(bar).not.toContainText('next step');
  await page.keyboard.press('?');
  await expect(bar).toContainText('next step');
  await expect(next).toBeEnabled();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText('Step 1 of 5').first()).toBeVisible();

  await expect(bar).toContainText('Speed: ×1');
  await page.keyboard.press('+');
  await expect(bar).toContainText('Speed: ×10');
  await page.keyboard.press('-');
  await expect(bar).toContainText('Speed: ×1');
  await page.keyboard.press('Space');
  await expect(bar).toContainText('Playing');
  await page.keyboard.press('Space');
  await expect(bar).toContainText('Paused');

  // The mesh has the stage: panels hidden, every word on it large enough for the back of a room,
  // and the key strip under it, over no pod.
  await expect(page.locator('aside.panel')).toBeHidden();
  await expect.poll(() => smallestMeshText(page)).toBeGreaterThanOrEqual(14);
  await expect
    .poll(() =>
      page.evaluate(() => {
        const strip = document.querySelector('.presenter-bar')?.getBoundingClientRect();
        const pods = [...document.querySelectorAll('svg.mesh g.pod')];
        const lowest = Math.max(...pods.map((p) => p.getBoundingClientRect().bottom));
        return strip ? Math.round(strip.top - lowest) : -1;
      }),
    )
    .toBeGreaterThanOrEqual(0);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('h');
  await expect(page.locator('aside.panel')).toBeVisible();
  // The panels take their place and the mesh refits into what is left; hiding them again
  // brings the large type back.
  await expect.poll(() => smallestMeshText(page)).toBeLessThan(14);
  await page.keyboard.press('h');
  await expect(page.locator('aside.panel')).toBeHidden();
  await expect.poll(() => smallestMeshText(page)).toBeGreaterThanOrEqual(14);
  await page.keyboard.press('h');
  await expect(page.locator('aside.panel')).toBeVisible();
  await page.keyboard.press('?');
  await expect(bar).not.toContainText('next step');
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(page.locator('html')).not.toHaveClass(/presenter/);
});
