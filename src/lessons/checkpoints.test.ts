import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TimedEvent } from '../sim/events';
import { loadScenario } from '../sim/scenario/load';
import { runScenario } from '../sim/scenario/run';
import { LESSONS } from './index';
import { actionsOf, lessonActions, scenarioSteps, withSteps } from './program';
import type { Lesson } from './types';

const dir = join(import.meta.dirname, '../../scenarios/lessons');
const yamlOf = (lesson: Lesson) => readFileSync(join(dir, lesson.file), 'utf8');

/** Runs the lesson's actions in the engine; returns the events each lesson step produced. */
async function eventsPerStep(lesson: Lesson): Promise<TimedEvent[][]> {
  const owner: number[] = [];
  lesson.steps.forEach((step, i) => {
    for (const _ of step.actions ?? []) owner.push(i);
  });
  const perStep: TimedEvent[][] = lesson.steps.map(() => []);
  let current = -1;
  const scenario = loadScenario(withSteps(yamlOf(lesson), lessonActions(lesson)), lesson.file);
  const result = await runScenario(scenario, {
    keepEvents: false,
    onStep: (i) => {
      current = owner[i] ?? -1;
    },
    onEvent: (e) => {
      if (current >= 0) perStep[current]?.push(e);
    },
  });
  expect(result.failures).toEqual([]);
  return perStep;
}

describe('each lesson tells the story its scenario file checks', () => {
  for (const lesson of LESSONS) {
    it(`${lesson.id}: the steps' actions are the file's steps without their expects`, () => {
      expect(lessonActions(lesson)).toEqual(actionsOf(scenarioSteps(yamlOf(lesson))));
    });
  }
});

describe('every checkpoint marks as right what the simulation actually does', () => {
  for (const lesson of LESSONS) {
    it(`lesson ${lesson.id}`, async () => {
      const perStep = await eventsPerStep(lesson);
      const checked: string[] = [];
      lesson.steps.forEach((step, i) => {
        const cp = step.checkpoint;
        if (!cp) return;
        const seen = cp.observe(perStep[i] ?? []);
        expect({ checkpoint: cp.id, seen }).toEqual({ checkpoint: cp.id, seen: cp.answer });
        checked.push(cp.id);
      });
      expect(checked.length).toBeGreaterThanOrEqual(1);
    });
  }
});
