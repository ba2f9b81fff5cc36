import { describe, expect, it, vi } from 'vitest';

vi.mock('../../store/actions', () => ({ SPEEDS: [1, 10, 60, 600, 3600, 21_600, 86_400, 345_600] }));

const { actionOf, stepSpeed, PRESENTER_KEYS } = await import('./keys');

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
