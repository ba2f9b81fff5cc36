import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../cli/io';
import { runCommand } from '../cli/run';
import type { TimedEvent } from '../sim/events';
import { loadScenario } from '../sim/scenario/load';
import { runScenario } from '../sim/scenario/run';
import { eventsToJsonLines, jsonLinesFileName } from './jsonl';

describe('the event log as JSON Lines', () => {
  it('is identical to `svid run --json` for the same scenario', async () => {
    const path = join(import.meta.dirname, '../../scenarios/lessons/05-renewal.yaml');
    const text = readFileSync(path, 'utf8');
    const io = memoryIo({ [path]: text });
    expect(await runCommand([path, '--json'], io)).toBe(0);

    const events: TimedEvent[] = [];
    await runScenario(loadScenario(text, path), {
      keepEvents: false,
      onEvent: (e) => events.push(e),
    });
    const exported = eventsToJsonLines(events);
    expect(exported.endsWith('\n')).toBe(true);
    expect(exported.split('\n').slice(0, -1)).toEqual(io.out);
    expect(io.out.length).toBeGreaterThan(50);
  });

  it('is empty for no events, and names its file after the scenario', () => {
    expect(eventsToJsonLines([])).toBe('');
    expect(jsonLinesFileName('lesson-cluster')).toBe('lesson-cluster-events.jsonl');
    expect(jsonLinesFileName('')).toBe('svid-lab-events.jsonl');
  });
});
