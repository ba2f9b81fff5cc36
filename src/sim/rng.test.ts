import { describe, expect, it } from 'vitest';
import { Rng } from './rng';

describe('Rng', () => {
  it('repeats for a seed and differs across seeds', () => {
    const a = new Rng(1);
    const b = new Rng(1);
    const c = new Rng(2);
    const draw = (r: Rng) => Array.from({ length: 5 }, () => r.u32());
    const first = draw(a);
    expect(draw(b)).toEqual(first);
    expect(draw(c)).not.toEqual(first);
  });

  it('draws floats in [0, 1) and integers in [0, n) evenly enough', () => {
    const rng = new Rng(9);
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) counts[rng.int(3)]!++;
    for (const count of counts) expect(count).toBeGreaterThan(900);
    for (let i = 0; i < 1000; i++) {
      const f = rng.float();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
    }
  });

  it('fills byte arrays of any length', () => {
    const bytes = new Rng(3).bytes(17);
    expect(bytes).toHaveLength(17);
    expect(new Set(bytes).size).toBeGreaterThan(8);
  });
});
