/**
 * Parsed YAML -> typed AuthorizationPolicy / PeerAuthentication, with the checks
 * istiod's admission webhook makes (istio/istio pkg/config/validation
 * `ValidateAuthorizationPolicy`, `ValidatePeerAuthentication`; pkg/config/security
 * `ValidateAttribute`, `ValidateIPs`, `ValidatePorts`, `CheckServiceAccount`) and
 * the schema's own rules (istio/api security/v1beta1 *.proto). A field Istio does
 * not have is an error; a field Istio has but svid-lab does not model is accepted
 * and listed in `ignored`, so a real manifest pastes in unchanged.
 */
import { LIMITS, overLimit } from '../limits';
import type { AuthorizationPolicy, MtlsMode, PeerAuthentication } from './types';
import { DEFAULT_ROOT_NAMESPACE, hasSelector } from './types';
import {
  Findings,
  type FindingWords,
  isObj,
  type Obj,
  objectAt,
  objectMeta,
  oneOf,
  unknownKeys,
  workloadSelector,
} from './validate-core';
import { validateRules } from './validate-rules';

/** A valid manifest, with the fields svid-lab ignored and any warnings ("path: why"). */
export interface ValidationOk<T> {
  ok: true;
  value: T;
  ignored: string[];
  warnings: string[];
  /** Each line's words, for the app to say in the reader's language. */
  words: Record<string, FindingWords>;
}

/** An invalid manifest: every error as "path: message". */
export interface ValidationFailed {
  ok: false;
  errors: string[];
  ignored: string[];
  warnings: string[];
  words: Record<string, FindingWords>;
}

export type ValidationResult<T> = ValidationOk<T> | ValidationFailed;

export interface ValidateOptions {
  /** Mesh root namespace (MeshConfig.rootNamespace), default `istio-system`. */
  rootNamespace?: string;
}

const API_VERSIONS = ['security.istio.io/v1', 'security.istio.io/v1beta1'];
const TOP_LEVEL = ['apiVersion', 'kind', 'metadata', 'spec', 'status'];

function finish<T>(f: Findings, value: T | undefined): ValidationResult<T> {
  if (f.errors.length === 0 && value === undefined)
    f.error('(root)', 'invalid manifest', 'invalidManifest');
  const { errors, ignored, warnings, words } = f;
  if (errors.length > 0 || value === undefined)
    return { ok: false, errors, ignored, warnings, words };
  return { ok: true, value, ignored, warnings, words };
}

/** Checks apiVersion, kind, the top-level keys and metadata; returns the spec object. */
function envelope(f: Findings, input: unknown, kind: string) {
  if (!isObj(input)) {
    f.error('(root)', 'expected a mapping (a Kubernetes manifest)', 'expectedManifest');
    return undefined;
  }
  unknownKeys(f, input, TOP_LEVEL, '(root)', `a ${kind}`);
  if (typeof input.apiVersion !== 'string' || !API_VERSIONS.includes(input.apiVersion)) {
    f.error(
      'apiVersion',
      `expected ${API_VERSIONS.join(' or ')}, got ${JSON.stringify(input.apiVersion)}`,
      'apiVersion',
      { expected: API_VERSIONS.join(' | '), got: JSON.stringify(input.apiVersion) },
    );
  }
  if (input.kind !== kind)
    f.error('kind', `expected ${kind}, got ${JSON.stringify(input.kind)}`, 'kind', {
      expected: kind,
      got: JSON.stringify(input.kind),
    });
  if (input.status !== undefined)
    f.ignore('status', 'written by the control plane; not used', 'status');
  const metadata = objectMeta(f, input.metadata);
  // A missing spec is an empty one (proto3: every field optional).
  const spec =
    input.spec === undefined || input.spec === null ? {} : objectAt(f, input.spec, 'spec');
  return metadata && spec ? { metadata, spec } : undefined;
}

const AP_SPEC = ['selector', 'targetRef', 'targetRefs', 'action', 'rules', 'provider'];
const ACTIONS = ['ALLOW', 'DENY', 'AUDIT', 'CUSTOM'] as const;

/** Validates a parsed AuthorizationPolicy manifest (security.istio.io/v1 or v1beta1). */
export function validateAuthorizationPolicy(
  input: unknown,
  _opts: ValidateOptions = {},
): ValidationResult<AuthorizationPolicy> {
  const f = new Findings();
  const env = envelope(f, input, 'AuthorizationPolicy');
  if (!env) return finish<AuthorizationPolicy>(f, undefined);
  const { spec } = env;
  unknownKeys(f, spec, AP_SPEC, 'spec', 'an AuthorizationPolicy spec');
  const out: AuthorizationPolicy['spec'] = {};
  const selector = workloadSelector(f, spec.selector, 'spec.selector');
  if (selector) out.selector = selector;
  const refs = spec.targetRefs ?? spec.targetRef;
  if (refs !== undefined) {
    const key = spec.targetRefs !== undefined ? 'targetRefs' : 'targetRef';
    if (spec.targetRefs !== undefined && spec.targetRef !== undefined)
      f.error('spec.targetRef', 'set targetRefs or targetRef, not both', 'targetRefBoth');
    if (selector)
      f.error('spec', 'only one of targetRefs or selector can be set', 'targetRefsAndSelector');
    if (key === 'targetRefs' && !(Array.isArray(refs) && refs.every(isObj)))
      f.error('spec.targetRefs', 'expected a list of references', 'expectedRefs');
    f.ignore(
      `spec.${key}`,
      'attaches to a Gateway, Service or waypoint, which svid-lab does not model: the policy applies to no sidecar',
      'targetRefs',
    );
    out.targetRefs = refs;
  }
  const action = oneOf(f, spec.action, ACTIONS, 'spec.action');
  if (action) out.action = action;
  if (spec.provider !== undefined) {
    if (action !== 'CUSTOM')
      f.error(
        'spec.provider',
        `must not be set with a non-CUSTOM action, found ${action ?? 'ALLOW'}`,
        'providerNotCustom',
        { action: action ?? 'ALLOW' },
      );
    const provider = objectAt(f, spec.provider, 'spec.provider');
    if (provider) unknownKeys(f, provider, ['name'], 'spec.provider', 'an extension provider');
    out.provider = spec.provider;
  }
  const rules = spec.rules;
  const noRules = rules === undefined || (Array.isArray(rules) && rules.length === 0);
  if ((action === 'DENY' || action === 'CUSTOM') && noRules) {
    f.error(
      'spec.rules',
      `${action} action without rules is meaningless as it will never be triggered; add an empty rule {} to trigger it for every request`,
      'noRules',
      { action },
    );
  }
  if (action === 'CUSTOM') {
    const name = isObj(spec.provider) ? spec.provider.name : undefined;
    if (typeof name !== 'string' || name === '')
      f.error('spec.provider.name', 'must not be empty for a CUSTOM policy', 'providerNameEmpty');
  }
  if (Array.isArray(rules) && rules.length > LIMITS.policyRules) {
    f.error(
      'spec.rules',
      overLimit('number of rules', rules.length, LIMITS.policyRules),
      'overLimit',
      {
        count: rules.length,
        limit: LIMITS.policyRules,
      },
    );
    return finish<AuthorizationPolicy>(f, undefined);
  }
  const parsedRules = validateRules(f, rules, action ?? 'ALLOW');
  if (parsedRules) out.rules = parsedRules;
  return finish(f, { kind: 'AuthorizationPolicy', metadata: env.metadata, spec: out });
}

const MODES = ['UNSET', 'DISABLE', 'PERMISSIVE', 'STRICT'] as const;

function mutualTls(f: Findings, v: unknown, path: string): { mode?: MtlsMode } | undefined {
  const obj = objectAt(f, v, path);
  if (!obj) return undefined;
  unknownKeys(f, obj, ['mode'], path, 'mutual TLS settings');
  const mode = oneOf(f, obj.mode, MODES, `${path}.mode`);
  return mode ? { mode } : {};
}

/** Validates a parsed PeerAuthentication manifest (security.istio.io/v1 or v1beta1). */
export function validatePeerAuthentication(
  input: unknown,
  opts: ValidateOptions = {},
): ValidationResult<PeerAuthentication> {
  const f = new Findings();
  const env = envelope(f, input, 'PeerAuthentication');
  if (!env) return finish<PeerAuthentication>(f, undefined);
  const { spec, metadata } = env;
  unknownKeys(f, spec, ['selector', 'mtls', 'portLevelMtls'], 'spec', 'a PeerAuthentication spec');
  const out: PeerAuthentication['spec'] = {};
  const selector = workloadSelector(f, spec.selector, 'spec.selector');
  if (selector) out.selector = selector;
  const root = opts.rootNamespace ?? DEFAULT_ROOT_NAMESPACE;
  if (hasSelector(selector) && metadata.namespace === root) {
    f.ignore(
      'spec.selector',
      `a PeerAuthentication with a selector in the root namespace ${root} is ignored by Istio`,
      'rootSelector',
      { root },
    );
  }
  const mtls = mutualTls(f, spec.mtls, 'spec.mtls');
  if (mtls) out.mtls = mtls;
  const ports = objectAt(f, spec.portLevelMtls, 'spec.portLevelMtls');
  if (ports) {
    // ValidatePeerAuthentication + the CRD's XValidation rules.
    if (!hasSelector(selector))
      f.error(
        'spec.portLevelMtls',
        'mesh/namespace peer authentication cannot have port level mTLS (it requires a selector)',
        'portLevelNoSelector',
      );
    if (Object.keys(ports).length === 0)
      f.error(
        'spec.portLevelMtls',
        'port level mTLS, if defined, must have at least one element',
        'portLevelEmpty',
      );
    const levels: Record<string, { mode?: MtlsMode }> = {};
    for (const [port, v] of Object.entries(ports as Obj)) {
      const p = `spec.portLevelMtls.${port}`;
      if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535)
        f.error(p, 'port must be in range 1..65535', 'portRange');
      const m = mutualTls(f, v, p);
      if (m) levels[String(Number(port))] = m;
    }
    out.portLevelMtls = levels;
  }
  return finish(f, { kind: 'PeerAuthentication', metadata, spec: out });
}

/** Dispatches on `kind`: AuthorizationPolicy or PeerAuthentication. */
export function validatePolicyManifest(
  input: unknown,
  opts: ValidateOptions = {},
): ValidationResult<AuthorizationPolicy | PeerAuthentication> {
  const kind = isObj(input) ? input.kind : undefined;
  if (kind === 'AuthorizationPolicy') return validateAuthorizationPolicy(input, opts);
  if (kind === 'PeerAuthentication') return validatePeerAuthentication(input, opts);
  const f = new Findings();
  f.error(
    'kind',
    `expected AuthorizationPolicy or PeerAuthentication, got ${JSON.stringify(kind)}`,
    'kind',
    {
      expected: 'AuthorizationPolicy | PeerAuthentication',
      got: JSON.stringify(kind),
    },
  );
  return finish<AuthorizationPolicy | PeerAuthentication>(f, undefined);
}
