import { describe, expect, it } from 'vitest';
import { story } from '../testing/story';
import { checkPolicyDraft } from './editor';

const policy = (spec: string) =>
  `apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: p\n  namespace: production\nspec:\n${spec}`;

describe('checking a policy draft in the editor', () => {
  it('places a YAML syntax error on its line', async () => {
    const sim = await story();
    const [problem] = checkPolicyDraft(sim, 'a: 1\nb: [\n');
    expect(problem).toMatchObject({ severity: 'error' });
    expect(problem?.line).toBeGreaterThanOrEqual(2);
  });

  it("places the webhook's error on the field it names", async () => {
    const sim = await story();
    const problems = checkPolicyDraft(sim, policy('  action: MAYBE\n'));
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        line: 7,
        message: expect.stringMatching(/^spec\.action/),
      }),
    );
  });

  it('accepts a well-formed policy with no errors, and an empty draft with nothing', async () => {
    const sim = await story();
    const ok = policy(
      '  action: ALLOW\n  rules:\n  - from:\n    - source:\n        principals: ["cluster.local/ns/production/sa/order-sa"]\n',
    );
    expect(checkPolicyDraft(sim, ok).filter((p) => p.severity === 'error')).toEqual([]);
    expect(checkPolicyDraft(sim, '')).toEqual([]);
  });
});
