import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';
import { deflateRaw } from './compress';
import { decodeShare, encodeShare, isShareLink } from './link';
import { type SharedState, ShareError } from './state';

const yaml = readFileSync(join(import.meta.dirname, '../../scenarios/lesson-cluster.yaml'), 'utf8');

const STATE: SharedState = {
  scenario: { name: 'lesson-cluster', yaml },
  preset: 'istio',
  log: [
    { t: 0, op: { kind: 'scale', namespace: 'production', name: 'order', replicas: 3 } },
    { t: 3_600_000, op: { kind: 'restart', pod: 'production/order-1' } },
    {
      t: 3_600_000,
      op: { kind: 'delete', ref: { kind: 'Pod', namespace: 'default', name: 'legacy' } },
    },
    { t: 7_200_000, op: { kind: 'istiod', up: false } },
    {
      t: 7_200_000,
      op: { kind: 'apply', yaml: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: 한글}\n' },
    },
  ],
  now: Date.parse('2025-12-10T18:00:00Z'),
  speed: 86_400,
  language: 'ko',
  theme: 'dark',
  teaching: true,
  lesson: { id: '04', step: 3 },
};

/** Encodes arbitrary JSON the way encodeShare does (to build broken but well-packed links). */
async function pack(value: unknown): Promise<string> {
  return `#s=1.${toBase64Url(await deflateRaw(new TextEncoder().encode(JSON.stringify(value))))}`;
}

async function refusal(hash: string): Promise<string> {
  try {
    await decodeShare(hash);
  } catch (error) {
    expect(error).toBeInstanceOf(ShareError);
    return (error as Error).message;
  }
  throw new Error('expected the link to be refused');
}

describe('a shared link', () => {
  it('round-trips the whole sandbox, compressed and URL-safe', async () => {
    const hash = await encodeShare(STATE);
    expect(hash).toMatch(/^#s=1\.[A-Za-z0-9_-]+$/);
    expect(hash.length).toBeLessThan(JSON.stringify(STATE).length / 2);
    expect(isShareLink(hash)).toBe(true);
    expect(isShareLink('#lesson=04&step=3')).toBe(false);
    expect(await decodeShare(hash)).toEqual(STATE);
  });

  it('keeps only the fields it knows and leaves optional ones out', async () => {
    const minimal = { scenario: { name: 'x', yaml: 'scenario: x' }, preset: 'lesson', log: [] };
    expect(await decodeShare(await pack({ ...minimal, extra: 1 }))).toEqual(minimal);
  });

  it('refuses broken links with a clear reason', async () => {
    const good = await encodeShare(STATE);
    expect(await refusal('#lesson=1')).toMatch(/holds no sandbox/);
    expect(await refusal('#s=abc')).toMatch(/not a svid-lab sandbox link/);
    expect(await refusal('#s=2.AAAA')).toMatch(/newer svid-lab \(format 2\)/);
    expect(await refusal('#s=1.')).toMatch(/cut short/);
    expect(await refusal(`${good.slice(0, 20)}*${good.slice(21)}`)).toMatch(
      /damaged: character '\*' at position \d+ is not base64url/,
    );
    expect(await refusal(good.slice(0, Math.floor(good.length / 2)))).toMatch(
      /damaged or cut short|cannot be base64url/,
    );
    expect(
      await refusal(`#s=1.${toBase64Url(new TextEncoder().encode('not deflate at all'))}`),
    ).toMatch(/does not unpack/);
    expect(
      await refusal(`#s=1.${toBase64Url(await deflateRaw(new TextEncoder().encode('{oops')))}`),
    ).toMatch(/not the JSON svid-lab writes/);
    expect(await refusal(await pack({ ...STATE, preset: 'fast' }))).toMatch(
      /preset: expected one of lesson, istio, got "fast"/,
    );
    expect(
      await refusal(await pack({ ...STATE, log: [{ t: 0, op: { kind: 'explode' } }] })),
    ).toMatch(/log\[0\]\.op\.kind: expected one of apply, delete, restart, rollout, scale, istiod/);
  });

  it.each([
    [{ speed: 1e300 }, /speed: expected one of 1, 10, 60/],
    [{ speed: 'fast' }, /speed: expected one of/],
    [{ now: 1e300 }, /now: expected a time between 1970 and 9999/],
    [{ now: 'yesterday' }, /now: expected a time/],
    [
      { log: [{ t: Number.MAX_VALUE, op: { kind: 'istiod', up: true } }] },
      /log\[0\]\.t: expected a time/,
    ],
  ])('refuses a speed, time or change no playback can honour %#', async (bad, message) => {
    expect(await refusal(await pack({ ...STATE, ...bad }))).toMatch(message);
  });

  it('refuses a link that unpacks to something huge', async () => {
    const bomb = await deflateRaw(new Uint8Array(5 * 1024 * 1024).fill(32));
    expect(await refusal(`#s=1.${toBase64Url(bomb)}`)).toMatch(/unpacks to more than/);
  });
});

describe('base64url', () => {
  it('round-trips every byte value without padding', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = toBase64Url(bytes);
    expect(text).not.toMatch(/[+/=]/);
    expect(fromBase64Url(text)).toEqual(bytes);
  });
});
