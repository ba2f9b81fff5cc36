// npm run screenshots: every screen in Korean and English, narrow and wide, into docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { BASE_URL, ensurePreview, LAUNCH } from './preview-server.mjs';

const OUT = 'docs/screenshots';
const VIEWPORTS = [
  { name: 'narrow', width: 390, height: 844 },
  { name: '1280', width: 1280, height: 720 },
  { name: '1440', width: 1440, height: 900 },
];
const TABS = {
  en: {
    pod: 'Pod',
    issuance: 'Issuance',
    inspector: 'Certificate',
    handshake: 'Handshake',
    explorer: 'SPIFFE ID',
    policy: 'Policies',
    log: 'Events',
    bridge: 'Real cluster',
  },
  ko: {
    pod: 'Pod',
    issuance: '발급',
    inspector: '인증서',
    handshake: '핸드셰이크',
    explorer: 'SPIFFE ID',
    policy: '정책',
    log: '이벤트',
    bridge: '실제 클러스터',
  },
};

async function shoot(browser, lang, vp, theme) {
  const context = await browser.newContext({
    viewport: { width: vp.width, height: vp.height },
    locale: lang === 'ko' ? 'ko-KR' : 'en-US',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.addInitScript(
    ([l, th]) =>
      localStorage.setItem(
        'svid-lab:v1',
        JSON.stringify({ language: l, theme: th, teaching: true }),
      ),
    [lang, theme],
  );
  await page.goto(BASE_URL);
  await page.locator('[data-pod="production/order-1"]').waitFor();
  await page.waitForTimeout(600);
  const file = (screen) =>
    `${OUT}/${screen}-${lang}-${vp.name}${theme === 'dark' ? '-dark' : ''}.png`;
  const tab = async (id) => {
    if (vp.name === 'narrow' && !(await page.locator('aside.panel:not(.closed)').count()))
      await page.locator('.sheet-toggle').click();
    // Dispatched: a hover tooltip in the previous tab may lie over the tab strip.
    await page.getByRole('tab', { name: TABS[lang][id], exact: true }).dispatchEvent('click');
    await page.waitForTimeout(400);
  };
  await page.screenshot({ path: file('mesh') });
  // Issuance: start a pod and walk to step 3.
  await page.locator('.banner button.primary').click();
  await page.locator('.steps li.current').waitFor();
  for (let i = 0; i < 2; i++) {
    await page.locator('.tabpanel button.primary').first().click();
    await page.waitForTimeout(500);
  }
  if (vp.name === 'narrow' && !(await page.locator('aside.panel:not(.closed)').count()))
    await page.locator('.sheet-toggle').click();
  await page.waitForTimeout(900);
  await page.screenshot({ path: file('issuance') });
  await page.locator('[data-pod="production/order-1"]').dispatchEvent('click');
  await tab('inspector');
  await page.screenshot({ path: file('inspector') });
  await tab('handshake');
  await page.locator('.tabpanel form button[type=submit]').click();
  await page.locator('[data-testid="principal"]').waitFor();
  await page.screenshot({ path: file('handshake') });
  // The call on the mesh: its edge, lock, principal and status.
  // On a narrow screen the details sheet has the mesh's place; the wide shots show the edge.
  if (vp.name !== 'narrow') {
    await page.locator('.call-badge').first().waitFor();
    await page.screenshot({ path: file('call-edges') });
  }
  await tab('explorer');
  await page.locator('.tabpanel input').fill('spiffe://Cluster.local/ns/production/sa//order-sa/');
  await page.screenshot({ path: file('explorer') });
  await tab('policy');
  await page.locator('.tabpanel button.primary').click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: file('policy') });
  await page.locator('.clock select').selectOption('86400');
  await page.locator('.clock button.primary').click();
  await page.waitForTimeout(2600);
  await page.locator('.clock button.primary').click();
  await tab('log');
  await page.screenshot({ path: file('log') });
  await tab('bridge');
  await page.waitForTimeout(600);
  await page.screenshot({ path: file('bridge') });
  // An istiod outage: expired pods framed red, expired time hatched on the timeline.
  await page.locator('[data-pod="production/order-1"]').dispatchEvent('click');
  await tab('pod');
  await page
    .locator('.tabpanel button', { hasText: lang === 'ko' ? 'istiod 중단' : 'Take istiod down' })
    .click();
  await page.locator('.clock button.primary').click();
  await page.locator('.expired-pod').first().waitFor({ timeout: 20_000 });
  await page.locator('.clock button.primary').click();
  await page.locator('[data-testid="retry"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: file('outage') });
  // The narration beside (or under) the mesh with the step's pod in the spotlight.
  await page.goto(`${BASE_URL}/#lesson=05&step=1`);
  await page.reload();
  await page.locator('.spotlight').waitFor({ timeout: 20_000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: file('lesson-spotlight') });
  // A lesson step with its checkpoint, then presenter mode on the same step.
  await page.goto(`${BASE_URL}/#lesson=07&step=4`);
  await page.locator('.lessons-dock').waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: file('lesson') });
  await page
    .getByRole('button', { name: lang === 'ko' ? '발표자 모드' : 'Presenter mode' })
    .click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: file('presenter') });
  await context.close();
}

mkdirSync(OUT, { recursive: true });
const stop = await ensurePreview();
const browser = await chromium.launch(LAUNCH);
try {
  for (const lang of ['en', 'ko']) {
    for (const vp of VIEWPORTS) await shoot(browser, lang, vp, 'light');
    await shoot(browser, lang, VIEWPORTS[1], 'dark');
  }
} finally {
  await browser.close();
  stop();
}
console.log(`screenshots written to ${OUT}/`);
