/**
 * Virtual time: a priority queue of timed actions. Actions run strictly in (time, insertion)
 * order and may be asynchronous (WebCrypto); the scheduler awaits each before it takes the
 * next, so the same inputs always give the same sequence at the same simulated times.
 *
 * An action may also have a `prepare` step: pure work (key generation, signatures) that reads
 * no state it could race on. The prepares of all actions due at one instant start together,
 * so WebCrypto's thread pool works in parallel, while the actions themselves still run one
 * by one in order, each with its prepared value.
 */
export type Action<T = void> = (prepared: T) => void | Promise<void>;
export type Prepare<T> = () => Promise<T>;

interface Entry {
  at: number;
  seq: number;
  label: string;
  run: Action<unknown>;
  prepare?: Prepare<unknown>;
  cancelled: boolean;
}

/** A handle to cancel a scheduled action (e.g. an expiry made moot by a renewal). */
export interface Timer {
  readonly at: number;
  readonly label: string;
  cancel(): void;
}

export class Scheduler {
  private heap: Entry[] = [];
  private seq = 0;
  private current: number;

  constructor(readonly start: number) {
    this.current = start;
  }

  /** Simulated wall-clock time, epoch milliseconds. */
  get now(): number {
    return this.current;
  }

  /** Schedules `run` at simulated time `at` (never in the past), after an optional `prepare`. */
  at<T = void>(at: number, label: string, run: Action<T>, prepare?: Prepare<T>): Timer {
    const entry: Entry = {
      at: Math.max(at, this.current),
      seq: this.seq++,
      label,
      run: run as Action<unknown>,
      cancelled: false,
    };
    if (prepare) entry.prepare = prepare;
    this.push(entry);
    return {
      at: entry.at,
      label,
      cancel: () => {
        entry.cancelled = true;
      },
    };
  }

  /** Schedules `run` after `delay` milliseconds of simulated time. */
  after<T = void>(delay: number, label: string, run: Action<T>, prepare?: Prepare<T>): Timer {
    return this.at(this.current + delay, label, run, prepare);
  }

  /** Time of the next pending action, or undefined when nothing is scheduled. */
  nextAt(): number | undefined {
    this.dropCancelled();
    return this.heap[0]?.at;
  }

  /** Runs every action due up to and including `time`, then sets the clock to `time`. */
  async runUntil(time: number): Promise<void> {
    for (;;) {
      this.dropCancelled();
      const head = this.heap[0];
      if (!head || head.at > time) break;
      this.current = head.at;
      await this.runBatch(this.takeDue(head.at));
    }
    this.current = Math.max(this.current, time);
  }

  /** Runs exactly one action (the next in order); returns its time, or undefined if none. */
  async runOne(): Promise<number | undefined> {
    this.dropCancelled();
    const head = this.pop();
    if (!head) return undefined;
    this.current = head.at;
    await this.runBatch([head]);
    return head.at;
  }

  /** Label and time of the next pending action. */
  peek(): { at: number; label: string } | undefined {
    this.dropCancelled();
    const head = this.heap[0];
    return head && { at: head.at, label: head.label };
  }

  private takeDue(at: number): Entry[] {
    const batch: Entry[] = [];
    while (this.heap[0] && this.heap[0].at === at) {
      const entry = this.pop()!;
      if (!entry.cancelled) batch.push(entry);
    }
    return batch;
  }

  private async runBatch(batch: Entry[]): Promise<void> {
    // Start every prepare at once; settle each so that one failure cannot go unobserved.
    const prepared = batch.map((entry) =>
      entry.prepare?.().then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      ),
    );
    for (const [i, entry] of batch.entries()) {
      const result = await prepared[i];
      if (entry.cancelled) continue;
      if (result && 'error' in result) throw result.error;
      await entry.run(result?.value);
    }
  }

  /** Advances the clock by `duration` milliseconds, running everything due on the way. */
  advance(duration: number): Promise<void> {
    return this.runUntil(this.current + duration);
  }

  private dropCancelled(): void {
    while (this.heap[0]?.cancelled) this.pop();
  }

  private before(x: Entry, y: Entry): boolean {
    return x.at < y.at || (x.at === y.at && x.seq < y.seq);
  }

  private push(entry: Entry): void {
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private pop(): Entry | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && this.before(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && this.before(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  }
}
