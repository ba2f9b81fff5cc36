import { describe, expect, it } from 'vitest';
import { formatLessonLink, parseLessonLink } from './deeplink';
import { lessonById } from './index';
import {
  EMPTY_PROGRESS,
  goToStep,
  isSolved,
  lessonProgress,
  parseProgress,
  recordAnswer,
  resetLesson,
  serializeProgress,
} from './progress';

const lesson = lessonById('01')!;

describe('lesson progress', () => {
  it('moves through steps, clamped, and completes at the free-play end', () => {
    let p = goToStep(EMPTY_PROGRESS, lesson, 2);
    expect(lessonProgress(p, '01')).toMatchObject({ step: 2, reached: 2, completed: false });
    p = goToStep(p, lesson, 1);
    expect(lessonProgress(p, '01')).toMatchObject({ step: 1, reached: 2 });
    p = goToStep(p, lesson, 99);
    expect(lessonProgress(p, '01')).toMatchObject({
      step: lesson.steps.length - 1,
      completed: true,
    });
    expect(p.current).toBe('01');
  });

  it('records a wrong then a right answer, and nothing after it is solved', () => {
    let r = recordAnswer(EMPTY_PROGRESS, lesson, 'restart-call', 'allowed');
    expect(r.correct).toBe(false);
    expect(isSolved(r.progress, lesson, 'restart-call')).toBe(false);
    r = recordAnswer(r.progress, lesson, 'restart-call', 'denied');
    expect(r.correct).toBe(true);
    expect(isSolved(r.progress, lesson, 'restart-call')).toBe(true);
    r = recordAnswer(r.progress, lesson, 'restart-call', 'failed');
    expect(lessonProgress(r.progress, '01').answers['restart-call']).toEqual(['allowed', 'denied']);
    expect(() => recordAnswer(EMPTY_PROGRESS, lesson, 'nope', 'x')).toThrow(/no checkpoint nope/);
  });

  it('survives localStorage: round trip, damaged text, odd fields', () => {
    const p = recordAnswer(
      goToStep(EMPTY_PROGRESS, lesson, 3),
      lesson,
      'restart-call',
      'denied',
    ).progress;
    expect(parseProgress(serializeProgress(p))).toEqual(p);
    expect(parseProgress('{not json')).toEqual(EMPTY_PROGRESS);
    expect(parseProgress(null)).toEqual(EMPTY_PROGRESS);
    expect(parseProgress('{"version":2,"lessons":{}}')).toEqual(EMPTY_PROGRESS);
    expect(
      parseProgress(
        '{"version":1,"current":"07","lessons":{"07":{"step":-3,"answers":{"a":["x",1]}},"zz":{}}}',
      ),
    ).toEqual({
      version: 1,
      current: '07',
      lessons: { '07': { step: 0, reached: 0, answers: { a: ['x'] }, completed: false } },
    });
  });

  it('resets one lesson', () => {
    const p = goToStep(goToStep(EMPTY_PROGRESS, lesson, 2), lessonById('02')!, 1);
    expect(Object.keys(resetLesson(p, '01').lessons)).toEqual(['02']);
  });
});

describe('deep links', () => {
  it('reads and writes #lesson=04&step=3', () => {
    expect(parseLessonLink('#lesson=04&step=3')).toEqual({ lesson: '04', step: 3 });
    expect(parseLessonLink('#lesson=4')).toEqual({ lesson: '04', step: 1 });
    expect(parseLessonLink('#step=3')).toBeUndefined();
    expect(parseLessonLink('#lesson=abc')).toBeUndefined();
    expect(parseLessonLink('#lesson=02&step=0')).toEqual({ lesson: '02', step: 1 });
    expect(formatLessonLink({ lesson: '04', step: 3 })).toBe('#lesson=04&step=3');
  });
});
