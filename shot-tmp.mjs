import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless'] });
const p = await b.newPage({ viewport: { width: 1280, height: 720 } });
await p.addInitScript(() => {
  if (sessionStorage.getItem('seeded')) return;
  sessionStorage.setItem('seeded', '1');
  localStorage.setItem('svid-lab:state', JSON.stringify({ version: 2, state: {
    language: 'xx', speed: 'fast', now: 'yesterday', log: [{ t: 1, op: { kind: 'explode' } }], introDone: true } }));
});
await p.goto('http://127.0.0.1:4182/');
await p.getByRole('button', { name: /Pod order-1,/ }).waitFor({ timeout: 30000 });
await p.waitForTimeout(1000);
await p.screenshot({ path: '/tmp/app-reset-notice.png' });
await b.close();
