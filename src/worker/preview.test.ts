import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command, Reply } from './protocol';
import { EngineSession } from './session';

const yaml = readFileSync(
  join(import.meta.dirname, '..', '..', 'scenarios', 'lesson-cluster.yaml'),
  'utf8',
);
const load = (id: number): Command => ({
  type: 'load',
  id,
  yaml,
  file: 'lesson-cluster.yaml',
  preset: 'lesson',
  log: [],
});

describe('the first load', () => {
  it('draws the pods at once, before their certificates, and keeps their events for later', async () => {
    const replies: Reply[] = [];
    const session = new EngineSession((r) => replies.push(r));
    await session.submit(load(1));
    const [preview, result, tick] = replies;
    expect(preview?.type).toBe('tick');
    expect(result).toMatchObject({ type: 'result', id: 1, ok: true });
    if (preview?.type !== 'tick' || tick?.type !== 'tick') throw new Error('no ticks');
    expect(preview.delta.reset).toBe(true);
    expect(preview.delta.pods.map((p) => p.key).sort()).toEqual(
      tick.delta.pods.map((p) => p.key).sort(),
    );
    expect(preview.delta.pods.length).toBeGreaterThan(0);
    expect(preview.delta.pods.every((p) => p.spiffeId === undefined)).toBe(true);
    expect(tick.delta.pods.every((p) => p.spiffeId?.startsWith('spiffe://'))).toBe(true);
    expect(preview.events).toEqual([]);
    expect(tick.events.some((e) => e.type === 'pod.started')).toBe(true);

    // A later load replaces a running sandbox only once it is accepted: no preview then.
    replies.length = 0;
    await session.submit(load(2));
    expect(replies.map((r) => r.type)).toEqual(['result', 'tick']);
  });
});
