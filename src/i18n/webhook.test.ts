import { describe, expect, it } from 'vitest';
import { validatePolicyManifest } from '../sim/policy/validate';
import { describeFinding } from './engine';
import { translator } from './translate';

const en = translator('en');
const ko = translator('ko');

const ap = (spec: unknown, metadata: unknown = { name: 'p', namespace: 'production' }) => ({
  apiVersion: 'security.istio.io/v1',
  kind: 'AuthorizationPolicy',
  metadata,
  spec,
});

/** Manifests the webhook refuses or annotates, one kind of finding or more each. */
const BAD: unknown[] = [
  'not a manifest',
  { kind: 'Deployment' },
  { ...ap({}), apiVersion: 'v1', status: {} },
  ap({}, { name: 'Bad_Name', namespace: 'Prod!', annotations: { 'istio.io/dry-run': 'true' } }),
  ap({}, { name: 'p' }),
  ap({ action: 'DENY' }),
  ap({ action: 'ALLOW', provider: { name: 'x' } }),
  ap({
    action: 'CUSTOM',
    provider: { name: '' },
    rules: [{ from: [{ source: { principals: ['a'] } }] }],
  }),
  ap({ selector: { matchLabels: { app: '*' } }, targetRefs: [{ kind: 'Service', name: 's' }] }),
  ap({ selector: { matchLabels: { app: 8080 } } }),
  ap({
    rules: [
      null,
      { from: [], to: [{}], when: {} },
      {
        from: [
          {
            source: {
              serviceAccounts: ['a/b/c', '*', 'x'.repeat(321)],
              namespaces: ['production'],
              ipBlocks: ['999.1.1.1'],
              requestPrincipals: ['*'],
            },
          },
        ],
        to: [{ operation: { ports: ['70000'], paths: ['/a{*}b', '/{**}/x'], methods: [8080] } }],
        when: [
          { key: 'source.ip', values: ['nope'] },
          { key: 'destination.port', values: ['http'] },
          { key: 'request.headers' },
          { key: 'destination.namespace', values: ['a'] },
          { key: 'destination.user', values: ['a'] },
          { key: 'destination.labels[app]', values: ['a'] },
          { key: 'source.colour', values: ['red'] },
          { key: '' },
          { key: 'request.auth.claims[iss]', values: ['a'] },
          { key: 'connection.sni', values: ['a'] },
          { key: 'source.principal', values: [''] },
        ],
        extra: 1,
      },
    ],
  }),
  {
    apiVersion: 'security.istio.io/v1',
    kind: 'PeerAuthentication',
    metadata: { name: 'pa', namespace: 'istio-system' },
    spec: {
      selector: { matchLabels: { app: 'a' } },
      mtls: { mode: 'LOUD' },
      portLevelMtls: { 0: {} },
    },
  },
  {
    apiVersion: 'security.istio.io/v1',
    kind: 'PeerAuthentication',
    metadata: { name: 'pa', namespace: 'production' },
    spec: { portLevelMtls: {} },
  },
];

const lines = BAD.flatMap((m) => {
  const r = validatePolicyManifest(m);
  return [...(r.ok ? [] : r.errors), ...r.ignored, ...r.warnings].map((line) => ({
    line,
    words: r.words[line],
  }));
});
const straight = (s: string) => s.replace(/[‘’]/g, "'");

describe('the admission webhook’s findings in the reader’s language', () => {
  it('carry words for every line, and say in English what the CLI prints', () => {
    expect(lines.length).toBeGreaterThan(40);
    const codes = new Set(lines.map((l) => l.words?.code));
    expect(codes.size).toBeGreaterThan(40);
    for (const { line, words } of lines) {
      expect(words, line).toBeDefined();
      // These name the alternatives as a list of identifiers rather than in an English sentence.
      if (!words || ['unknownField', 'apiVersion', 'kind'].includes(words.code)) continue;
      expect(straight(describeFinding(words, en))).toBe(straight(line));
    }
  });

  it('say each in Korean, with the field and the values as they are', () => {
    for (const { words } of lines) {
      const text = describeFinding(words!, ko);
      expect(text).not.toMatch(/\{[a-z]+\}/);
      expect(text.startsWith(words!.path)).toBe(true);
    }
    const nil = lines.find((l) => l.words?.code === 'nil')!;
    expect(describeFinding(nil.words!, ko)).toBe('spec.rules[0]: 값이 없으면 안 됨');
    const ip = lines.find((l) => l.words?.code === 'badIp')!;
    expect(describeFinding(ip.words!, ko)).toBe(
      'spec.rules[2].from[0].source.ipBlocks[0]: 잘못된 IP 주소나 CIDR 범위 (999.1.1.1)',
    );
  });
});
