import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Overflow, found generically: on every screen, at three sizes and in both languages, no element's
 * content is wider than its box unless the box scrolls on purpose (code, tables) or clips on purpose
 * (an ellipsis, SVG), and nothing visible sits outside the viewport.
 */
const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];

/** Describes every box whose content overflows it, and every visible box outside the viewport. */
function findOverflow(): string[] {
  const name = (el: Element) => {
    const cls = el.getAttribute('class')?.trim().split(/\s+/).join('.');
    const text = (el.textContent ?? '').trim().slice(0, 30);
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls}` : ''} "${text}"`;
  };
  const scrolls = (v: string) => v === 'auto' || v === 'scroll';
  const visible = (el: Element) => {
    const cs = getComputedStyle(el);
    return cs.visibility !== 'hidden' && el.getClientRects().length > 0;
  };
  const srOnly = (el: HTMLElement) => el.offsetWidth <= 1 || el.offsetHeight <= 1;
  const clips = new Map<Element, boolean>();
  const insideClip = (el: Element | null): boolean => {
    if (!el || el === document.body) return false;
    let v = clips.get(el);
    if (v === undefined) {
      const cs = getComputedStyle(el);
      v = cs.overflowX !== 'visible' || cs.overflowY !== 'visible' || insideClip(el.parentElement);
      clips.set(el, v);
    }
    return v;
  };
  // A box may scroll sideways on purpose only for content that keeps its lines: code, tables, a
  // terminal, a drawing. Prose that makes its box scroll is overflow all the same (a grid track
  // sized to a long ID, say), so the wide descendants are looked at, not just the box's style.
  const keepsLines = (el: Element) => {
    if (['PRE', 'TABLE', 'TEXTAREA', 'svg', 'CODE'].includes(el.tagName)) return true;
    const ws = getComputedStyle(el).whiteSpace;
    return ws === 'pre' || ws === 'nowrap';
  };
  const sidewaysOnPurpose = (box: HTMLElement) => {
    const right = box.getBoundingClientRect().left + box.clientLeft + box.clientWidth;
    let wide = false;
    for (const el of box.querySelectorAll('*')) {
      if (el.getBoundingClientRect().right <= right + 1) continue;
      wide = true;
      let at: Element | null = el;
      while (at && at !== box && !keepsLines(at)) at = at.parentElement;
      // Text of its own, with no line-keeping box around it: prose.
      const ownText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim(),
      );
      if ((!at || at === box) && ownText) return false;
    }
    return wide || keepsLines(box);
  };
  const found: Element[] = [];
  const notes = new Map<Element, string>();
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
    if (!(el instanceof HTMLElement) || !visible(el) || srOnly(el)) continue;
    if (el.closest('.sr-only, [aria-hidden="true"]')) continue;
    if (['INPUT', 'TEXTAREA', 'SELECT', 'OPTION'].includes(el.tagName)) continue;
    const cs = getComputedStyle(el);
    const ellipsis = cs.textOverflow === 'ellipsis';
    if (!ellipsis && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
      if (!scrolls(cs.overflowX)) {
        found.push(el);
        notes.set(el, `${name(el)}: content ${el.scrollWidth}px in a ${el.clientWidth}px box`);
        continue;
      }
      if (!sidewaysOnPurpose(el)) {
        found.push(el);
        notes.set(
          el,
          `${name(el)}: prose scrolls sideways, ${el.scrollWidth}px in ${el.clientWidth}px`,
        );
        continue;
      }
    }
    // Off-screen: only where no ancestor clips (a clipping ancestor is checked itself).
    if (insideClip(el.parentElement)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right > vw + 1 || r.left < -1 || r.bottom > vh + 1 || r.top < -1) {
      found.push(el);
      notes.set(
        el,
        `${name(el)}: off-screen at ${Math.round(r.left)},${Math.round(r.top)}-${Math.round(r.right)},${Math.round(r.bottom)} in ${vw}x${vh}`,
      );
    }
  }
  // The innermost culprit says the most: drop boxes that overflow only because a child does.
  return found
    .filter((el) => !found.some((other) => other !== el && el.contains(other)))
    .map((el) => notes.get(el) ?? name(el));
}

async function check(page: Page, screen: string, problems: string[]): Promise<void> {
  await page.waitForTimeout(150);
  for (const p of await page.evaluate(findOverflow)) problems.push(`${screen}: ${p}`);
}

async function openPanel(page: Page): Promise<void> {
  if (await page.locator('aside.panel.closed').count()) await page.locator('.sheet-toggle').click();
}

/** The top bar's buttons, in order: lessons, share, presenter mode, help, reset. */
const topButton = (page: Page, i: number) => page.locator('.topbar > button').nth(i);

for (const lang of ['en', 'ko'] as const) {
  for (const vp of VIEWPORTS) {
    test(`no overflow at ${vp.width}x${vp.height} in ${lang}`, async ({ app: page }) => {
      const fonts: string[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('.woff2')) fonts.push(r.url());
      });
      await page.setViewportSize(vp);
      if (lang === 'ko') await page.locator('select.lang-select').selectOption('ko');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const problems: string[] = [];
      await check(page, 'intro', problems);

      // The walkthrough's artefacts, then every details tab with a pod selected.
      await page.locator('.banner button.primary').click();
      await openPanel(page);
      for (let i = 0; i < 3; i++) {
        await page.locator('.tabpanel button.primary').first().click();
        await page.waitForTimeout(300);
      }
      await page.locator('[data-pod="production/order-1"]').dispatchEvent('click');
      await openPanel(page);
      const tabs = page.getByRole('tab');
      for (let i = 0; i < (await tabs.count()); i++) {
        await tabs.nth(i).click();
        await expect(page.locator('.tabpanel > p.muted', { hasText: /^…$/ })).toHaveCount(0);
        await check(page, `tab ${(await tabs.nth(i).textContent()) ?? i}`, problems);
      }

      // The policy editor keeps the lesson policy's lines whole: the text area shows all of its
      // text and the editor scrolls sideways (line numbers pinned) when the panel is narrower.
      await page.locator('#tab-policy').click();
      const editor = page.locator('div.editor');
      await expect(editor.locator('textarea')).toHaveValue(/principals: \["cluster\.local/);
      const yaml = await editor.evaluate((box) => {
        const area = box.querySelector('textarea') as HTMLTextAreaElement;
        return {
          scroll: getComputedStyle(box).overflowX,
          editorContent: box.scrollWidth,
          editorBox: box.clientWidth,
          areaContent: area.scrollWidth,
          areaBox: area.clientWidth,
        };
      });
      expect(yaml.scroll).toBe('auto');
      expect(yaml.areaContent, 'the text area clips its own text').toBeLessThanOrEqual(
        yaml.areaBox,
      );
      if (vp.width === 1440)
        expect(yaml.editorContent, 'the lesson policy fits at 1440').toBeLessThanOrEqual(
          yaml.editorBox,
        );

      // A call on the mesh, its handshake in the panel, then focus mode on a long SPIFFE ID.
      await page.locator('#tab-handshake').click();
      await page.locator('.tabpanel form button[type=submit]').click();
      await expect(page.getByTestId('principal')).toBeVisible();
      await check(page, 'handshake after a call', problems);
      await page.getByRole('button', { name: /^(Watch it step by step|단계별로 보기)$/ }).click();
      await expect(page.locator('.focus-msg.now')).toBeVisible();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      await expect(page.locator('.focus-sentence')).toContainText('spiffe://');
      await check(page, 'handshake focus', problems);
      await page.keyboard.press('Escape');

      await topButton(page, 0).click();
      await expect(page.locator('.lesson-list')).toBeVisible();
      await check(page, 'lessons', problems);
      await topButton(page, 0).click();

      await topButton(page, 1).click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      await check(page, 'share', problems);
      await page.keyboard.press('Escape');

      await topButton(page, 3).click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      await check(page, 'help', problems);
      await page.keyboard.press('Escape');

      expect(problems).toEqual([]);

      // Korean renders with the bundled face (the machine may have no CJK font at all), and an
      // English page fetches none of its Korean files.
      const korean = fonts.filter((u) => /noto-sans-kr-\d+-wght/.test(u));
      if (lang === 'en') expect(korean).toEqual([]);
      else {
        expect(korean.length).toBeGreaterThan(0);
        const loaded = await page.evaluate(async () => {
          const faces = await document.fonts.load('16px "Noto Sans KR Variable"', '한');
          return faces.map((f) => f.status);
        });
        expect(loaded).toEqual(['loaded']);
        expect(
          await page.evaluate(() => document.fonts.check('16px "Noto Sans KR Variable"', '한국어')),
        ).toBe(true);
      }
    });
  }
}
