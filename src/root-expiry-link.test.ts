import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EngineHost } from './worker/host';
import type { Reply } from './worker/protocol';

describe('a shared sandbox whose clock is past the root', () => {
  it('loads in the worker and reaches its time instead of freezing the clock', async () => {
    const replies: Reply[] = [];
    const host = new EngineHost((reply) => replies.push(reply));
    const yaml = readFileSync(
      join(import.meta.dirname, '..', 'scenarios', 'root-expiry.yaml'),
      'utf8',
    );
    const until = Date.parse('2025-12-12T00:00:00Z');
    await host.handle({
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
