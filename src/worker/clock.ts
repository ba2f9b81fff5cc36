/** The speeds offered, in simulated ms per wall ms (real time up to four days a second). */
export const SPEEDS = [1, 10, 60, 600, 3600, 21_600, 86_400, 345_600] as const;

/** Longest wall time one playback tick turns into simulated time (ms). */
export const MAX_TICK_WALL_MS = 50;
/**
 * Longest wall time the clock makes up (ms). A tick slower than MAX_TICK_WALL_MS (a renewal wave
 * on a large mesh) is made up by the next ticks, a capped tick at a time, so a burst of work
 * costs no simulated time; a stalled tab resumes about where it stopped instead of leaping ahead.
 */
export const MAX_BEHIND_WALL_MS = 500;

/**
 * Turns wall time into simulated time at a speed. Whole simulated ms are handed out; the
 * fraction is carried to the next tick so slow speeds do not lose time to rounding.
 */
export class PlaybackClock {
  private lastWall = 0;
  private carry = 0;
  /** Wall time not yet turned into simulated time. */
  private behind = 0;

  /** Starts counting from `wall` (performance.now()). */
  start(wall: number): void {
    this.lastWall = wall;
    this.carry = 0;
    this.behind = 0;
  }

  /** The simulated ms to advance for the wall time since the previous call. */
  advance(wall: number, speed: number): number {
    this.behind = Math.min(this.behind + Math.max(0, wall - this.lastWall), MAX_BEHIND_WALL_MS);
    this.lastWall = wall;
    const dt = Math.min(this.behind, MAX_TICK_WALL_MS);
    this.behind -= dt;
    const exact = speed * dt + this.carry;
    const ms = Math.floor(exact);
    this.carry = exact - ms;
    return ms;
  }
}

/**
 * Measures the effective speed of playback: simulated ms advanced per wall ms over the last
 * second. When the engine cannot keep up, this drops below the chosen speed.
 */
export class SpeedMeter {
  private samples: { wall: number; sim: number }[] = [];

  /** Records a (wall, simulated) pair and returns the speed over the last second. */
  sample(wall: number, sim: number): number {
    this.samples.push({ wall, sim });
    while (this.samples.length > 2 && wall - this.samples[0]!.wall > 1000) this.samples.shift();
    const first = this.samples[0]!;
    const dWall = wall - first.wall;
    return dWall > 0 ? (sim - first.sim) / dWall : 0;
  }

  /** The wall time the speed is measured over (ms): a second once playback has run that long. */
  get span(): number {
    const first = this.samples[0];
    const last = this.samples.at(-1);
    return first && last ? last.wall - first.wall : 0;
  }

  reset(): void {
    this.samples = [];
  }
}
