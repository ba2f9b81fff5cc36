import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { LESSONS } from '../src/lessons/index';

/** Opens the app in English with the intro dismissed, on the Lessons tab. */
async function openLessons(page: Page) {
  await page.addInitScript(() => {
    if (!localStorage.getItem('svid-lab:v1'))
      localStorage.setItem('svid-lab:v1', JSON.stringify({ language: 'en', introDone: true }));
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
}

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

for (const lesson of LESSONS) {
  test(`a learner completes lesson ${lesson.id}: ${lesson.title.en}`, async ({ page }) => {
    test.setTimeout(120_000);
    await openLessons(page);
    await page
      .getByRole('button', { name: `Open lesson ${lesson.id}: ${lesson.title.en}` })
      .click();
    const player = page.getByRole('region', { name: `${lesson.id}. ${lesson.title.en}` });
    for (const [i, step] of lesson.steps.entries()) {
      await expect(
        player.getByText(`Step ${i + 1} of ${lesson.steps.length}`).first(),
      ).toBeVisible();
      await expect(player.getByRole('heading', { name: step.title.en })).toBeVisible();
      await expect(player.getByText(step.text.en)).toBeVisible();
      const cp = step.checkpoint;
      if (cp) {
        await expect(player.getByRole('button', { name: /Next/ })).toBeDisabled();
        const wrong = cp.choices.find((c) => c.id !== cp.answer)!;
        const right = cp.choices.find((c) => c.id === cp.answer)!;
        // A wrong prediction still plays the step; the outcome is shown beside the guess.
        await player.getByRole('radio', { name: wrong.label.en, exact: true }).check();
        await player.getByRole('button', { name: 'Predict and play' }).click();
        const status = player.getByRole('status');
        await expect(status).toContainText('The simulation did otherwise.', { timeout: 15_000 });
        await expect(status.locator('.outcome dd').first()).toHaveText(wrong.label.en);
        await expect(status.locator('.outcome dd').last()).toHaveText(right.label.en);
        await expect(status).toContainText(right.explain.en);
        // The prediction stands once the step has played.
        await expect(
          player.getByRole('radio', { name: right.label.en, exact: true }),
        ).toBeDisabled();
        const box = await status.locator('.outcome').boundingBox();
        expect(box, 'the outcome is on screen').not.toBeNull();
        expect(box!.y + box!.height).toBeLessThanOrEqual(page.viewportSize()!.height + 1);
      }
      if (i === 0) await noAxeViolations(page);
      if (i < lesson.steps.length - 1) {
        // The step's actions have run once Next is enabled again.
        await expect(player.getByRole('button', { name: /Next/ })).toBeEnabled();
        // Keyboard and button both work: the arrow on odd steps, the button on even ones.
        if (i % 2) {
          await player.getByRole('button', { name: /Back/ }).focus();
          await page.keyboard.press('ArrowRight');
        } else await player.getByRole('button', { name: /Next/ }).click();
      }
    }
    await expect(player.getByText('Free play: the sandbox is yours.')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#lesson=${lesson.id}&step=${lesson.steps.length}$`));
    await noAxeViolations(page);
    await player.getByRole('button', { name: /All lessons/ }).click();
    await expect(
      page.getByRole('button', { name: `Open lesson ${lesson.id}: ${lesson.title.en}` }),
    ).toContainText('completed');
  });
}

test('a deep link opens a lesson step with the steps before it played', async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem('svid-lab:v1', JSON.stringify({ language: 'en', introDone: true })),
  );
  await page.goto('/#lesson=01&step=4');
  const player = page.getByRole('region', { name: /^01\. / });
  await expect(player.getByText('Step 4 of 9').first()).toBeVisible();
  await expect(
    player.getByRole('heading', { name: 'A freed address goes to another pod' }),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Pod' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('10.0.1.2');
});

test('progress survives a reload', async ({ page }) => {
  await openLessons(page);
  await page.getByRole('button', { name: /^Open lesson 02/ }).click();
  await page
    .getByRole('region', { name: /^02\. / })
    .getByRole('button', { name: /Next/ })
    .click();
  await expect(page.getByText('Step 2 of 5').first()).toBeVisible();
  await page.goto('/');
  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Open lesson 02/ })).toContainText('2 of 5 steps');
});

test('a wrong prediction still plays the step, its hours passing visibly before the outcome', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem('svid-lab:v1', JSON.stringify({ language: 'en', introDone: true })),
  );
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/#lesson=05&step=2');
  const player = page.getByRole('region', { name: /^05\. / });
  await expect(player.getByText('Step 2 of').first()).toBeVisible();
  const clock = page.locator('output.time');
  const start = await clock.textContent();
  await player.getByRole('radio', { name: '12 hours (50%)', exact: true }).check();
  await player.getByRole('button', { name: 'Predict and play' }).click();
  // Time runs over a few seconds rather than jumping: the clock shows several moments between.
  const seen = new Set<string>();
  for (let i = 0; i < 12; i++) {
    seen.add((await clock.textContent()) ?? '');
    await page.waitForTimeout(200);
  }
  seen.delete(start ?? '');
  expect(seen.size).toBeGreaterThanOrEqual(3);
  const status = player.getByRole('status');
  await expect(status).toContainText('The simulation did otherwise.', { timeout: 15_000 });
  await expect(status.locator('.outcome dd').last()).toHaveText('18 hours (75%)');
  const box = (await status.locator('.outcome').boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(720);
});
