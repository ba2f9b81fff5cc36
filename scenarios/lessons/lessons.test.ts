import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io';
import { runCommand } from '../../src/cli/run';

const here = import.meta.dirname;
const files = readdirSync(here)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('every lesson scenario passes `svid run`', () => {
  it('has the ten lessons, in order', () => {
    expect(files.map((f) => f.slice(0, 3))).toEqual([
      '01-',
      '02-',
      '03-',
      '04-',
      '05-',
      '06-',
      '07-',
      '08-',
      '09-',
      '10-',
    ]);
    expect(files.at(-1)).toBe('10-two-clusters.yaml');
  });

  for (const file of files) {
    it(file, async () => {
      const path = join(here, file);
      const io = memoryIo({ [path]: readFileSync(path, 'utf8') });
      const code = await runCommand([path, '--json'], io);
      expect(io.err).toEqual([]);
      expect(code).toBe(0);
      const expects = io.out
        .map((line) => JSON.parse(line) as { type: string; ok?: boolean })
        .filter((e) => e.type === 'expect');
      // Meaningful: at least three checks per lesson, and every one held.
      expect(expects.length).toBeGreaterThanOrEqual(3);
      expect(expects.every((e) => e.ok)).toBe(true);
    });
  }

  it("lesson 7 meets the lint's warning about the ns/default slip", async () => {
    const path = join(here, '07-mtls-and-policy.yaml');
    const io = memoryIo({ [path]: readFileSync(path, 'utf8') });
    await runCommand([path, '--json'], io);
    const warnings = io.out.map((l) => JSON.parse(l)).filter((e) => e.type === 'policy.warning');
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'principal-sa-wrong-namespace',
        suggestion: 'cluster.local/ns/production/sa/order-sa',
      }),
    ]);
  });
});
