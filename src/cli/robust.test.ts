import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from './io';
import { runCommand } from './run';
import { verifyCommand } from './verify';

const ONE_POD = [
  'scenario: one-pod',
  'resources:',
  '  - {apiVersion: v1, kind: Pod, metadata: {name: app-1}, spec: {containers: [{name: a, image: a}]}}',
  'steps:',
  '  - wait: 1h',
].join('\n');

/** The CLI as a process, through a shell so a pipe can close early. */
function shell(command: string) {
  return spawnSync('sh', ['-c', command], { encoding: 'utf8', timeout: 60_000 });
}

describe('the command line refuses clearly and never prints a stack trace', () => {
  it('exits 2 naming the path when --export points at an existing file, before running', async () => {
    const io = memoryIo({ 'one.yaml': ONE_POD, 'out.pem': 'a file' });
    expect(await runCommand(['one.yaml', '--export', 'out.pem'], io)).toBe(2);
    expect(io.err).toEqual([
      'out.pem: cannot export the certificates there: a file of that name exists and is not a directory',
    ]);
    expect(io.out).toEqual([]);
  });

  it('reads verify --at 0 as no time at all, not as the year 2000', async () => {
    const io = memoryIo({ 'root.pem': '', 'chain.pem': '' });
    const code = await verifyCommand(
      ['--bundle', 'root.pem', '--cert', 'chain.pem', '--at', '0'],
      io,
    );
    expect(code).toBe(2);
    expect(io.err.join('\n')).toContain("--at '0' is not an ISO 8601 time");
  });

  it('says an expected pod does not exist instead of "got null"', async () => {
    const io = memoryIo({
      'missing.yaml': `${ONE_POD}\n  - expect: {pod: default/ghost-1, certValid: true}`,
    });
    expect(await runCommand(['missing.yaml'], io)).toBe(1);
    expect(io.out.join('\n')).toContain(
      'step 2: default/ghost-1: the pod does not exist (expected certValid of a running pod)',
    );
  });

  it('stops quietly when the reader closes the pipe (| head -1), and strips terminal escapes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'svid-'));
    const file = join(dir, 'ansi.yaml');
    writeFileSync(
      file,
      `${ONE_POD.replace('scenario: one-pod', 'scenario: one-pod\ndescription: "\\e[2J\\e[31mred\\e[0m"')}\n    note: "bell\\a"\n`,
    );
    const head = shell(`npx tsx src/cli/main.ts run scenarios/hourly-calls-3-days.yaml | head -1`);
    expect(head.stdout.split('\n')[0]).toMatch(/^scenario hourly-calls-3-days/);
    expect(head.stderr).toBe('');
    const ansi = shell(`npx tsx src/cli/main.ts run ${file}`);
    expect(ansi.status).toBe(0);
    expect(ansi.stdout).toContain('scenario one-pod: red\n');
    expect(ansi.stdout).toContain('-- step 1: wait: bell\n');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escapes in the output
    expect(ansi.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });
});
