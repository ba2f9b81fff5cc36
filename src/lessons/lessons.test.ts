import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABS } from '../store/state';
import { LESSONS, lessonById } from './index';
import type { Text } from './types';

const filled = (t: Text | undefined) => !!t && t.ko.trim() !== '' && t.en.trim() !== '';
const hangul = /[\uac00-\ud7a3]/;

describe('the lessons', () => {
  it('are the ten of the course, in order, each with its scenario file', () => {
    expect(LESSONS.map((l) => l.id)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
    ]);
    for (const l of LESSONS)
      expect(existsSync(join(import.meta.dirname, '../../scenarios/lessons', l.file))).toBe(true);
    expect(lessonById(4)?.file).toBe('04-issuance.yaml');
    expect(lessonById('4')?.id).toBe('04');
    expect(lessonById('11')).toBeUndefined();
  });

  for (const lesson of LESSONS) {
    describe(`lesson ${lesson.id}`, () => {
      it('explains a choice without repeating the verdict the player already says', () => {
        for (const s of lesson.steps)
          for (const c of s.checkpoint?.choices ?? []) {
            expect(c.explain.en).not.toMatch(/^(Right|Correct|Wrong|Not quite)\b/);
            expect(c.explain.ko).not.toMatch(/^(맞습니다|정답|아쉽습니다)/);
          }
      });

      it('says everything in Korean and English', () => {
        const texts: (Text | undefined)[] = [lesson.title, lesson.summary];
        for (const s of lesson.steps) {
          texts.push(s.title, s.text);
          if (s.realIstio) texts.push(s.realIstio);
          if (s.checkpoint) {
            texts.push(s.checkpoint.question);
            for (const c of s.checkpoint.choices) texts.push(c.label, c.explain);
          }
        }
        for (const t of texts) expect(filled(t), JSON.stringify(t)).toBe(true);
        // Korean narration is Korean (not an English copy); identifiers may repeat across both.
        for (const s of lesson.steps) expect(s.text.ko).toMatch(hangul);
      });

      it('has short steps with unique ids, and ends in free play', () => {
        const ids = lesson.steps.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(lesson.steps.at(-1)?.freePlay).toBe(true);
        expect(lesson.steps.filter((s) => s.freePlay)).toHaveLength(1);
        for (const s of lesson.steps) {
          const sentences = s.text.en.split(/(?<=[.:?!])\s+/).length;
          expect(sentences, `${s.id}: ${s.text.en}`).toBeLessThanOrEqual(5);
        }
      });

      it('has at least one checkpoint of 2-4 choices whose answer is one of them', () => {
        const cps = lesson.steps.flatMap((s) => (s.checkpoint ? [s] : []));
        expect(cps.length).toBeGreaterThanOrEqual(1);
        for (const s of cps) {
          const cp = s.checkpoint!;
          expect(cp.choices.length).toBeGreaterThanOrEqual(2);
          expect(cp.choices.length).toBeLessThanOrEqual(4);
          const ids = cp.choices.map((c) => c.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect(ids).toContain(cp.answer);
          // "Predict, then see": something must happen after the prediction.
          expect(s.actions?.length ?? 0, `${s.id} has nothing to see`).toBeGreaterThan(0);
        }
      });

      it('points at real tabs and at pods written as namespace/name', () => {
        for (const s of lesson.steps) {
          if (s.highlight?.tab) expect(TABS).toContain(s.highlight.tab);
          if (s.highlight?.pod) expect(s.highlight.pod).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
        }
      });
    });
  }
});
