import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../src/cli/io';
import { runCommand } from '../src/cli/run';

const here = import.meta.dirname;
const yamlIn = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();

async function run(path: string, ...flags: string[]) {
  const io = memoryIo({ [path]: readFileSync(path, 'utf8') });
  const code = await runCommand([path, ...flags], io);
  return { code, io };
}

describe('every scenario in scenarios/ passes `svid run`', () => {
  for (const file of yamlIn(here)) {
    it(file, async () => {
      const { code, io } = await run(join(here, file), '--json');
      expect(io.err).toEqual([]);
      expect(code).toBe(0);
      const events = io.out.map((line) => JSON.parse(line) as { type: string; ok?: boolean });
      const expects = events.filter((e) => e.type === 'expect');
      expect(expects.length).toBeGreaterThan(0);
      expect(expects.every((e) => e.ok)).toBe(true);
    });
  }
});

describe('invalid scenarios are refused with exit 2 and a message naming the place', () => {
  const cases: Record<string, RegExp> = {
    'bad-duration.yaml':
      /step 2\.wait: cannot read duration '18 hours': expected a unit, found ' ' at position 3.*\(line 4\)/,
    'bad-pod-name.yaml': /resources\[0\]\.metadata\.name: 'Order_1' is not a valid name/,
    'bad-trust-domain.yaml': /mesh\.trustDomain: .*'C'/,
    'bad-trust-domain-alias.yaml': /mesh\.trustDomainAliases\[1\]: .*found 'O' at position 1/,
    'not-yaml.yaml': /not valid YAML: .*\(line 4, column 1\)/,
    'alias-bomb.yaml': /not valid YAML: Excessive alias count/,
    'start-year-9999.yaml':
      /mesh\.start: the root certificate would be valid from 9999-12-31T00:00:00\.000Z/,
    'cert-ttl-over-istiod-max.yaml':
      /mesh\.certTTL: "91d" is longer than istiod allows: "requested TTL 2184h is greater than the max allowed TTL 2160h"/,
    'cert-ttl-one-second.yaml': /mesh\.certTTL: "1s" is shorter than the minimum 1m/,
    'token-ttl-one-second.yaml':
      /mesh\.tokenTTL: "1s" is shorter than the minimum 10m: Kubernetes: "may not specify a duration less than 10 minutes"/,
    'trust-domain-boolean.yaml':
      /mesh\.trustDomain: expected a trust domain such as cluster\.local, got true/,
    'renew-at-nan.yaml':
      /mesh\.renewAt: expected a number from 0\.01 to 0\.99, got \.nan \(not a number\)/,
    'replicas-negative.yaml':
      /resources\[0\]\.spec\.replicas: Invalid value: -1: must be greater than or equal to 0/,
    'scale-a-billion.yaml':
      /step 1\.scale\.replicas: Invalid value: 1000000000: must be less than or equal to 500/,
    'scale-fraction.yaml':
      /step 1\.scale\.replicas: json: cannot unmarshal number 2\.5 into Go struct field DeploymentSpec\.spec\.replicas of type int32/,
    'scale-text.yaml':
      /step 1\.scale\.replicas: json: cannot unmarshal string into Go struct field/,
    'too-many-steps-run.yaml':
      /steps as run, repeats unrolled: 210,000 is over the limit of 200,000/,
    'wait-a-thousand-years.yaml': /the waits add up to 365000d, over the limit of 36500d/,
    'description-too-long.yaml':
      /description: length in characters: 2,001 is over the limit of 2,000/,
    'unknown-step-key.yaml': /step 1\.after: unknown key 'after'/,
    'cacerts-not-signed-by-root.yaml':
      /mesh\.ca: istiod refuses to start: cacerts ca-cert.pem: .*is not signed by any root in root-cert\.pem/,
    'cacerts-key-mismatch.yaml':
      /mesh\.ca: istiod refuses to start: cacerts ca-key\.pem: the private key does not match the public key of ca-cert\.pem/,
    'cacerts-expired.yaml':
      /mesh\.ca: istiod refuses to start: cacerts ca-cert\.pem: .* expired at 2025-12-09T00:00:00\.000Z/,
    'cacerts-not-a-ca.yaml':
      /mesh\.ca: istiod refuses to start: cacerts ca-cert\.pem: .* is not a CA certificate/,
    'cluster-cacerts-expired.yaml':
      /mesh\.clusters\[1\]\.ca: istiod refuses to start: cacerts ca-cert\.pem: "O=cluster-b\.local, CN=root-b intermediate" expired/,
    'cluster-listed-twice.yaml': /mesh\.clusters\[1\]\.name: cluster cluster-a is listed twice/,
    'ca-step-unknown-cluster.yaml':
      /step 1\.ca\.cluster: cluster cluster-c is not in mesh\.clusters \(cluster-a, cluster-b\)/,
    'pod-in-unknown-cluster.yaml':
      /resources\[0\]\.metadata\.labels.*cluster "cluster-c" is not in mesh\.clusters \(cluster-a, cluster-b\)/,
    'unknown-top-key.yaml':
      /stepz: unknown key 'stepz': allowed here are scenario, description, mesh, resources, steps \(line 3\)/,
  };
  it('has a case for every file in scenarios/invalid', () => {
    expect(Object.keys(cases).sort()).toEqual(yamlIn(join(here, 'invalid')));
  });
  for (const [file, message] of Object.entries(cases)) {
    it(file, async () => {
      const { code, io } = await run(join(here, 'invalid', file));
      expect(code).toBe(2);
      expect(io.out).toEqual([]);
      expect(io.err.join('\n')).toMatch(message);
      expect(io.err.join('\n')).toContain(file);
      expect(io.err.join('\n')).not.toMatch(/\n\s+at /);
    });
  }
});

describe('a failed expectation exits 1', () => {
  it('reports which step and what was seen', async () => {
    const path = '/tmp/failing.yaml';
    const io = memoryIo({
      [path]: [
        'scenario: failing',
        'resources:',
        '  - {apiVersion: v1, kind: Pod, metadata: {name: app-1}, spec: {containers: [{name: a, image: a}]}}',
        'steps:',
        '  - wait: 18h',
        '  - expect: {pod: default/app-1, rotations: 2}',
      ].join('\n'),
    });
    expect(await runCommand([path], io)).toBe(1);
    expect(io.out.join('\n')).toContain('step 2: default/app-1: expected rotations 2, got 1');
  });
});

describe('the policy lint speaks up in the event stream', () => {
  it("names the lesson's ns/default slip and suggests production", async () => {
    const { io } = await run(join(here, 'lint-wrong-namespace.yaml'), '--json');
    const warnings = io.out.map((l) => JSON.parse(l)).filter((e) => e.type === 'policy.warning');
    expect(warnings).toEqual([
      expect.objectContaining({
        policy: 'production/payment-allow-order',
        path: 'spec.rules[0].from[0].source.principals[0]',
        code: 'principal-sa-wrong-namespace',
        suggestion: 'cluster.local/ns/production/sa/order-sa',
      }),
    ]);
  });
});

describe('determinism', () => {
  it.each(['attack-lab.yaml', 'ip-reuse-hijack.yaml', 'istiod-outage.yaml'])(
    '%s gives the same events, times and fields on every run (keys and signatures differ)',
    async (file) => {
      const first = await run(join(here, file), '--json');
      const second = await run(join(here, file), '--json');
      expect(first.io.out.length).toBeGreaterThan(10);
      expect(second.io.out).toEqual(first.io.out);
    },
  );
});
