// Starts `vite preview` on 127.0.0.1:$E2E_PORT (4173) unless something already answers there.
import { spawn } from 'node:child_process';

const PORT = process.env.E2E_PORT ?? '4173';
const URL_ROOT = `http://127.0.0.1:${PORT}/`;

async function up() {
  try {
    return (await fetch(URL_ROOT)).ok;
  } catch {
    return false;
  }
}

/** Ensures a preview server; returns a function that stops it if we started it. */
export async function ensurePreview() {
  if (await up()) return () => {};
  const child = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', PORT, '--strictPort'],
    {
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 100 && !(await up()); i++) await new Promise((r) => setTimeout(r, 200));
  return () => child.kill();
}

export const BASE_URL = URL_ROOT;

/** Launch options for Debian's Chromium (no browser downloads on these machines). */
export const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
