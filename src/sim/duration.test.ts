import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['18h', 64_800_000],
    ['1h30m', 5_400_000],
    ['250ms', 250],
    ['7d', 604_800_000],
    ['1d2h3m4s5ms', 93_784_005],
    ['0.5h', 1_800_000],
  ])('%s = %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each([
    ['', 'empty duration'],
    ['18', 'the last number has no unit at position 3'],
    ['18 hours', "expected a unit, found ' ' at position 3"],
    ['h', "expected a number, found 'h' at position 1"],
    ['1y', "expected a unit, found 'y' at position 2"],
  ])('refuses %j: %s', (text, message) => expect(() => parseDuration(text)).toThrow(message));
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [64_800_000, '18h'],
    [5_400_000, '1h30m'],
    [93_784_005, '1d2h3m4s5ms'],
    [-1000, '-1s'],
  ])('%d ms = %s', (ms, text) => expect(formatDuration(ms)).toBe(text));
});
