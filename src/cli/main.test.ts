import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** The contract's own entry point: `npm run -s svid -- ARGS`, with no build step. */
function svid(...args: string[]) {
  return spawnSync('npm', ['run', '-s', 'svid', '--', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('npm run -s svid', () => {
  it('runs a scenario and prints one JSON event per line', () => {
    const result = svid('run', 'scenarios/renewal-at-75.yaml', '--json');
    expect(result.status).toBe(0);
    const events = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(events[0]).toMatchObject({
      t: '2025-12-10T00:00:00.000Z',
      type: 'pod.started',
      pod: 'production/order-1',
    });
    expect(events.filter((e) => e.type === 'cert.rotated')[0]).toMatchObject({
      t: '2025-12-10T18:00:00.000Z',
    });
  });

  it('exits 2 with a one-line reason for an unknown command or a missing file, never a stack trace', () => {
    const unknown = svid('frob');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("svid: unknown command 'frob'");
    const missing = svid('run', 'scenarios/nope.yaml');
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe('scenarios/nope.yaml: cannot read the file: no such file');
  });
});
