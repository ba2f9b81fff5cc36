import { describe, expect, it } from 'vitest';
import { Scheduler } from './scheduler';

describe('Scheduler', () => {
  it('runs actions in time order, ties in insertion order, and moves the clock', async () => {
    const s = new Scheduler(1000);
    const seen: string[] = [];
    s.at(3000, 'c', () => void seen.push(`c@${s.now}`));
    s.at(2000, 'a', () => void seen.push(`a@${s.now}`));
    s.at(2000, 'b', () => void seen.push(`b@${s.now}`));
    await s.advance(500);
    expect(seen).toEqual([]);
    expect(s.now).toBe(1500);
    await s.runUntil(5000);
    expect(seen).toEqual(['a@2000', 'b@2000', 'c@3000']);
    expect(s.now).toBe(5000);
  });

  it('skips cancelled actions and never schedules into the past', async () => {
    const s = new Scheduler(0);
    const seen: string[] = [];
    s.at(10, 'x', () => void seen.push('x')).cancel();
    await s.advance(100);
    s.at(50, 'late', () => void seen.push(`late@${s.now}`));
    await s.runUntil(s.now);
    expect(seen).toEqual(['late@100']);
  });

  it('starts the prepares of one instant together but commits in order', async () => {
    const s = new Scheduler(0);
    const committed: string[] = [];
    // a's prepare can finish only once b's has started: run one after the other, it never would.
    let bStarted!: () => void;
    const bHasStarted = new Promise<void>((resolve) => {
      bStarted = resolve;
    });
    const notTogether = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('the prepares did not overlap')), 2000),
    );
    s.at(
      10,
      'a',
      (v: string) => void committed.push(v),
      () => Promise.race([bHasStarted.then(() => 'a'), notTogether]),
    );
    s.at(
      10,
      'b',
      (v: string) => void committed.push(v),
      async () => {
        bStarted();
        return 'b';
      },
    );
    await s.advance(10);
    expect(committed).toEqual(['a', 'b']);
  });

  it('runs one action at a time when asked', async () => {
    const s = new Scheduler(0);
    const seen: string[] = [];
    s.at(5, 'one', () => void seen.push('one'));
    s.at(5, 'two', () => void seen.push('two'));
    expect(s.peek()).toEqual({ at: 5, label: 'one' });
    expect(await s.runOne()).toBe(5);
    expect(seen).toEqual(['one']);
    expect(await s.runOne()).toBe(5);
    expect(await s.runOne()).toBeUndefined();
  });

  it('surfaces a failed prepare', async () => {
    const s = new Scheduler(0);
    s.at(
      1,
      'boom',
      () => {},
      () => Promise.reject(new Error('boom')),
    );
    await expect(s.advance(1)).rejects.toThrow('boom');
  });
});
