import { describe, expect, it } from 'vitest';
import { effectiveMtlsMode } from './peer-authentication';
import type { MtlsMode, PeerAuthentication } from './types';

// Examples from istio/api peer_authentication.proto and ComposePeerAuthentication.

function pa(
  ns: string,
  name: string,
  mode: MtlsMode | undefined,
  extra: Partial<PeerAuthentication['spec']> = {},
): PeerAuthentication {
  const spec: PeerAuthentication['spec'] = { ...extra };
  if (mode !== undefined) spec.mtls = { mode };
  return { kind: 'PeerAuthentication', metadata: { name, namespace: ns }, spec };
}

const finance = { namespace: 'foo', labels: { app: 'finance' } };
const other = { namespace: 'foo', labels: { app: 'other' } };
const sel = { selector: { matchLabels: { app: 'finance' } } };

describe('effectiveMtlsMode', () => {
  it('nothing applies: PERMISSIVE', () => {
    expect(effectiveMtlsMode([], finance, 8080)).toEqual({
      mode: 'PERMISSIVE',
      reason: 'no PeerAuthentication sets a mode: PERMISSIVE by default',
    });
  });

  it('mesh-wide STRICT in the root namespace applies everywhere', () => {
    const d = effectiveMtlsMode([pa('istio-system', 'default', 'STRICT')], finance, 80);
    expect(d).toMatchObject({ mode: 'STRICT', source: 'istio-system/default' });
    expect(d.reason).toBe('mesh-wide PeerAuthentication istio-system/default sets STRICT');
  });

  it('namespace beats mesh, workload beats namespace', () => {
    const pas = [
      pa('istio-system', 'default', 'STRICT'),
      pa('foo', 'default', 'PERMISSIVE'),
      pa('foo', 'finance', 'DISABLE', sel),
    ];
    expect(effectiveMtlsMode(pas, finance, 80)).toMatchObject({
      mode: 'DISABLE',
      source: 'foo/finance',
    });
    expect(effectiveMtlsMode(pas, other, 80)).toMatchObject({
      mode: 'PERMISSIVE',
      source: 'foo/default',
    });
    expect(effectiveMtlsMode(pas, { namespace: 'bar', labels: {} }, 80)).toMatchObject({
      mode: 'STRICT',
      source: 'istio-system/default',
    });
  });

  it('UNSET inherits from the level above', () => {
    const pas = [
      pa('istio-system', 'default', 'STRICT'),
      pa('foo', 'default', 'UNSET'),
      pa('foo', 'finance', undefined, sel),
    ];
    const d = effectiveMtlsMode(pas, finance, 80);
    expect(d).toMatchObject({ mode: 'STRICT', source: 'istio-system/default' });
    expect(d.reason).toContain(
      'foo/default leaves mtls UNSET; foo/finance leaves mtls UNSET, so the mode is inherited',
    );
  });

  it('proto example: STRICT for finance except port 8080 DISABLE', () => {
    const pas = [
      pa('foo', 'finance', 'STRICT', { ...sel, portLevelMtls: { '8080': { mode: 'DISABLE' } } }),
    ];
    expect(effectiveMtlsMode(pas, finance, 8080)).toMatchObject({
      mode: 'DISABLE',
      source: 'foo/finance',
    });
    expect(effectiveMtlsMode(pas, finance, 8080).reason).toBe(
      'foo/finance portLevelMtls[8080] sets DISABLE',
    );
    expect(effectiveMtlsMode(pas, finance, 9090)).toMatchObject({
      mode: 'STRICT',
      source: 'foo/finance',
    });
  });

  it('proto example: workload UNSET inherits the namespace, port 8080 DISABLE', () => {
    const pas = [
      pa('foo', 'default', 'STRICT'),
      pa('foo', 'finance', 'UNSET', { ...sel, portLevelMtls: { '8080': { mode: 'DISABLE' } } }),
    ];
    expect(effectiveMtlsMode(pas, finance, 8080).mode).toBe('DISABLE');
    expect(effectiveMtlsMode(pas, finance, 443)).toMatchObject({
      mode: 'STRICT',
      source: 'foo/default',
    });
  });

  it('an UNSET port inherits the workload result', () => {
    const pas = [
      pa('foo', 'finance', 'STRICT', { ...sel, portLevelMtls: { '8080': { mode: 'UNSET' } } }),
    ];
    expect(effectiveMtlsMode(pas, finance, 8080)).toMatchObject({
      mode: 'STRICT',
      source: 'foo/finance',
    });
  });

  it('portLevelMtls on a namespace-wide policy is not used', () => {
    const pas = [
      pa('foo', 'default', 'STRICT', { portLevelMtls: { '8080': { mode: 'DISABLE' } } }),
    ];
    expect(effectiveMtlsMode(pas, finance, 8080).mode).toBe('STRICT');
  });

  it('a selector policy in the root namespace is ignored', () => {
    const pas = [pa('istio-system', 'finance', 'STRICT', sel)];
    const d = effectiveMtlsMode(pas, { namespace: 'foo', labels: { app: 'finance' } }, 80);
    expect(d.mode).toBe('PERMISSIVE');
    expect(d.reason).toContain(
      'istio-system/finance is ignored: a selector policy in the root namespace has no effect',
    );
  });

  it('empty matchLabels counts as namespace-wide; the oldest (first) at a level wins', () => {
    const pas = [
      pa('foo', 'a', 'DISABLE', { selector: { matchLabels: {} } }),
      pa('foo', 'b', 'STRICT'),
    ];
    const d = effectiveMtlsMode(pas, finance, 80);
    expect(d).toMatchObject({ mode: 'DISABLE', source: 'foo/a' });
    expect(d.reason).toContain('foo/b is ignored: an older policy at the same level wins');
  });

  it('honours a custom root namespace', () => {
    const pas = [pa('mesh-root', 'default', 'STRICT')];
    expect(effectiveMtlsMode(pas, finance, 80, 'mesh-root').mode).toBe('STRICT');
    expect(effectiveMtlsMode(pas, finance, 80).mode).toBe('PERMISSIVE');
  });
});
