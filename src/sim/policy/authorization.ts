/**
 * AuthorizationPolicy evaluation at a workload's inbound proxy.
 *
 * Order (istio/api security/v1beta1/authorization_policy.proto, top comment):
 * 1. CUSTOM policies send matching requests to an extension provider from meshConfig; this mesh
 *    configures none, and pilot then denies every request to the workload (extauthz.go,
 *    `default-deny-all-due-to-bad-CUSTOM-action`);
 * 2. any matching DENY policy denies;
 * 3. no ALLOW policy for the workload: allow;
 * 4. any matching ALLOW policy: allow;
 * 5. deny.
 * AUDIT policies only mark the request for auditing and never decide.
 * A denied request gets HTTP 403 with body `RBAC: access denied` (Envoy RBAC filter).
 */
import { evaluateRule, joined, type Said, said } from './rules';
import {
  type AuthorizationAction,
  type AuthorizationPolicy,
  DEFAULT_ROOT_NAMESPACE,
  type Decision,
  type RequestContext,
  refOf,
  selectorMatches,
  type TraceEntry,
  type TraceWords,
} from './types';

interface Workload {
  namespace: string;
  labels: Record<string, string>;
}

/** Why a policy does or does not apply to a workload. */
export interface PolicyScope {
  applies: boolean;
  why: string;
  words: TraceWords;
}

const labelText = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',') || 'no labels';
const labelWords = (labels: Record<string, string>): string | TraceWords =>
  Object.keys(labels).length > 0 ? labelText(labels) : { code: 'scope.noLabels' };

/**
 * Whether `policy` applies to `workload` (proto, AuthorizationPolicy.selector):
 * selector-less policies cover their namespace, or the whole mesh from the root
 * namespace; a selector narrows that to workloads carrying all its labels. A
 * policy with `targetRef(s)` attaches to a Gateway, Service or waypoint instead,
 * never to a sidecar's selector scope, so it applies to no workload here.
 */
export function policyScope(
  policy: AuthorizationPolicy,
  workload: Workload,
  rootNamespace = DEFAULT_ROOT_NAMESPACE,
): PolicyScope {
  const spec = policy.spec as AuthorizationPolicy['spec'] & { targetRef?: unknown };
  const scope = (applies: boolean, s: Said): PolicyScope => ({
    applies,
    why: s.text,
    words: s.words,
  });
  if (spec.targetRefs !== undefined || spec.targetRef !== undefined) {
    return scope(
      false,
      said(
        'uses targetRefs (Gateway/Service/waypoint attachment), which svid-lab does not model',
        'scope.targetRefs',
      ),
    );
  }
  const ns = policy.metadata.namespace;
  const meshWide = ns === rootNamespace;
  if (!meshWide && ns !== workload.namespace) {
    return scope(
      false,
      said(`lives in namespace ${ns}, not ${workload.namespace}`, 'scope.otherNamespace', {
        ns,
        workload: workload.namespace,
      }),
    );
  }
  const where = meshWide
    ? said(`mesh-wide (root namespace ${rootNamespace})`, 'scope.meshWide', { root: rootNamespace })
    : said(`namespace ${ns}`, 'scope.namespace', { ns });
  const wanted = policy.spec.selector?.matchLabels ?? {};
  if (Object.keys(wanted).length === 0)
    return scope(
      true,
      said(`no selector: applies to every workload, ${where.text}`, 'scope.noSelector', {
        where: where.words,
      }),
    );
  const selector = labelText(wanted);
  if (!selectorMatches(policy.spec.selector, workload.labels)) {
    return scope(
      false,
      said(
        `selector ${selector} does not match the workload's labels (${labelText(workload.labels)})`,
        'scope.selectorMismatch',
        { selector, labels: labelWords(workload.labels) },
      ),
    );
  }
  return scope(
    true,
    said(`selector ${selector} matches, ${where.text}`, 'scope.selectorMatches', {
      selector,
      where: where.words,
    }),
  );
}

/**
 * Which policies apply to a workload: selector-less ones in its namespace, ones
 * whose selector matches its labels, and root-namespace ones mesh-wide.
 */
export function policiesFor(
  policies: AuthorizationPolicy[],
  workload: Workload,
  rootNamespace = DEFAULT_ROOT_NAMESPACE,
): AuthorizationPolicy[] {
  return policies.filter((p) => policyScope(p, workload, rootNamespace).applies);
}

const actionOf = (p: AuthorizationPolicy): AuthorizationAction => p.spec.action ?? 'ALLOW';

/** Envoy keeps RBAC policies in a name-ordered map, so the first match by namespace/name is reported. */
const byName = (a: AuthorizationPolicy, b: AuthorizationPolicy) =>
  refOf(a.metadata) < refOf(b.metadata) ? -1 : refOf(a.metadata) > refOf(b.metadata) ? 1 : 0;

interface PolicyResult {
  matched: boolean;
  ruleIndex?: number;
  said: Said;
}

/** First matching rule of a policy; no rules means "never matches" (proto: AuthorizationPolicy.rules). */
function evaluatePolicy(policy: AuthorizationPolicy, ctx: RequestContext): PolicyResult {
  const rules = policy.spec.rules ?? [];
  if (rules.length === 0)
    return {
      matched: false,
      said: said('has no rules, so it matches no request', 'policy.noRules'),
    };
  const misses: Said[] = [];
  for (const [i, rule] of rules.entries()) {
    const v = evaluateRule(rule, ctx, actionOf(policy), policy.metadata.namespace);
    const why = { why: v.words, i };
    if (v.matched)
      return {
        matched: true,
        ruleIndex: i,
        said: said(`rule ${i} matched: ${v.detail}`, 'rule.matched', why),
      };
    misses.push(said(`rule ${i} did not match: ${v.detail}`, 'rule.missed', why));
  }
  return { matched: false, said: joined(misses, '; ') };
}

const UNEVALUATED: PolicyResult = {
  matched: false,
  said: { text: '', words: { join: ', ', parts: [] } },
};

const DENIED = { allowed: false, status: 403, body: 'RBAC: access denied' } as const;

/**
 * Authorizes one inbound request at the destination workload. `spec: {}` (ALLOW,
 * no rules) denies everything; `rules: [{}]` matches everything. Returns the
 * decision, the deciding policy and rule, and a trace of every policy in
 * evaluation order (CUSTOM, AUDIT, DENY, ALLOW; then those that do not apply).
 */
export function authorize(
  policies: AuthorizationPolicy[],
  ctx: RequestContext,
  rootNamespace = DEFAULT_ROOT_NAMESPACE,
): Decision {
  const workload = { namespace: ctx.destination.namespace, labels: ctx.destination.labels };
  const scoped = [...policies]
    .sort(byName)
    .map((p) => ({ p, scope: policyScope(p, workload, rootNamespace) }));
  const applying = (a: AuthorizationAction) =>
    scoped.filter((s) => s.scope.applies && actionOf(s.p) === a).map((s) => s.p);
  const trace: TraceEntry[] = [];
  const entry = (p: AuthorizationPolicy, r: PolicyResult, said = r.said): TraceEntry => {
    const e: TraceEntry = {
      policy: refOf(p.metadata),
      action: actionOf(p),
      applies: true,
      matched: r.matched,
      detail: said.text,
      words: said.words,
    };
    if (r.ruleIndex !== undefined) e.ruleIndex = r.ruleIndex;
    return e;
  };
  const already = (d: Omit<Decision, 'trace'>): Said => {
    const by = d.policy ?? '';
    return d.allowed
      ? said(`not evaluated: already allowed by ${by}`, 'policy.alreadyAllowed', { by })
      : said(`not evaluated: already denied by ${by}`, 'policy.alreadyDenied', { by });
  };

  let decision: Omit<Decision, 'trace'> | undefined;
  for (const p of applying('CUSTOM')) {
    const policy = refOf(p.metadata);
    if (decision) {
      trace.push(entry(p, UNEVALUATED, already(decision)));
      continue;
    }
    const provider = providerName(p);
    const reason = `CUSTOM policy ${policy} names extension provider '${provider}', which meshConfig.extensionProviders does not define (this mesh defines none): istiod puts a deny-all RBAC filter (default-deny-all-due-to-bad-CUSTOM-action) on the workload, whatever the rules`;
    trace.push(
      entry(
        p,
        { ...UNEVALUATED, matched: true },
        said(reason, 'policy.customDenyAll', { policy, provider }),
      ),
    );
    decision = { ...DENIED, policy, action: 'CUSTOM', reason };
  }
  const audited: string[] = [];
  for (const p of applying('AUDIT')) {
    const r = evaluatePolicy(p, ctx);
    if (r.matched) audited.push(refOf(p.metadata));
    const detail = { detail: r.said.words };
    trace.push(
      entry(
        p,
        r,
        r.matched
          ? said(
              `request marked for audit; AUDIT never decides (${r.said.text})`,
              'policy.audited',
              detail,
            )
          : said(`not audited; AUDIT never decides (${r.said.text})`, 'policy.notAudited', detail),
      ),
    );
  }

  for (const p of applying('DENY')) {
    if (decision) {
      trace.push(entry(p, UNEVALUATED, already(decision)));
      continue;
    }
    const r = evaluatePolicy(p, ctx);
    trace.push(entry(p, r));
    if (r.matched) {
      const policy = refOf(p.metadata);
      decision = {
        ...DENIED,
        policy,
        action: 'DENY',
        ruleIndex: r.ruleIndex,
        reason: `DENY policy ${policy} ${r.said.text}`,
      };
    }
  }

  const allows = applying('ALLOW');
  for (const p of allows) {
    if (decision) {
      trace.push(entry(p, UNEVALUATED, already(decision)));
      continue;
    }
    const r = evaluatePolicy(p, ctx);
    trace.push(entry(p, r));
    if (r.matched) {
      const policy = refOf(p.metadata);
      decision = {
        allowed: true,
        policy,
        action: 'ALLOW',
        ruleIndex: r.ruleIndex,
        reason: `ALLOW policy ${policy} ${r.said.text}`,
      };
    }
  }
  if (!decision && allows.length === 0) {
    decision = {
      allowed: true,
      reason: `no ALLOW policy applies to this workload (${ctx.destination.namespace}, ${labelText(ctx.destination.labels)}): allowed by default`,
    };
  }
  if (!decision) {
    const names = allows.map((p) => refOf(p.metadata)).join(', ');
    decision = {
      ...DENIED,
      reason: `no rule of the ALLOW policies that apply (${names}) matched: denied by default`,
    };
  }

  for (const { p, scope } of scoped) {
    if (!scope.applies)
      trace.push({
        policy: refOf(p.metadata),
        action: actionOf(p),
        applies: false,
        matched: false,
        detail: scope.why,
        words: scope.words,
      });
  }
  const result: Decision = { ...decision, trace };
  if (result.ruleIndex === undefined) delete result.ruleIndex;
  if (audited.length > 0) result.audited = audited;
  return result;
}

function providerName(p: AuthorizationPolicy): string {
  const provider = p.spec.provider;
  return provider && typeof provider === 'object' && 'name' in provider
    ? String((provider as { name: unknown }).name)
    : '';
}
