// npm run screenshots: every screen in Korean and English, 1440×900, 1280×720 and 390×844, into
// docs/screenshots/.
// `npm run screenshots -- mesh focus` takes only the named shots (the steps between still run);
// `scale` (a workshop-size mesh) has a page of its own.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { BASE_URL, ensurePreview, LAUNCH } from './preview-server.mjs';

const OUT = 'docs/screenshots';
const VIEWPORTS = [
  { name: '1440', width: 1440, height: 900 },
  { name: '1280', width: 1280, height: 720 },
  { name: 'narrow', width: 390, height: 844 },
];
const ONLY = new Set(process.argv.slice(2));
/** The labels the script clicks by, as a learner reads them. */
const TEXT = {
  en: {
    tabs: {
      pod: 'Pod',
      issuance: 'Issuance',
      inspector: 'Certificate',
      handshake: 'Handshake',
      explorer: 'SPIFFE ID',
      policy: 'Policies',
      log: 'Events',
      bridge: 'Real cluster',
    },
    focus: 'Watch it step by step',
    istiodDown: 'Take istiod down',
    presenter: 'Presenter mode',
  },
  ko: {
    tabs: {
      pod: 'Pod',
      issuance: '발급',
      inspector: '인증서',
      handshake: '핸드셰이크',
      explorer: 'SPIFFE ID',
      policy: '정책',
      log: '이벤트',
      bridge: '실제 클러스터',
    },
    focus: '단계별로 보기',
    istiodDown: 'istiod 중단',
    presenter: '발표자 모드',
  },
};

/** A fresh page in `lang`, `theme` and the viewport, with these saved settings, at the mesh. */
async function openApp(browser, lang, vp, theme, settings) {
  const context = await browser.newContext({
    viewport: { width: vp.width, height: vp.height },
    locale: lang === 'ko' ? 'ko-KR' : 'en-US',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.addInitScript((saved) => localStorage.setItem('svid-lab:v1', JSON.stringify(saved)), {
    language: lang,
    theme,
    ...settings,
  });
  await page.goto(BASE_URL);
  await page.locator('[data-pod="production/order-1"]').waitFor();
  return { context, page };
}

async function shoot(browser, lang, vp, theme) {
  const { context, page } = await openApp(browser, lang, vp, theme, { teaching: true });
  await page.waitForTimeout(600);
  const narrow = vp.name === 'narrow';
  const text = TEXT[lang];
  const snap = async (screen) => {
    if (ONLY.size && !ONLY.has(screen)) return;
    // Korean must be drawn with the bundled face, not boxes: wait for it before the picture.
    await page.evaluate(() => document.fonts.ready);
    const path = `${OUT}/${screen}-${lang}-${vp.name}${theme === 'dark' ? '-dark' : ''}.png`;
    await page.screenshot({ path });
  };
  /** On a narrow screen the details sheet and the mesh share the height: pick one. */
  const sheet = async (open) => {
    if (!narrow) return;
    const closed = (await page.locator('aside.panel.closed').count()) > 0;
    if (closed === open) await page.locator('.sheet-toggle').click();
    await page.waitForTimeout(300);
  };
  const tab = async (id) => {
    await sheet(true);
    // Dispatched: a hover tooltip in the previous tab may lie over the tab strip.
    await page.getByRole('tab', { name: text.tabs[id], exact: true }).dispatchEvent('click');
    await page.waitForTimeout(400);
  };
  /** Waits until no issuance message is on its way, so none lies over what a shot is about. */
  const landed = () =>
    page
      .waitForFunction(() => !document.querySelector('.mesh .msg:not(.call-msg)'), null, {
        timeout: 20_000,
      })
      .catch(() => console.warn('messages still in flight; taking the picture anyway'));
  const order1 = page.locator('[data-pod="production/order-1"]');
  const play = page.locator('.clock button.primary');

  await snap('mesh');
  // Issuance: start a pod and walk to step 3.
  await page.locator('.banner button.primary').click();
  await sheet(true);
  await page.locator('.steps li.current').waitFor({ state: 'attached' });
  for (let i = 0; i < 2; i++) {
    await page.locator('.tabpanel button.primary').first().click();
    await page.waitForTimeout(500);
  }
  await page.waitForTimeout(900);
  await snap('issuance');
  await order1.dispatchEvent('click');
  await tab('inspector');
  await snap('inspector');
  await tab('handshake');
  await page.locator('.tabpanel form button[type=submit]').click();
  await page.locator('[data-testid="principal"]').waitFor();
  await snap('handshake');
  // The call on the mesh: its edge, lock, principal and status; the narrow sheet steps aside.
  await sheet(false);
  await page.locator('.call-badge').first().waitFor();
  await page.waitForTimeout(400);
  await snap('call-edges');
  // Focus mode: the same call one message at a time, here the server proving its identity.
  await tab('handshake');
  await page.getByRole('button', { name: text.focus }).click();
  const focus = page.getByRole('dialog');
  await focus.locator('.focus-msg.now').waitFor();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(400);
  await snap('focus');
  await page.keyboard.press('Escape');
  await focus.waitFor({ state: 'detached' });
  await tab('explorer');
  await page.locator('.tabpanel input').fill('spiffe://Cluster.local/ns/production/sa//order-sa/');
  await snap('explorer');
  await tab('policy');
  await page.locator('.tabpanel button.primary').click();
  await page.waitForTimeout(600);
  await snap('policy');
  // Two simulated days at one day per second: renewals on the timeline, events in the log.
  await page.locator('.clock select').selectOption('86400');
  await play.click();
  await page.waitForTimeout(2600);
  await play.click();
  await tab('log');
  await snap('log');
  await tab('bridge');
  await page.waitForTimeout(600);
  await snap('bridge');
  // Rewind: a day back on the scrubber; the mesh shows that moment, the notice says so.
  await sheet(false);
  const scrubber = page.locator('[data-testid="scrubber"]');
  await scrubber.focus();
  for (let i = 0; i < 4; i++) await scrubber.press('Shift+ArrowLeft');
  await page.locator('[data-testid="rewind-looking"]').waitFor();
  await page.waitForTimeout(500);
  await snap('rewind');
  await scrubber.press('End');
  await page.waitForTimeout(300);
  // An istiod outage: expired pods framed red, expired time hatched on the timeline.
  await order1.dispatchEvent('click');
  await tab('pod');
  await page.locator('.tabpanel button', { hasText: text.istiodDown }).click();
  await sheet(false);
  await play.click();
  await page.locator('.expired-pod').first().waitFor({ timeout: 20_000 });
  await play.click();
  await page.waitForTimeout(400);
  await snap('outage');
  // The narration beside (or under) the mesh with the step's pod in the spotlight.
  await page.goto(`${BASE_URL}#lesson=05&step=1`);
  await page.reload();
  await page.locator('.spotlight').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(800);
  await snap('lesson-spotlight');
  // Predict, then see: a wrong guess on when the pod renews, played, and the outcome beside it.
  await page.goto(`${BASE_URL}#lesson=05&step=2`);
  await page.reload();
  const checkpoint = page.locator('.checkpoint');
  await checkpoint.waitFor({ timeout: 20_000 });
  await checkpoint.getByRole('radio').first().check();
  await checkpoint.locator('button[type=submit]').click();
  await checkpoint.locator('.outcome').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(800);
  await checkpoint.locator('.outcome').scrollIntoViewIfNeeded();
  await snap('predict');
  // Two clusters: lesson 10 played to its end, the call across the clusters on the mesh.
  await page.goto(`${BASE_URL}#lesson=10&step=5`);
  await page.reload();
  await page.locator('[data-pod="production/payment-1"]').waitFor({ timeout: 20_000 });
  await page.locator('.call-badge').first().waitFor({ timeout: 20_000 });
  await landed();
  await snap('clusters');
  // A lesson step with its checkpoint, then presenter mode on the same step.
  await page.goto(`${BASE_URL}#lesson=07&step=4`);
  await page.reload();
  await page.locator('.lessons-dock').waitFor();
  await page.waitForTimeout(800);
  await landed();
  await snap('lesson');
  await page.getByRole('button', { name: text.presenter }).click();
  await page.waitForTimeout(800);
  await snap('presenter');
  await context.close();
}

/** A workshop-size mesh: production/order scaled to 198, played a little at 1 d/s, as cells. */
async function shootScale(browser, lang, vp, theme) {
  if (ONLY.size && !ONLY.has('scale')) return;
  const settings = { introDone: true, speed: 86_400 };
  const { context, page } = await openApp(browser, lang, vp, theme, settings);
  const toggle = page.locator('.sheet-toggle');
  const narrow = vp.name === 'narrow';
  if (narrow) await toggle.click();
  const field = page.getByLabel(/production\/order/).first();
  await field.fill('198');
  await field.locator('xpath=../..').getByRole('button').click();
  await page.locator('.mesh .pod.cell').nth(199).waitFor({ state: 'attached', timeout: 30_000 });
  const play = page.locator('.clock button.primary');
  await play.click();
  await page.waitForTimeout(1400);
  await play.click();
  if (narrow) await toggle.click();
  await page.waitForTimeout(500);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({
    path: `${OUT}/scale-${lang}-${vp.name}${theme === 'dark' ? '-dark' : ''}.png`,
  });
  await context.close();
}

mkdirSync(OUT, { recursive: true });
const stop = await ensurePreview();
const browser = await chromium.launch(LAUNCH);
try {
  for (const lang of ['en', 'ko']) {
    for (const vp of VIEWPORTS) {
      await shoot(browser, lang, vp, 'light');
      await shootScale(browser, lang, vp, 'light');
    }
    await shoot(browser, lang, VIEWPORTS[1], 'dark');
    await shootScale(browser, lang, VIEWPORTS[1], 'dark');
  }
} finally {
  await browser.close();
  stop();
}
console.log(`screenshots written to ${OUT}/`);
