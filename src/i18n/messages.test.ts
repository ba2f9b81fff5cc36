import { describe, expect, it } from 'vitest';
import { LESSONS } from '../lessons';
import { GLOSSARY, strayLatin } from './glossary';
import { eager, messages } from './messages';
import { checks } from './messages/checks';
import { engine } from './messages/engine';
import { lint } from './messages/lint';
import { spiffe } from './messages/spiffe';
import { trace } from './messages/trace';
import { webhook } from './messages/webhook';
import type { Text } from './text';
import { translator } from './translate';

const placeholders = (s: string) =>
  [...s.matchAll(/\{(\w+)(?:\|[^}]+)?\}/g)].map((m) => m[1]).sort();

/** Every `{ ko, en }` text of the lessons, with where it sits. */
function lessonTexts(): [string, Text][] {
  const out: [string, Text][] = [];
  const walk = (node: unknown, at: string) => {
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.ko === 'string' && typeof o.en === 'string') out.push([at, o as Text]);
    else for (const [k, v] of Object.entries(o)) walk(v, `${at}.${k}`);
  };
  for (const lesson of LESSONS) walk(lesson, `lesson ${lesson.id}`);
  return out;
}

const dictionaries = { ...eager, engine, spiffe, checks, trace, lint, webhook };
const everyMessage: Record<string, Text> = {
  ...messages,
  ...engine,
  ...spiffe,
  ...checks,
  ...trace,
  ...lint,
  ...webhook,
};
const allTexts: [string, Text][] = [...Object.entries(everyMessage), ...lessonTexts()];

describe('messages', () => {
  it('define each key once across the feature dictionaries', () => {
    const keys = Object.values(dictionaries).flatMap((d) => Object.keys(d));
    expect(keys.length).toBeGreaterThan(300);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('have every key in both languages, with the same placeholders', () => {
    const broken = Object.entries(everyMessage as Record<string, Partial<Text>>).filter(
      ([, m]) =>
        !m.ko?.trim() || !m.en?.trim() || placeholders(m.ko).join() !== placeholders(m.en).join(),
    );
    expect(broken.map(([k]) => k)).toEqual([]);
  });

  it('fill placeholders and attach particles by the last sound', () => {
    expect(translator('en')('lessons.step', { n: 2, total: 9 })).toBe('Step 2 of 9');
    expect(translator('ko')('lessons.step', { n: 2, total: 9 })).toBe('9단계 중 2단계');
    expect(translator('ko')('hint.speed.action', { speed: '초당 6시간' })).toBe(
      '초당 6시간으로 재생',
    );
    expect(translator('ko')('hint.speed.action', { speed: '초당 1일' })).toBe('초당 1일로 재생');
    expect(translator('ko')('explorer.istio', { ns: 'default', sa: 'default' })).toBe(
      'Istio는 이를 네임스페이스 default, ServiceAccount default로 읽습니다.',
    );
  });

  it('write Korean without stray English words', () => {
    const stray = allTexts
      .map(([at, text]) => [at, strayLatin(text.ko)] as const)
      .filter(([, words]) => words.length > 0);
    expect(stray).toEqual([]);
  });

  it('attach particles to their words', () => {
    const detached =
      /[A-Za-z0-9>)%}] (은|는|이|가|을|를|에서|에|의|으로|로|와|과|만|입니다)(?=[\s.,)]|$)/;
    const found = allTexts.filter(([, text]) => detached.test(text.ko)).map(([at]) => at);
    expect(found).toEqual([]);
  });

  it('catch a stray English word, and let identifiers through', () => {
    expect(strayLatin('인증서가 expired 상태입니다')).toEqual(['expired']);
    expect(strayLatin('payment의 정책은 order-1을 허용합니다')).toEqual([]);
    expect(strayLatin('istio-proxy가 CSR과 TokenReview, X.509, `proxy-config`를 씁니다')).toEqual(
      [],
    );
    expect(strayLatin('Subject Alternative Name에 들어 있습니다')).toEqual([]);
  });

  it('say each concept with the glossary word in both languages', () => {
    const found: string[] = [];
    for (const [at, text] of allTexts) {
      for (const [concept, term] of Object.entries(GLOSSARY)) {
        for (const lang of ['ko', 'en'] as const) {
          for (const avoid of term.avoid[lang] as readonly string[]) {
            if (text[lang].includes(avoid))
              found.push(`${at} (${lang}): "${avoid}" for ${concept}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });
});
