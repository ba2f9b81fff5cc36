import { describe, expect, it } from 'vitest';
import type { SimEvent, SimEventType, TimedEvent } from '../sim/events';
import { describeEvent } from './events';
import { strayLatin } from './glossary';

const T = Date.UTC(2026, 0, 1);

/** One event of every type; `satisfies` makes a new event type fail to compile here. */
const SAMPLES = {
  'pod.started': {
    type: 'pod.started',
    pod: 'production/order-1',
    ip: '10.0.1.2',
    serviceAccount: 'order-sa',
    node: 'node-1',
  },
  'pod.deleted': { type: 'pod.deleted', pod: 'production/order-1', ip: '10.0.1.2' },
  'container.restarted': {
    type: 'container.restarted',
    pod: 'production/order-1',
    container: 'istio-proxy',
    ip: '10.0.1.2',
    restarts: 1,
  },
  'token.mounted': {
    type: 'token.mounted',
    pod: 'production/order-1',
    audience: 'istio-ca',
    expiresAt: T,
    path: '/var/run/secrets/tokens/istio-token',
  },
  'csr.sent': {
    type: 'csr.sent',
    pod: 'production/order-1',
    keyAlgorithm: 'ECDSA P-256',
    attempt: 2,
  },
  'csr.retry': {
    type: 'csr.retry',
    pod: 'production/order-1',
    reason: 'istiod is unreachable',
    attempt: 1,
    retryAt: T,
  },
  'token.reviewed': {
    type: 'token.reviewed',
    pod: 'production/order-1',
    authenticated: true,
    username: 'system:serviceaccount:production:order-sa',
  },
  'cert.issued': {
    type: 'cert.issued',
    pod: 'production/order-1',
    spiffeId: 'spiffe://cluster.local/ns/production/sa/order-sa',
    serial: '0123456789abcdef',
    notBefore: T,
    notAfter: T,
  },
  'csr.rejected': { type: 'csr.rejected', pod: 'production/order-1', reason: 'CSR rejected' },
  'cert.installed': {
    type: 'cert.installed',
    pod: 'production/order-1',
    serial: '0123456789abcdef',
    renewAt: T,
    notAfter: T,
  },
  'cert.rotated': {
    type: 'cert.rotated',
    pod: 'production/order-1',
    oldSerial: '0123456789abcdef',
    newSerial: 'fedcba9876543210',
  },
  'cert.expired': { type: 'cert.expired', pod: 'production/order-1', serial: '0123456789abcdef' },
  'istiod.down': { type: 'istiod.down' },
  'istiod.up': { type: 'istiod.up' },
  'ca.changed': {
    type: 'ca.changed',
    change: 'intermediate-switched',
    root: 'root-2',
    serial: '0123456789abcdef',
    notAfter: T,
  },
  'ca.refused': {
    type: 'ca.refused',
    file: 'root-cert.pem',
    reason: 'root-1 signs the intermediate in use',
  },
  'apply.ignored': {
    type: 'apply.ignored',
    resource: 'Pod production/order-1',
    fields: ['spec.volumes'],
  },
  'apply.failed': {
    type: 'apply.failed',
    resource: 'Pod production/order-1',
    reason: 'namespace not found',
  },
  'policy.warning': {
    type: 'policy.warning',
    policy: 'production/allow-order',
    path: 'spec.rules[0]',
    code: 'shared-default-service-account',
    message: 'shared',
  },
  call: {
    type: 'call',
    from: 'production/order-1',
    to: 'production/payment-1',
    result: 'denied',
    status: 403,
    peer: 'cluster.local/ns/production/sa/order-sa',
    policy: 'production/allow',
  },
  attack: {
    type: 'attack',
    kind: 'stolen-token',
    from: 'production/mallory-1',
    to: 'production/payment-1',
    result: 'rejected',
  },
  expect: { type: 'expect', step: 3, ok: true, message: 'call denied' },
} satisfies { [K in SimEventType]: Extract<SimEvent, { type: K }> };

/** Fields the engine fills with English sentences of its own. */
const ENGINE_TEXT = ['reason', 'error', 'message'] as const;

const events = Object.values(SAMPLES).map((e) => ({ ...e, t: T }) as TimedEvent);

describe('describeEvent', () => {
  it.each(events.map((e) => [e.type, e] as const))('says %s in both languages', (_type, e) => {
    const en = describeEvent(e, 'en');
    const ko = describeEvent(e, 'ko');
    for (const s of [en, ko]) {
      expect(s.trim()).not.toBe('');
      expect(s).not.toMatch(/\{\w+(\|[^}]+)?\}|undefined/);
    }
    if (e.type !== 'call' && e.type !== 'expect') expect(ko).not.toBe(en);
    // The engine's free text (reason, error, message) is English for now; the rest must be Korean.
    const own = ENGINE_TEXT.reduce((s, field) => {
      const value = (e as Record<string, unknown>)[field];
      return typeof value === 'string' ? s.replace(value, '') : s;
    }, ko);
    expect(strayLatin(own)).toEqual([]);
  });

  it('says which change was made to cacerts', () => {
    const changes = [
      'root-added',
      'root-removed',
      'intermediate-switched',
      'root-renewed',
    ] as const;
    const ko = changes.map((change) =>
      describeEvent({ ...SAMPLES['ca.changed'], change, t: T }, 'ko'),
    );
    expect(new Set(ko).size).toBe(4);
    expect(ko[0]).toBe('root-cert.pem에 루트 추가: root-2 (일련번호 01234567…)');
    expect(describeEvent({ ...SAMPLES['ca.changed'], change: 'root-renewed', t: T }, 'en')).toBe(
      'istiod issued its root root-2 again with the same key (serial 01234567…)',
    );
    expect(describeEvent({ ...SAMPLES['ca.refused'], t: T }, 'ko')).toBe(
      'istiod가 cacerts root-cert.pem을 거부: root-1 signs the intermediate in use',
    );
  });

  it('names each part of a call and an attack in the chosen language', () => {
    expect(describeEvent({ ...SAMPLES.call, t: T }, 'ko')).toBe(
      'production/order-1 → production/payment-1: 거부 403 (principal cluster.local/ns/production/sa/order-sa · production/allow)',
    );
    expect(describeEvent({ ...SAMPLES.attack, t: T }, 'ko')).toBe(
      '훔친 토큰 production/mallory-1 → production/payment-1: 거부됨',
    );
    expect(describeEvent({ ...SAMPLES['cert.rotated'], t: T }, 'en')).toBe(
      'production/order-1: renewed without downtime 01234567… → fedcba98…',
    );
  });
});
