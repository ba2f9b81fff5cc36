// npm run bench:ui: the lesson cluster at one simulated day per second for 60 s of wall time, or
// with PODS=n the same after production/order is scaled (through the Pod tab) to n pods in all.
// Reports frames per second, long tasks, the longest main-thread task, JS heap growth, effective
// speed, the bytes the worker posts per second (counted as JSON inside the worker), the time from
// the scale to the first new pod on screen, the time from navigation to the first pod and to the
// first SPIFFE ID on screen, the gzipped size of the main bundle (the engine and
// @peculiar/x509 live in the worker), and the font bytes a first visit downloads in en and ko.
// BENCH_SECONDS (or SECONDS) shortens the measured window for quick runs.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { BASE_URL, ensurePreview, LAUNCH } from './preview-server.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? process.env.SECONDS ?? 60);
/** The lesson cluster has four pods, two of them production/order's replicas. */
const LESSON_PODS = 4;
const PODS = Number(process.env.PODS ?? LESSON_PODS);
function mainBundle() {
  const html = readFileSync('dist/index.html', 'utf8');
  const src = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  const css = /<link rel="stylesheet"[^>]*href="\/([^"]+)"/.exec(html)?.[1];
  const gz = (f) => (f ? gzipSync(readFileSync(`dist/${f}`)).length : 0);
  return { js: src, jsGzip: gz(src), cssGzip: gz(css) };
}

/** The font files a first visit in `language` fetches once the page has settled. */
async function fontsOnFirstLoad(browser, language) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const files = [];
  page.on('response', async (r) => {
    if (r.url().endsWith('.woff2')) files.push((await r.body()).length);
  });
  await page.addInitScript(
    (l) => localStorage.setItem('svid-lab:v1', JSON.stringify({ language: l })),
    language,
  );
  await page.goto(BASE_URL);
  await page.locator('[data-pod="production/order-1"]').waitFor({ timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(1000);
  await context.close();
  const bytes = files.reduce((a, b) => a + b, 0);
  return { files: files.length, KiB: Number((bytes / 1024).toFixed(1)) };
}

/** Counts the bytes the engine worker posts, as JSON, inside the worker itself. */
async function countWorkerBytes(page) {
  const worker = page.workers()[0] ?? (await page.waitForEvent('worker'));
  await worker.evaluate(() => {
    const post = self.postMessage.bind(self);
    self.__posted = 0;
    self.postMessage = (message, ...rest) => {
      self.__posted += JSON.stringify(message).length;
      return post(message, ...rest);
    };
  });
  return {
    reset: () => worker.evaluate(() => (self.__posted = 0)),
    read: () => worker.evaluate(() => self.__posted),
  };
}

/** Scales one Deployment through the Pod tab's field and button. */
async function scale(page, name, replicas) {
  const field = page.getByLabel(`Replicas of production/${name}`);
  await field.fill(String(replicas));
  await field.locator('xpath=../..').getByRole('button').click();
}

/**
 * Scales production/order (and payment, past one Deployment's limit of 500 replicas) so the mesh
 * holds `pods` pods; returns the ms from the click on Scale until the first new pod is drawn.
 */
async function scaleTo(page, pods) {
  await page.getByRole('tab', { name: 'Pod' }).click();
  // Besides order's two replicas the lesson cluster has payment's one and a bare pod.
  const order = Math.min(500, pods - 2);
  // Timed in the page, from the click on Scale to the frame that draws the first new pod, so the
  // driver's own round trips are not counted.
  await page.evaluate(() => {
    const times = {};
    window.__scaleTimes = times;
    document.addEventListener('click', () => (times.click = performance.now()), {
      capture: true,
      once: true,
    });
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-pod="production/order-3"]')) return;
      observer.disconnect();
      requestAnimationFrame(() => (times.drawn = performance.now()));
    }).observe(document.body, { childList: true, subtree: true });
  });
  await scale(page, 'order', order);
  await page.waitForFunction(() => window.__scaleTimes.drawn !== undefined, null, {
    timeout: 120_000,
  });
  const { click, drawn } = await page.evaluate(() => window.__scaleTimes);
  if (pods - 2 > order) await scale(page, 'payment', pods - 1 - order);
  return drawn - click;
}

/** Wall seconds played before the window opens: every new pod has its identity by then. */
const SETTLE_SECONDS = 5;

const stop = await ensurePreview();
const browser = await chromium.launch(LAUNCH);
try {
  const fonts =
    PODS === LESSON_PODS
      ? { en: await fontsOnFirstLoad(browser, 'en'), ko: await fontsOnFirstLoad(browser, 'ko') }
      : undefined;
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript(() => {
    localStorage.setItem(
      'svid-lab:v1',
      JSON.stringify({ language: 'en', introDone: true, speed: 86400 }),
    );
    window.__bench = { longest: 0, tasks: 0, frames: 0 };
    // Milliseconds after navigation until the first pod (the skeleton) and its SPIFFE ID appear.
    window.__firstPaint = {};
    const watch = () => {
      const first = window.__firstPaint;
      first.pod ??= document.querySelector('.mesh [data-pod]') ? performance.now() : undefined;
      first.spiffeId ??= document.querySelector('.mesh')?.textContent?.includes('spiffe://')
        ? performance.now()
        : undefined;
      if (first.spiffeId === undefined) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__bench.tasks += 1;
        window.__bench.longest = Math.max(window.__bench.longest, e.duration);
      }
    }).observe({ type: 'longtask', buffered: true });
    const tick = () => {
      window.__bench.frames += 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto(BASE_URL);
  await page.locator('[data-pod="production/order-1"]').first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => window.__firstPaint.spiffeId !== undefined, null, {
    timeout: 30_000,
  });
  const firstPaint = await page.evaluate(() => window.__firstPaint);
  const posted = await countWorkerBytes(page);
  const firstNewPodMs = PODS === LESSON_PODS ? undefined : await scaleTo(page, PODS);
  await page.getByRole('button', { name: /Play/ }).click();
  await page.waitForTimeout(SETTLE_SECONDS * 1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  };
  const heapBefore = await heap();
  await page.evaluate(() => Object.assign(window.__bench, { longest: 0, tasks: 0, frames: 0 }));
  const simBefore = await page.locator('output.time').textContent();
  await posted.reset();
  const t0 = Date.now();
  const samples = [];
  for (let s = 0; s < SECONDS; s += 5) {
    await page.waitForTimeout(5000);
    samples.push(await page.locator('.clock span[aria-live]').textContent());
  }
  const wall = (Date.now() - t0) / 1000;
  const bench = await page.evaluate(() => window.__bench);
  const bytes = await posted.read();
  await page.getByRole('button', { name: /Pause/ }).click();
  const simAfter = await page.locator('output.time').textContent();
  const heapAfter = await heap();
  const simMs =
    Date.parse(simAfter.replace(' UTC', 'Z').replace(' ', 'T')) -
    Date.parse(simBefore.replace(' UTC', 'Z').replace(' ', 'T'));
  const bundle = mainBundle();
  const result = {
    scenario: PODS === LESSON_PODS ? 'lesson-cluster' : `lesson-cluster, production/order scaled`,
    pods: PODS,
    firstPodAfterNavigationMs: Math.round(firstPaint.pod),
    firstSpiffeIdAfterNavigationMs: Math.round(firstPaint.spiffeId),
    firstNewPodMs: firstNewPodMs === undefined ? undefined : Math.round(firstNewPodMs),
    requestedSpeed: '1 simulated day per second (86400x)',
    wallSeconds: Number(wall.toFixed(1)),
    simulatedDays: Number((simMs / 86_400_000).toFixed(2)),
    averageSpeedX: Math.round(simMs / (wall * 1000)),
    framesPerSecond: Number((bench.frames / wall).toFixed(1)),
    longTasks: bench.tasks,
    longestMainThreadTaskMs: Math.round(bench.longest),
    heapBeforeMB: Number((heapBefore / 1e6).toFixed(2)),
    heapAfterMB: Number((heapAfter / 1e6).toFixed(2)),
    heapGrowthMB: Number(((heapAfter - heapBefore) / 1e6).toFixed(2)),
    workerKBPerSecond: Number((bytes / 1000 / wall).toFixed(1)),
    mainBundle: bundle.js,
    mainBundleGzipKiB: Number((bundle.jsGzip / 1024).toFixed(1)),
    cssGzipKiB: Number((bundle.cssGzip / 1024).toFixed(1)),
    fontsFirstLoad: fonts,
    effectiveSpeedSamples: samples,
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  await browser.close();
  stop();
}
