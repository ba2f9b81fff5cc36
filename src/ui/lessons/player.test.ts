import { beforeEach, describe, expect, it } from 'vitest';
import { LESSONS, lessonById } from '../../lessons/index';
import { lessonProgress, prediction } from '../../lessons/progress';
import { nodeSandbox } from '../../lessons/testing/node-sandbox';
import { answer, closeLesson, nextStep, openLesson, previousStep } from './player-actions';
import { playerState, setPlayer } from './player-store';

const state = playerState;
const stepOf = (id: string) => lessonProgress(state().progress, id).step;

beforeEach(() => {
  setPlayer({
    progress: { version: 1, lessons: {} },
    open: undefined,
    ran: 0,
    seen: {},
    busy: false,
  });
});

describe('the lesson player, as a learner uses it, against the real engine', () => {
  for (const lesson of LESSONS) {
    it(`completes lesson ${lesson.id}, predicting wrong at every checkpoint: the step still runs and shows what happened`, async () => {
      const sandbox = nodeSandbox();
      await openLesson(sandbox, lesson.id);
      expect(state().error).toBeUndefined();
      for (let i = 0; i < lesson.steps.length; i++) {
        expect(stepOf(lesson.id)).toBe(i);
        const cp = lesson.steps[i]?.checkpoint;
        if (cp) {
          await nextStep(sandbox);
          expect(stepOf(lesson.id), 'Next waits for the prediction').toBe(i);
          const wrong = cp.choices.find((c) => c.id !== cp.answer)!;
          const before = sandbox.events.length;
          await answer(sandbox, wrong.id);
          expect(state().feedback).toMatchObject({ correct: false, choice: wrong.id });
          expect(prediction(state().progress, lesson.id, cp.id)).toBe(wrong.id);
          // The actions ran anyway: the simulation bore out the right answer, not the guess.
          expect(sandbox.events.length).toBeGreaterThan(before);
          expect(state().seen[cp.id]).toBe(cp.answer);
          // The prediction stands: a second choice changes nothing and runs nothing again.
          const after = sandbox.events.length;
          await answer(sandbox, cp.answer);
          expect(prediction(state().progress, lesson.id, cp.id)).toBe(wrong.id);
          expect(sandbox.events.length).toBe(after);
        }
        expect(state().error).toBeUndefined();
        await nextStep(sandbox);
      }
      expect(lessonProgress(state().progress, lesson.id).completed).toBe(true);
      expect(sandbox.selected.length).toBeGreaterThan(0);
    });
  }

  it('a right prediction runs the same step and agrees with what the simulation did', async () => {
    const sandbox = nodeSandbox();
    const lesson = lessonById('05')!;
    await openLesson(sandbox, '05');
    while (!lesson.steps[stepOf('05')]?.checkpoint) await nextStep(sandbox);
    const cp = lesson.steps[stepOf('05')]!.checkpoint!;
    await answer(sandbox, cp.answer);
    expect(state().feedback).toMatchObject({ correct: true, choice: cp.answer });
    expect(state().seen[cp.id]).toBe(cp.answer);
  });

  it('opens a deep-linked step with the earlier steps already played', async () => {
    const sandbox = nodeSandbox();
    const lesson = lessonById('01')!;
    await openLesson(sandbox, '01', 3); // the "IP reuse" step, after the rollout
    expect(stepOf('01')).toBe(3);
    expect(sandbox.sim().resolvePod('production/mallory-1')?.ip).toBe('10.0.1.2');
    expect(sandbox.sim().resolvePod('production/order-1')).toBeUndefined();
    expect(sandbox.sim().resolvePod('production/order-2')?.ip).toBe('10.0.1.3');
    await previousStep(sandbox);
    expect(stepOf('01')).toBe(2);
    // Back shows the narration again; nothing runs twice.
    const started = sandbox.events.filter((e) => e.type === 'pod.started').length;
    await nextStep(sandbox);
    expect(sandbox.events.filter((e) => e.type === 'pod.started').length).toBe(started);
    expect(lesson.steps[stepOf('01')]?.id).toBe('reuse');
    closeLesson();
    expect(state().open).toBeUndefined();
  });

  it('walks lesson 4 one issuance event at a time', async () => {
    const sandbox = nodeSandbox();
    await openLesson(sandbox, '04');
    const types = () =>
      sandbox.events.filter((e) => 'pod' in e && e.pod === 'production/order-1').map((e) => e.type);
    expect(types()).toContain('token.mounted');
    expect(types()).not.toContain('csr.sent');
    await nextStep(sandbox);
    expect(types()).toContain('csr.sent');
    expect(types()).not.toContain('cert.issued');
    await nextStep(sandbox);
    expect(types()).toEqual(expect.arrayContaining(['token.reviewed', 'cert.issued']));
    expect(types()).not.toContain('cert.installed');
    await nextStep(sandbox);
    expect(types()).toContain('cert.installed');
  });

  it('says so when a lesson cannot load', async () => {
    const sandbox = {
      ...nodeSandbox(),
      loadStage: async () => ({ ok: false, error: 'no loader' }),
    };
    await openLesson(sandbox, '02');
    expect(state().error).toBe('no loader');
    await openLesson(sandbox, '42');
    expect(state().error).toBe('there is no lesson 42');
  });
});
