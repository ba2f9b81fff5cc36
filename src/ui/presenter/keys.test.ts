import { describe, expect, it } from 'vitest';
import { actionOf, PRESENTER_KEYS, stepSpeed } from './keys';

describe('presenter keys', () => {
  it('maps every key to one action and lists each action once', () => {
    expect(actionOf('ArrowRight')).toBe('next');
    expect(actionOf(' ')).toBe('play');
    expect(actionOf('Escape')).toBe('exit');
    expect(actionOf('x')).toBeUndefined();
    const all = PRESENTER_KEYS.flatMap((k) => k.keys);
    expect(new Set(all).size).toBe(all.length);
  });

  it('steps the speed along the ladder, clamped at both ends', () => {
    expect(stepSpeed(1, 1)).toBe(10);
    expect(stepSpeed(10, -1)).toBe(1);
    expect(stepSpeed(1, -1)).toBe(1);
    expect(stepSpeed(345_600, 1)).toBe(345_600);
    expect(stepSpeed(100, 1)).toBe(600);
    expect(stepSpeed(100, -1)).toBe(60);
  });
});
