// Finds a Chromium for the browser tests, or installs one, or says clearly why it cannot.
// Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, apt-get as root, Playwright's own build.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const debianChromium = '/usr/bin/chromium';

function playwrightHasBrowser() {
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      "const {chromium}=require('@playwright/test');process.stdout.write(chromium.executablePath())",
    ],
    { encoding: 'utf8' },
  );
  return probe.status === 0 && existsSync(probe.stdout.trim());
}

function main() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return;
  if (existsSync(debianChromium)) return;
  if (playwrightHasBrowser()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian chromium with apt-get (about 30 s)...');
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      {
        stdio: 'inherit',
      },
    );
    if (existsSync(debianChromium)) return;
  }
  console.log(
    "No Chromium found: trying Playwright's own build (npx playwright install chromium)...",
  );
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  if (install.status === 0 && playwrightHasBrowser()) return;
  console.error(
    [
      'svid-lab: the browser tests need Chromium and none could be found or installed.',
      '  - On Debian or Ubuntu, as root: apt-get install -y chromium',
      '  - Elsewhere: npx playwright install chromium',
      '  - Or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
  process.exit(1);
}

main();
