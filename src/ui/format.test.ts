import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate';
import { formatSpan, formatSpeed, formatTime } from './format';

const en = translator('en');
const ko = translator('ko');
const H = 3_600_000;

describe('formatSpan', () => {
  it('says a duration in its two largest units, in each language', () => {
    expect(formatSpan(24 * H, en)).toBe('1d 0h');
    expect(formatSpan(24 * H, ko)).toBe('1일 0시간');
    expect(formatSpan(6 * H, ko)).toBe('6시간 0분');
    expect(formatSpan(17 * H + 59 * 60_000, en)).toBe('17h 59m');
    expect(formatSpan(90_000, ko)).toBe('1분 30초');
    expect(formatSpan(45_000, en)).toBe('45s');
    expect(formatSpan(-5, ko)).toBe('0초');
  });
});

describe('formatSpeed', () => {
  it('says every speed of the ladder in one notation', () => {
    const ladder = [1, 10, 60, 600, 3600, 21_600, 86_400, 345_600];
    expect(ladder.map((s) => formatSpeed(s, en))).toEqual([
      '×1',
      '×10',
      '1 min/s',
      '10 min/s',
      '1 h/s',
      '6 h/s',
      '1 d/s',
      '4 d/s',
    ]);
    expect(ladder.map((s) => formatSpeed(s, ko))).toEqual([
      '×1',
      '×10',
      '초당 1분',
      '초당 10분',
      '초당 1시간',
      '초당 6시간',
      '초당 1일',
      '초당 4일',
    ]);
  });

  it('says an effective speed the same way, to one decimal', () => {
    expect(formatSpeed(22.6 * 3600, en)).toBe('22.6 h/s');
    expect(formatSpeed(22.6 * 3600, ko)).toBe('초당 22.6시간');
    expect(formatSpeed(86_400 * 0.98, ko)).toBe('초당 1일');
    expect(formatSpeed(9.46, en)).toBe('×9.5');
  });
});

describe('formatTime', () => {
  it('gives the simulated time of day in UTC', () => {
    expect(formatTime(Date.UTC(2025, 11, 10, 18, 5, 59))).toBe('18:05 UTC');
  });
});
