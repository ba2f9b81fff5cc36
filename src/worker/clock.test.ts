import { describe, expect, it } from 'vitest';
import { MAX_BEHIND_WALL_MS, MAX_TICK_WALL_MS, PlaybackClock, SPEEDS, SpeedMeter } from './clock';

describe('the playback clock', () => {
  it('turns wall time into simulated time at the speed, carrying fractions', () => {
    const clock = new PlaybackClock();
    clock.start(1000);
    expect(clock.advance(1016, 1)).toBe(16);
    expect(clock.advance(1032, 86_400)).toBe(16 * 86_400);
    clock.start(0);
    // 0.25 ms per wall ms: three ticks of 2 ms give 0, 1, 0 and the fourth the rest.
    const got = [2, 4, 6, 8].map((wall) => clock.advance(wall, 0.25));
    expect(got.reduce((a, b) => a + b)).toBe(2);
  });

  it('makes up a slow tick over the next ones, a capped tick at a time', () => {
    const clock = new PlaybackClock();
    clock.start(0);
    expect(clock.advance(16, 1)).toBe(16);
    // A tick of 200 ms hands out one capped tick; the rest comes with the ticks after it.
    const walls = [216, 232, 248, 264, 280, 296, 312];
    const got = walls.map((wall) => clock.advance(wall, 1));
    expect(got).toEqual([50, 50, 50, 50, 50, 30, 16]);
    expect(16 + got.reduce((a, b) => a + b)).toBe(312);
  });

  it('after a stall makes up at most MAX_BEHIND_WALL_MS, and never goes back', () => {
    const clock = new PlaybackClock();
    clock.start(0);
    const got = Array.from({ length: 12 }, () => clock.advance(10_000, 60));
    const ticks = MAX_BEHIND_WALL_MS / MAX_TICK_WALL_MS;
    expect(got.slice(0, ticks)).toEqual(Array(ticks).fill(MAX_TICK_WALL_MS * 60));
    expect(got.slice(ticks)).toEqual(Array(12 - ticks).fill(0));
    expect(clock.advance(9_000, 60)).toBe(0);
  });

  it('offers speeds from real time upward', () => {
    expect(SPEEDS[0]).toBe(1);
    expect([...SPEEDS].sort((a, b) => a - b)).toEqual([...SPEEDS]);
  });
});

describe('the speed meter', () => {
  it('measures simulated ms per wall ms over the last second', () => {
    const meter = new SpeedMeter();
    expect(meter.sample(0, 0)).toBe(0);
    expect(meter.sample(500, 30_000)).toBe(60);
    expect(meter.sample(2000, 30_000)).toBe(0);
    meter.reset();
    expect(meter.sample(3000, 0)).toBe(0);
  });
});
