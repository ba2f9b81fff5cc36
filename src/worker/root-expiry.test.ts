import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Reply } from './protocol';
import { EngineSession } from './session';

describe('a shared sandbox whose clock is past the root', () => {
  it('loads in the worker and reaches its time instead of freezing the clock', async () => {
    const replies: Reply[] = [];
    const session = new EngineSession((reply) => replies.push(reply));
    const yaml = readFileSync(
      join(import.meta.dirname, '..', '..', 'scenarios', 'root-expiry.yaml'),
      'utf8',
    );
    const until = Date.parse('2025-12-12T00:00:00Z');
    await session.submit({
      type: 'load',
      id: 1,
      yaml,
      file: 'root-expiry.yaml',
      preset: 'lesson',
      log: [],
      until,
    });
    const result = replies.find((r) => r.type === 'result');
    expect(result).toMatchObject({ ok: true, t: until });
  });
});
