import { describe, expect, it } from 'vitest';
import { importProxyConfigSecret } from '../pki/istioctl-import';
import { LIMITS, podQuotaProblem, policyTextOverLimit, printable, replicasProblem } from './limits';
import { validatePolicyManifest } from './policy/validate';
import { story } from './testing/story';
import { parseYamlText, YamlProblem } from './yaml-text';

describe('replicas as Kubernetes judges them', () => {
  it.each([
    [0, undefined],
    [500, undefined],
    [-1, 'Invalid value: -1: must be greater than or equal to 0'],
    [
      1e9,
      "Invalid value: 1000000000: must be less than or equal to 500 (svid-lab's limit per Deployment)",
    ],
    [
      2.5,
      'json: cannot unmarshal number 2.5 into Go struct field DeploymentSpec.spec.replicas of type int32',
    ],
    [
      'abc',
      'json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
    ],
  ])('%j -> %s', (value, message) => expect(replicasProblem(value)).toBe(message));

  it('refuses a scale op before any pod is made, and empties a Deployment at 0', async () => {
    const sim = await story().apply({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'default' },
      spec: { replicas: 2, template: { spec: { containers: [{ name: 'w', image: 'w' }] } } },
    });
    expect(() => sim.scale('default', 'web', 100_000_000)).toThrow(
      'The Deployment "web" is invalid: spec.replicas: Invalid value: 100000000: must be less than or equal to 500',
    );
    expect(sim.cluster.podsOf('default', 'web')).toHaveLength(2);
    sim.scale('default', 'web', 0);
    expect(sim.cluster.podsOf('default', 'web')).toHaveLength(0);
  });
});

describe('the pod quota', () => {
  it('speaks as a ResourceQuota would, naming the limit', () => {
    expect(podQuotaProblem('web-1', LIMITS.pods - 1, 1)).toBeUndefined();
    expect(podQuotaProblem('web-1', LIMITS.pods, 1)).toBe(
      'pods "web-1" is forbidden: exceeded quota: svid-lab, requested: pods=1, used: pods=1000, limited: pods=1000',
    );
  });
});

describe('text for the terminal and the editor', () => {
  it('removes ANSI sequences and control characters, keeping lines and tabs', () => {
    expect(printable('a\u001b[2J\u001b[31mred\u001b[0m\u0007\tb\nc\u009b')).toBe('ared\tb\nc');
  });

  it('counts a policy text by bytes and lines before anything parses it', () => {
    expect(policyTextOverLimit('kind: AuthorizationPolicy\n')).toBeUndefined();
    expect(policyTextOverLimit('\n'.repeat(LIMITS.policyLines))).toEqual({
      what: 'lines',
      count: LIMITS.policyLines + 1,
      limit: LIMITS.policyLines,
    });
    expect(policyTextOverLimit('한'.repeat(30_000))).toEqual({
      what: 'bytes',
      count: 90_000,
      limit: LIMITS.policyBytes,
    });
  });
});

describe('limits where the app parses', () => {
  it('refuses a policy of more than 200 rules', () => {
    const result = validatePolicyManifest({
      apiVersion: 'security.istio.io/v1',
      kind: 'AuthorizationPolicy',
      metadata: { name: 'big', namespace: 'default' },
      spec: { rules: Array.from({ length: 201 }, () => ({})) },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContain(
      'spec.rules: number of rules: 201 is over the limit of 200',
    );
  });

  it('refuses an istioctl paste over its size before parsing it', () => {
    expect(importProxyConfigSecret(' '.repeat(LIMITS.importBytes + 1))).toEqual({
      ok: false,
      error: 'the pasted text in bytes: 2,000,001 is over the limit of 2,000,000',
    });
  });

  it('turns an alias bomb into a YAML problem, not a ReferenceError', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [i, name] of ['b', 'c', 'd', 'e', 'f'].entries()) {
      const prev = 'abcde'[i];
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    expect(() => parseYamlText(rows.join('\n'), LIMITS.policyBytes)).toThrow(YamlProblem);
    expect(() => parseYamlText(rows.join('\n'), LIMITS.policyBytes)).toThrow(
      'not valid YAML: Excessive alias count',
    );
  });
});
