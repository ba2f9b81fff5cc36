import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LoggedOp } from '../worker/protocol';
import {
  defaults,
  flushSave,
  persistOptions,
  SAVE_KEY,
  SAVE_VERSION,
  startSaving,
} from './persist';
import { readSaved } from './schema';
import type { State } from './state';

const base = defaults();
const goodLog = [{ t: 1_765_000_000_000, op: { kind: 'restart', pod: 'production/order-1' } }];

describe('reading saved state back', () => {
  it.each([
    ['language', 'xx'],
    ['speed', 'fast'],
    ['speed', 1e300],
    ['now', 'yesterday'],
    ['now', 1e300],
    ['now', Number.NaN],
    ['theme', 42],
    ['preset', 'prod'],
    ['teaching', 'yes'],
  ])('drops %s = %j and names it', (field, value) => {
    const { saved, reset } = readSaved({ language: 'ko', [field]: value }, base);
    expect(reset).toEqual([field]);
    expect(saved[field as keyof typeof saved]).toEqual(base[field as keyof typeof base]);
    if (field !== 'language') expect(saved.language).toBe('ko');
  });

  it.each([
    [[{ t: 1, op: { kind: 'explode' } }]],
    [[null]],
    [[{ t: 'soon', op: { kind: 'restart', pod: 'a/b' } }]],
    [[{ t: 1, op: { kind: 'scale', namespace: 'a', name: 'b', replicas: '3' } }]],
    [[{ t: 1, op: { kind: 'ca', action: 'burnRoot', root: 'next' } }]],
    ['not a list'],
  ])('drops a malformed applied log %#', (log) => {
    const { saved, reset } = readSaved({ log, speed: 60 }, base);
    expect(reset).toEqual(['log']);
    expect(saved.log).toEqual([]);
    expect(saved.speed).toBe(60);
  });

  it('reads back a change of every kind the app logs, a CA change among them', () => {
    const t = 1_765_000_000_000;
    const ops: { [K in LoggedOp['op']['kind']]: Extract<LoggedOp['op'], { kind: K }> } = {
      apply: { kind: 'apply', yaml: 'kind: Namespace' },
      delete: { kind: 'delete', ref: { kind: 'Pod', namespace: 'a', name: 'b' } },
      restart: { kind: 'restart', pod: 'a/b' },
      rollout: { kind: 'rollout', namespace: 'a', name: 'b' },
      scale: { kind: 'scale', namespace: 'a', name: 'b', replicas: 3 },
      istiod: { kind: 'istiod', up: false },
      ca: { kind: 'ca', action: 'addRoot', root: 'next' },
      call: { kind: 'call', call: { from: 'a/b', to: 'a/c', method: 'GET', path: '/' } },
      attack: { kind: 'attack', attack: { kind: 'impersonate', from: 'a/b', to: 'a/c' } },
    };
    const log = Object.values(ops).map((op, i) => ({ t: t + i, op }));
    const { saved, reset } = readSaved({ log }, base);
    expect(reset).toEqual([]);
    expect(saved.log).toEqual(log);
  });

  it('keeps every well-formed field, missing ones taking their defaults quietly', () => {
    const { saved, reset } = readSaved(
      { language: 'ko', speed: 3600, now: 1_765_000_000_000, log: goodLog, teaching: true },
      base,
    );
    expect(reset).toEqual([]);
    expect(saved).toMatchObject({ language: 'ko', speed: 3600, teaching: true, log: goodLog });
    expect(saved.scenario).toBe(base.scenario);
  });

  it('drops a scenario that is neither bundled nor saved as text, with its changes and time', () => {
    const { saved, reset } = readSaved(
      { scenario: 'gone', log: goodLog, now: 1_765_000_000_000 },
      base,
    );
    expect(reset).toEqual(['scenario']);
    expect(saved).toMatchObject({ scenario: base.scenario, log: [] });
    expect(saved.now).toBeUndefined();
    expect(readSaved({ scenario: 'pasted', scenarioYaml: 'x: 1' }, base).reset).toEqual([]);
  });

  it('reads damaged lesson progress as what survives of it', () => {
    const lessons = { version: 1, lessons: { '01': { step: 'x' }, bad: {} } };
    expect(readSaved({ lessons }, base).saved.lessons.lessons).toEqual({
      '01': { step: 0, reached: 0, answers: {}, completed: false },
    });
    expect(readSaved({ lessons: [] }, base).reset).toEqual(['lessons']);
  });

  it('resets everything when the saved value is not an object', () => {
    expect(readSaved('hello', base)).toEqual({ saved: base, reset: ['all'] });
    expect(readSaved(undefined, base)).toEqual({ saved: base, reset: [] });
  });
});

describe('the persist middleware options', () => {
  const items = new Map<string, string>();
  const storage = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
  const current = { lessons: { progress: base.lessons, dock: false } } as unknown as State;
  const merge = (value: unknown) => persistOptions.merge!(value, current);
  const read = () =>
    persistOptions.storage!.getItem(SAVE_KEY) as { state: unknown; version: number } | null;

  beforeEach(() => {
    items.clear();
    vi.stubGlobal('localStorage', storage);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('migrates version 1 (two keys) and keeps its settings and lesson progress', () => {
    items.set('svid-lab:v1', JSON.stringify({ language: 'en', introDone: true, speed: 60 }));
    items.set(
      'svid-lab:lessons:v1',
      JSON.stringify({ version: 1, current: '02', lessons: { '02': { step: 1 } } }),
    );
    const stored = read();
    expect(stored?.version).toBe(1);
    const state = merge(persistOptions.migrate!(stored?.state, 1));
    expect(state).toMatchObject({ language: 'en', introDone: true, speed: 60 });
    expect(state.lessons.progress.current).toBe('02');
    expect(state.resetNotice).toBeUndefined();
  });

  it('drops text that is not JSON, and a version it does not know, with a message', () => {
    items.set(SAVE_KEY, '{not json');
    expect(merge(read()?.state).resetNotice).toEqual({ fields: ['all'] });
    const future = persistOptions.migrate!({ language: 'ko' }, SAVE_VERSION + 1);
    const state = merge(future);
    expect(state.resetNotice).toEqual({ fields: ['all'] });
    expect(state.language).toBe(base.language);
  });

  it('writes nothing until saving starts, then the current version, and forgets version 1', () => {
    items.set('svid-lab:v1', '{}');
    const value = {
      state: persistOptions.partialize!({ ...base, lessons: current.lessons } as unknown as State),
      version: SAVE_VERSION,
    };
    persistOptions.storage!.setItem(SAVE_KEY, value);
    expect(items.has(SAVE_KEY)).toBe(false);
    startSaving();
    persistOptions.storage!.setItem(SAVE_KEY, value);
    expect(JSON.parse(items.get(SAVE_KEY)!)).toMatchObject({
      version: SAVE_VERSION,
      state: { speed: 1 },
    });
    expect(items.has('svid-lab:v1')).toBe(false);
  });
  it('writes a playing clock at most once a second, the latest value, and at once on leaving', () => {
    vi.useFakeTimers({ now: Date.now() + 5000 });
    startSaving();
    const at = (now: number) => ({
      state: persistOptions.partialize!({
        ...base,
        now,
        lessons: current.lessons,
      } as unknown as State),
      version: SAVE_VERSION,
    });
    const savedNow = () => JSON.parse(items.get(SAVE_KEY)!).state.now;
    persistOptions.storage!.setItem(SAVE_KEY, at(1));
    expect(savedNow()).toBe(1);
    persistOptions.storage!.setItem(SAVE_KEY, at(2));
    persistOptions.storage!.setItem(SAVE_KEY, at(3));
    expect(savedNow()).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(savedNow()).toBe(3);
    persistOptions.storage!.setItem(SAVE_KEY, at(4));
    expect(savedNow()).toBe(3);
    flushSave();
    expect(savedNow()).toBe(4);
    vi.useRealTimers();
  });
});
