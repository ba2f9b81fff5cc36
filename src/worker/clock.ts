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

  reset(): void {
    this.samples = [];
  }
}
