/**
 * Property-based robustness: whatever a user types, pastes or opens, each reader ends in a
 * result or in its own clear error (an Error subclass with a message, never a TypeError,
 * RangeError or ReferenceError leaking from inside), within a bounded time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseSpiffeId } from './pki/spiffe-id';
import { toBase64Url } from './share/base64url';
import { deflateRaw } from './share/compress';
import { decodeShare, encodeShare } from './share/link';
import { type SharedState, ShareError } from './share/state';
import { validatePolicyManifest } from './sim/policy/validate';
import { loadScenario, ScenarioError } from './sim/scenario/load';

/**
 * Each reader's own answer must come within this many milliseconds, for any one input (loose:
 * the suite shares the machine with others).
 */
const BOUND_MS = 1_000;

const SCENARIOS = join(import.meta.dirname, '..', 'scenarios');
const validTexts = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(join(SCENARIOS, f), 'utf8'));

/** Values that have broken readers before: wrong types, edge numbers, control codes. */
const nasty = fc.constantFrom<unknown>(
  null,
  true,
  -1,
  0,
  2.5,
  1e9,
  1e300,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  'abc',
  '',
  '9999-12-31T00:00:00Z',
  '\u001b[31mred',
  '1e400d',
  '99999999999999999999d',
  [],
  {},
  [null],
  { a: { b: { c: null } } },
);
const value = fc.oneof(nasty, fc.jsonValue({ maxDepth: 3 }));

/** Replaces the value at one path of `doc` (chosen by `pick`) with `replacement`. */
function mutate(doc: unknown, pick: number, replacement: unknown): unknown {
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(node)) {
      for (const [i, v] of node.entries()) walk(v, [...path, i]);
    } else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(doc, []);
  const path = paths[pick % paths.length]!;
  if (path.length === 0) return replacement;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let node = copy;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

/** Runs `read`; passes if it returns or throws one of `allowed`, in bounded time. */
async function endsCleanly(
  read: () => unknown,
  allowed: (new (...args: never[]) => Error)[],
): Promise<void> {
  const started = performance.now();
  try {
    await read();
  } catch (error) {
    if (!allowed.some((kind) => error instanceof kind)) throw error;
    expect((error as Error).constructor).not.toBe(TypeError);
    expect((error as Error).message.length).toBeGreaterThan(0);
    expect((error as Error).message).not.toMatch(/\n\s+at /);
  }
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
}

describe('the scenario loader', () => {
  const load = (text: string) => endsCleanly(() => loadScenario(text, 'p.yaml'), [ScenarioError]);

  it('answers any text', () =>
    fc.assert(fc.asyncProperty(fc.string({ maxLength: 300 }), load), { numRuns: 200 }));

  it('answers YAML-shaped text: flow, anchors, aliases, tags, odd indentation', () => {
    const token = fc.constantFrom(
      'scenario: x\n',
      'steps:\n',
      '  - ',
      'wait: ',
      '1h',
      '\n',
      '&a ',
      '*a',
      '[',
      ']',
      '{',
      '}',
      ', ',
      ': ',
      '!!str ',
      '!!binary ',
      '? ',
      '|\n',
      '>-\n',
      '"\\e"',
      "'",
      '#',
      '---\n',
      '.nan',
      '~',
    );
    return fc.assert(
      fc.asyncProperty(
        fc.array(token, { maxLength: 40 }).map((t) => t.join('')),
        load,
      ),
      {
        numRuns: 200,
      },
    );
  });

  it('answers any JSON-shaped document', () =>
    fc.assert(
      fc.asyncProperty(value, (doc) => load(stringify(doc))),
      { numRuns: 80 },
    ));

  it('answers every valid scenario with one value changed anywhere', () =>
    fc.assert(
      fc.asyncProperty(fc.constantFrom(...validTexts), fc.nat(), value, (text, pick, replacement) =>
        load(stringify(mutate(parse(text), pick, replacement))),
      ),
      { numRuns: 30 },
    ));
});

describe('the share-link decoder', () => {
  const decode = (hash: string) => endsCleanly(() => decodeShare(hash), [ShareError]);
  const packed = async (data: unknown) =>
    `#s=1.${toBase64Url(await deflateRaw(new TextEncoder().encode(JSON.stringify(data))))}`;

  it('answers any fragment', () =>
    fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ maxLength: 200 }).map((s) => `#s=1.${s}`),
        ),
        decode,
      ),
      { numRuns: 200 },
    ));

  it('answers any JSON packed as a link', () =>
    fc.assert(
      fc.asyncProperty(value, async (data) => decode(await packed(data))),
      { numRuns: 80 },
    ));

  it('answers a real link with one field changed', async () => {
    const state: SharedState = {
      scenario: { name: 'root-expiry', yaml: validTexts[0]! },
      preset: 'lesson',
      log: [],
      now: Date.parse('2025-12-10T01:00:00Z'),
      speed: 1,
    };
    const link = await encodeShare(state);
    expect(await decodeShare(link)).toMatchObject({ scenario: state.scenario });
    await fc.assert(
      fc.asyncProperty(fc.nat(), value, async (pick, replacement) =>
        decode(await packed(mutate(state, pick, replacement))),
      ),
      { numRuns: 80 },
    );
  });
});

describe('the SPIFFE ID parser', () => {
  it('returns a verdict, never throws, for any text', () =>
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300, unit: 'grapheme' }),
          fc.string({ maxLength: 100 }).map((s) => `spiffe://${s}`),
        ),
        (input) => {
          const started = performance.now();
          const result = parseSpiffeId(input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
          expect(performance.now() - started).toBeLessThan(BOUND_MS);
        },
      ),
      { numRuns: 200 },
    ));
});

describe('the policy validator', () => {
  const policy = fc.record({
    apiVersion: fc.oneof(fc.constant('security.istio.io/v1'), value),
    kind: fc.constantFrom('AuthorizationPolicy', 'PeerAuthentication', 'Pod', 42),
    metadata: fc.oneof(
      fc.record({ name: fc.oneof(fc.constant('p'), value), namespace: value }),
      value,
    ),
    spec: fc.oneof(
      value,
      fc.record({
        action: fc.oneof(fc.constantFrom('ALLOW', 'DENY', 'AUDIT', 'CUSTOM'), value),
        selector: value,
        rules: fc.oneof(
          value,
          fc.array(fc.dictionary(fc.constantFrom('from', 'to', 'when'), value), { maxLength: 4 }),
        ),
        mtls: value,
        portLevelMtls: value,
      }),
    ),
  });

  it('returns a verdict with readable errors for any manifest-shaped object', () =>
    fc.assert(
      fc.property(fc.oneof(policy, value), (manifest) => {
        const started = performance.now();
        const result = validatePolicyManifest(manifest);
        if (!result.ok) for (const e of result.errors) expect(typeof e).toBe('string');
        expect(performance.now() - started).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 300 },
    ));
});
