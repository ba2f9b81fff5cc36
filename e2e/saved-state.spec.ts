import { deflateRawSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';

const KEY = 'svid-lab:state';

/** Puts `entries` in localStorage before the first load only (reloads keep what the app saved). */
async function seed(page: Page, entries: Record<string, string>) {
  await page.addInitScript((items) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v);
  }, entries);
}

const saved = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY) as Promise<{
    version: number;
    state: Record<string, unknown>;
  } | null>;

/** A `#s=1.…` link as encodeShare writes it. */
function shareLink(state: unknown): string {
  const packed = deflateRawSync(Buffer.from(JSON.stringify(state)));
  return `/#s=1.${packed.toString('base64url')}`;
}

test('corrupt saved state is dropped with a message, and the cluster starts', async ({ page }) => {
  await seed(page, {
    [KEY]: JSON.stringify({
      version: 2,
      state: {
        language: 'xx',
        speed: 'fast',
        now: 'yesterday',
        log: [{ t: 1, op: { kind: 'explode' } }, null],
        theme: 'dark',
        introDone: true,
      },
    }),
  });
  await page.goto('/');
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(notice).toHaveText(
    /Some saved data could not be read and was reset: language, applied changes, simulated time, speed\./,
  );
  await expect(page.getByRole('button', { name: /Pod order-1,/ })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.app')).toHaveClass(/theme-dark/);
  // Once loaded, what is saved is the repaired state.
  await expect.poll(async () => (await saved(page))?.state.speed).toBe(1);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('an impossible time from version 1 is dropped and the rest migrates', async ({ page }) => {
  await seed(page, {
    'svid-lab:v1': JSON.stringify({ language: 'ko', introDone: true, now: 1e300, speed: 60 }),
    'svid-lab:lessons:v1': '{broken',
  });
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: '초기화' })).toContainText(
    '저장된 데이터 일부를 읽을 수 없어 초기화했습니다: 시뮬레이션 시각, 강의 진행 상황.',
  );
  await expect(page.getByRole('button', { name: /order-1/ }).first()).toBeVisible({
    timeout: 20_000,
  });
  await expect
    .poll(async () => (await saved(page))?.state)
    .toMatchObject({
      language: 'ko',
      speed: 60,
    });
  expect(await page.evaluate(() => localStorage.getItem('svid-lab:v1'))).toBeNull();
});

test('a refused link keeps the sandbox, saved and running, and says so', async ({ page }) => {
  await seed(page, {
    [KEY]: JSON.stringify({ version: 2, state: { language: 'en', introDone: true } }),
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: /Pod order-1,/ })).toBeVisible({ timeout: 20_000 });
  const clock = page.locator('output.time');
  const start = await clock.textContent();
  await expect.poll(async () => (await saved(page))?.state.now).toBeDefined();
  const startNow = (await saved(page))?.state.now;
  await page.getByRole('button', { name: 'Next event' }).click();
  // Read the time once the jump has landed and been saved, not the moment before it.
  await expect(clock).not.toHaveText(start ?? '');
  const time = await clock.textContent();
  await expect.poll(async () => (await saved(page))?.state.now).not.toBe(startNow);
  const before = await saved(page);

  await page.goto(
    shareLink({ scenario: { name: 'broken', yaml: 'steps: [' }, preset: 'lesson', log: [] }),
  );
  const alert = page.getByRole('alert').filter({ hasText: 'This could not be opened' });
  await expect(alert).toContainText('Your sandbox is unchanged.');
  await expect(page.getByRole('button', { name: /Pod order-1,/ })).toBeVisible();
  await expect(clock).toHaveText(time ?? '');
  expect((await saved(page))?.state).toEqual(before?.state);

  await page.reload();
  await expect(page.getByRole('button', { name: /Pod order-1,/ })).toBeVisible({ timeout: 20_000 });
  await expect(clock).toHaveText(time ?? '');
});
