import { describe, expect, it } from 'vitest';
import { toWire } from '../sim/events';
import { performAttack } from '../sim/mesh/attacks';
import { performCall } from '../sim/mesh/call';
import { accessMatrix } from '../sim/mesh/matrix';
import type { AttackSpec } from '../sim/scenario/types';
import { allowOrderOnly, story } from '../sim/testing/story';
import type { Why, WhyCode } from '../sim/why';
import { describeWhy } from './engine';
import { describeEvent } from './events';
import { strayLatin } from './glossary';
import { type MessageKey, messages } from './messages';
import { translator } from './translate';

const en = translator('en');
const ko = translator('ko');

const ORDER = 'spiffe://cluster.local/ns/production/sa/order-sa';
const MALLORY = 'spiffe://cluster.local/ns/production/sa/mallory-sa';
const AT = '2025-12-10T00:00:00.000Z';

/** One sample of every code; `Record<WhyCode, …>` makes a new code fail to compile here. */
const SAMPLES: Record<WhyCode, Why> = {
  'call.noPod': { code: 'call.noPod', params: { pod: 'production/nobody' } },
  'call.serverNoCert': { code: 'call.serverNoCert', params: { pod: 'production/payment-1' } },
  'call.clientNoCert': { code: 'call.clientNoCert', params: { pod: 'production/order-1' } },
  'call.plaintextRefused': {
    code: 'call.plaintextRefused',
    params: {},
    mtls: { mode: 'STRICT', source: 'istio-system/default' },
  },
  'call.handshakeFailed': {
    code: 'call.handshakeFailed',
    params: {},
    failure: { at: 'Certificate', side: 'client', alert: 'bad_certificate', code: 'san-mismatch' },
    secureNaming: { service: 'production/payment', presented: MALLORY, expected: [ORDER] },
  },
  'call.denied': {
    code: 'call.denied',
    params: {},
    decision: { allowed: false, action: 'DENY', policy: 'production/no-mallory', ruleIndex: 0 },
  },
  'note.judgedLater': { code: 'note.judgedLater', params: { at: AT } },
  'note.impostor': {
    code: 'note.impostor',
    params: { impostor: 'production/mallory-1', service: 'production/payment' },
  },
  'attack.noCertToReplay': { code: 'attack.noCertToReplay', params: { pod: 'default/legacy' } },
  'attack.victimNotRunning': {
    code: 'attack.victimNotRunning',
    params: { pod: 'production/order-1' },
  },
  'attack.noRetiredToken': { code: 'attack.noRetiredToken', params: { pod: 'production/order-1' } },
  'attack.issued': {
    code: 'attack.issued',
    params: { user: 'system:serviceaccount:production:order-sa', issued: ORDER },
  },
  'attack.issuedIgnoringSan': {
    code: 'attack.issuedIgnoringSan',
    params: {
      user: 'system:serviceaccount:default:default',
      requested: ORDER,
      issued: 'spiffe://cluster.local/ns/default/sa/default',
    },
  },
  'matrix.noCert': { code: 'matrix.noCert', params: { side: 'server', pod: 'default/legacy' } },
  'matrix.certExpired': {
    code: 'matrix.certExpired',
    params: { side: 'client', pod: 'production/order-1', at: AT },
  },
  'matrix.decision': { code: 'matrix.decision', params: {}, decision: { allowed: true } },
  'csr.istiodUnreachable': { code: 'csr.istiodUnreachable', params: {} },
  'csr.istiodRefused': {
    code: 'csr.istiodRefused',
    params: { address: 'istiod.istio-system.svc:15012' },
  },
  'csr.istiodWentAway': { code: 'csr.istiodWentAway', params: {} },
  'csr.noToken': { code: 'csr.noToken', params: {} },
  'csr.notAuthenticated': {
    code: 'csr.notAuthenticated',
    params: {},
    cause: { code: 'token.podNotFound', params: { pod: 'production/order-1' } },
  },
  'csr.unexpectedUsername': {
    code: 'csr.unexpectedUsername',
    params: { username: 'system:node:node-1' },
  },
  'csr.notServiceAccount': {
    code: 'csr.notServiceAccount',
    params: { username: 'system:serviceaccount:production:order-sa' },
  },
  'csr.invalidCsr': { code: 'csr.invalidCsr', params: { code: 'bad-signature' } },
  'csr.rootExpired': {
    code: 'csr.rootExpired',
    params: { what: 'root', serial: '0a1b2c', at: AT },
  },
  'csr.rootExpiring': {
    code: 'csr.rootExpiring',
    params: { what: 'intermediate', serial: '0a1b2c', at: AT },
  },
  'csr.ttlTooLong': { code: 'csr.ttlTooLong', params: { requested: 2161, max: 2160 } },
  'token.expired': { code: 'token.expired', params: {} },
  'token.badSignature': { code: 'token.badSignature', params: {} },
  'token.claimInvalid': { code: 'token.claimInvalid', params: { claim: 'iss' } },
  'token.invalid': { code: 'token.invalid', params: { detail: 'Invalid Compact JWS' } },
  'token.wrongAudience': {
    code: 'token.wrongAudience',
    params: { audiences: 'https://kubernetes.default.svc.cluster.local', wanted: 'istio-ca' },
  },
  'token.podNotFound': { code: 'token.podNotFound', params: { pod: 'production/order-1' } },
  'token.podRecreated': {
    code: 'token.podRecreated',
    params: { pod: 'production/order-1', boundUid: 'uid-0001', uid: 'uid-0002' },
  },
  'token.serviceAccountNotFound': {
    code: 'token.serviceAccountNotFound',
    params: { serviceAccount: 'production/order-sa' },
  },
  'cacerts.notCertificate': { code: 'cacerts.notCertificate', params: { file: 'ca-cert.pem' } },
  'cacerts.notCa': {
    code: 'cacerts.notCa',
    params: { file: 'ca-cert.pem', subject: 'CN=Leaf, O=example' },
  },
  'cacerts.badKey': { code: 'cacerts.badKey', params: { file: 'ca-key.pem' } },
  'cacerts.keyMismatch': { code: 'cacerts.keyMismatch', params: { file: 'ca-key.pem' } },
  'cacerts.noRoot': { code: 'cacerts.noRoot', params: { file: 'root-cert.pem' } },
  'cacerts.notYetValid': {
    code: 'cacerts.notYetValid',
    params: { file: 'ca-cert.pem', subject: 'CN=Intermediate CA', at: AT, now: AT },
  },
  'cacerts.expired': {
    code: 'cacerts.expired',
    params: { file: 'ca-cert.pem', subject: 'CN=Intermediate CA', at: AT, now: AT },
  },
  'cacerts.notSignedByRoot': {
    code: 'cacerts.notSignedByRoot',
    params: { file: 'ca-cert.pem', subject: 'CN=Intermediate CA', issuer: 'CN=Root A' },
  },
  'cacerts.other': { code: 'cacerts.other', params: { file: 'ca-cert.pem' } },
};

/** Every value a reason quotes (params and nested parts): names, not words to translate. */
function quotedValues(w: Why): string[] {
  const out = Object.values(w.params).map(String);
  if (w.decision?.policy) out.push(w.decision.policy);
  if (w.mtls) out.push(w.mtls.mode, ...(w.mtls.source ? [w.mtls.source] : []));
  if (w.failure) out.push(w.failure.at, w.failure.alert);
  if (w.secureNaming)
    out.push(w.secureNaming.service, w.secureNaming.presented, ...w.secureNaming.expected);
  for (const inner of [w.cause, w.note]) if (inner) out.push(...quotedValues(inner));
  return out;
}

/** The Latin words of a Korean reason once every quoted value is taken out. */
function strayInKorean(w: Why): string[] {
  let text = describeWhy(w, ko);
  for (const v of quotedValues(w).sort((a, b) => b.length - a.length)) {
    text = text.split(v).join(' ');
  }
  return strayLatin(text);
}

describe('every engine reason in both languages', () => {
  const codes = Object.keys(SAMPLES) as WhyCode[];

  it.each(codes)('%s has an English and a Korean sentence', (code) => {
    const entry = messages[`why.${code}` as MessageKey];
    expect(entry?.en).toBeTruthy();
    expect(entry?.ko).toBeTruthy();
  });

  it.each(codes)('%s is said with every placeholder filled and no stray Latin', (code) => {
    const w = SAMPLES[code];
    const english = describeWhy(w, en);
    const korean = describeWhy(w, ko);
    expect(english).not.toMatch(/\{\w+(\|[^}]*)?\}/);
    expect(korean).not.toMatch(/\{\w+(\|[^}]*)?\}/);
    expect(korean).not.toBe(english);
    expect(strayInKorean(w)).toEqual([]);
  });

  it('says the nested parts in the same language', () => {
    expect(describeWhy(SAMPLES['csr.notAuthenticated'], ko)).toBe(
      'TokenReview가 토큰을 인증하지 않았습니다: 토큰이 묶인 Pod production/order-1이 더 이상 없습니다.',
    );
    expect(describeWhy(SAMPLES['call.denied'], en)).toBe(
      'HTTP 403 (RBAC: access denied). Denied: rules[0] of DENY policy production/no-mallory matched.',
    );
    expect(describeWhy(SAMPLES['call.handshakeFailed'], ko)).toBe(
      `TLS 핸드셰이크에 실패했습니다. Certificate에서 실패: 클라이언트가 bad_certificate를 보냄 (인증서가 올바르지 않음). secure naming: 서버가 보인 ${MALLORY}는 서비스 production/payment의 신원이 아닙니다(기대한 신원 ${ORDER}).`,
    );
    expect(describeWhy(SAMPLES['csr.rootExpiring'], ko)).toContain('istiod의 중간 CA 인증서');
    expect(describeWhy(SAMPLES['matrix.noCert'], ko)).toBe(
      '서버 default/legacy에 아직 인증서가 없습니다.',
    );
  });

  it('puts an attack’s note after the reason it qualifies', () => {
    const w: Why = { ...SAMPLES['call.handshakeFailed'], note: SAMPLES['note.impostor'] };
    expect(describeWhy(w, en)).toMatch(
      /\(production\/mallory-1 answered for production\/payment with its own valid SVID\.\)$/,
    );
    expect(strayInKorean(w)).toEqual([]);
  });
});

const mesh = () =>
  story()
    .pod('production/order-1', 'order-sa', { labels: { app: 'order' } })
    .pod('production/payment-1', 'pay-sa', { labels: { app: 'payment' } })
    .pod('production/mallory-1', 'mallory-sa', { labels: { app: 'mallory' } })
    .pod('default/legacy', 'default', { labels: { app: 'legacy' } });

const strict = {
  apiVersion: 'security.istio.io/v1',
  kind: 'PeerAuthentication',
  metadata: { name: 'default', namespace: 'istio-system' },
  spec: { mtls: { mode: 'STRICT' } },
};

const attack = (spec: Partial<AttackSpec> & Pick<AttackSpec, 'kind' | 'from'>): AttackSpec => ({
  method: 'GET',
  path: '/',
  port: 8080,
  ...spec,
});

describe('reasons of real calls and attacks, said in Korean', () => {
  it('a denied call carries the decision, and its event the same why', async () => {
    const sim = await mesh().apply(allowOrderOnly);
    const record = await performCall(sim, { from: 'default/legacy', to: 'production/payment-1' });
    expect(record.result).toBe('denied');
    expect(record.why).toEqual({ code: 'call.denied', params: {}, decision: { allowed: false } });
    expect(sim.events.at(-1)).toMatchObject({ type: 'call', why: record.why });
    expect(describeEvent(sim.events.at(-1)!, 'ko')).toBe(
      `default/legacy → production/payment-1: 거부 403 (principal cluster.local/ns/default/sa/default · ${describeWhy(record.why!, ko)})`,
    );
    expect(describeWhy(record.why!, ko)).toBe(
      'HTTP 403: RBAC 필터가 접근을 거부했습니다. ALLOW 정책이 적용되지만 일치하는 규칙이 없어 기본으로 거부합니다.',
    );
    expect(strayInKorean(record.why!)).toEqual([]);
  });

  it('a handshake that fails on an expired certificate says where and why', async () => {
    const sim = await mesh().istiod('down').advance('25h');
    const record = await performCall(sim, {
      from: 'production/order-1',
      to: 'production/payment-1',
    });
    expect(record.why).toMatchObject({
      code: 'call.handshakeFailed',
      failure: { alert: 'certificate_expired', code: 'expired' },
    });
    expect(describeWhy(record.why!, ko)).toContain('인증서의 notAfter가 지났습니다');
    expect(record.why?.params.presented).toMatch(
      /^spiffe:\/\/cluster\.local\/ns\/production\/sa\//,
    );
    expect(describeWhy(record.why!, ko)).toContain(
      `거부된 인증서의 ID는 ${record.why?.params.presented}입니다.`,
    );
    expect(strayInKorean(record.why!)).toEqual([]);
  });

  it('plaintext to a STRICT server names the mode and the PeerAuthentication that set it', async () => {
    const sim = await mesh().apply(strict);
    const outcome = await performAttack(
      sim,
      attack({ kind: 'plaintext', from: 'default/legacy', to: 'production/payment-1' }),
    );
    expect(outcome.result).toBe('failed');
    expect(outcome.why).toEqual({
      code: 'call.plaintextRefused',
      params: {},
      mtls: { mode: 'STRICT', source: 'istio-system/default' },
    });
    expect(describeWhy(outcome.why!, ko)).toBe(
      '평문 연결 거부: 서버의 mTLS 모드: STRICT (PeerAuthentication istio-system/default 설정). 서버 사이드카는 mTLS만 받으므로 연결을 끊었습니다.',
    );
  });

  it('a call to a pod that is not there names it', async () => {
    const sim = await mesh();
    const record = await performCall(sim, { from: 'production/order-1', to: 'production/nobody' });
    expect(record.why).toEqual({ code: 'call.noPod', params: { pod: 'production/nobody' } });
    expect(describeWhy(record.why!, ko)).toBe(
      '이름이 production/nobody인 실행 중인 Pod가 없습니다.',
    );
  });

  const to = 'production/payment-1';
  const kinds: [AttackSpec, WhyCode, string][] = [
    [
      attack({ kind: 'forged-cert', from: 'default/legacy', to, as: 'production/order-sa' }),
      'call.handshakeFailed',
      'failed',
    ],
    [
      attack({ kind: 'foreign-trust-domain', from: 'default/legacy', to }),
      'call.handshakeFailed',
      'failed',
    ],
    [
      attack({ kind: 'expired-cert', from: 'production/order-1', to }),
      'call.handshakeFailed',
      'failed',
    ],
    [
      attack({ kind: 'plaintext', from: 'production/order-1', to }),
      'call.plaintextRefused',
      'failed',
    ],
    [
      attack({
        kind: 'impersonated-server',
        from: 'production/order-1',
        to: 'production/payment',
        impostor: 'production/mallory-1',
      }),
      'call.handshakeFailed',
      'failed',
    ],
    [
      attack({ kind: 'csr-other-identity', from: 'default/legacy', as: 'production/order-sa' }),
      'attack.issuedIgnoringSan',
      'issued',
    ],
    [
      attack({ kind: 'stolen-token', from: 'default/legacy', victim: 'production/order-1' }),
      'attack.issued',
      'issued',
    ],
    [
      attack({ kind: 'replayed-token', from: 'default/legacy', victim: 'production/mallory-1' }),
      'csr.notAuthenticated',
      'rejected',
    ],
    [
      attack({ kind: 'wrong-audience-token', from: 'default/legacy' }),
      'csr.notAuthenticated',
      'rejected',
    ],
  ];

  it.each(kinds)(
    '$kind gives a why whose Korean has no stray Latin',
    async (spec, code, result) => {
      const sim = await mesh().apply(strict);
      if (spec.kind === 'replayed-token')
        sim.delete({ kind: 'Pod', namespace: 'production', name: 'mallory-1' });
      const outcome = await performAttack(sim, spec);
      expect(outcome.result).toBe(result);
      expect(outcome.why?.code).toBe(code);
      expect(sim.events.at(-1)).toMatchObject({
        type: 'attack',
        kind: spec.kind,
        why: outcome.why,
      });
      expect(describeWhy(outcome.why!, en)).not.toBe(describeWhy(outcome.why!, ko));
      expect(strayInKorean(outcome.why!)).toEqual([]);
    },
  );

  it('the rejected tokens say why TokenReview refused them', async () => {
    const sim = await mesh();
    const audience = await performAttack(
      sim,
      attack({ kind: 'wrong-audience-token', from: 'default/legacy' }),
    );
    expect(audience.why?.cause).toEqual({
      code: 'token.wrongAudience',
      params: { audiences: 'https://kubernetes.default.svc.cluster.local', wanted: 'istio-ca' },
    });
    sim.delete({ kind: 'Pod', namespace: 'production', name: 'mallory-1' });
    const replayed = await performAttack(
      sim,
      attack({ kind: 'replayed-token', from: 'default/legacy', victim: 'production/mallory-1' }),
    );
    expect(describeWhy(replayed.why!, ko)).toBe(
      'TokenReview가 토큰을 인증하지 않았습니다: 토큰이 묶인 Pod production/mallory-1이 더 이상 없습니다.',
    );
  });

  it('the expired-cert attack notes when the server judged it', async () => {
    const sim = await mesh();
    const outcome = await performAttack(
      sim,
      attack({ kind: 'expired-cert', from: 'production/order-1', to }),
    );
    expect(outcome.why?.note?.code).toBe('note.judgedLater');
    expect(describeWhy(outcome.why!, ko)).toMatch(/시점에 인증서를 검사했습니다\.\)$/);
  });

  it('the access matrix says a missing certificate and a decision in Korean', async () => {
    const sim = await mesh().apply(allowOrderOnly);
    const cells = accessMatrix(sim);
    const denied = cells.find((c) => c.from === 'default/legacy' && c.to === to)!;
    expect(denied.why).toEqual({
      code: 'matrix.decision',
      params: {},
      decision: { allowed: false },
    });
    for (const cell of cells) expect(strayInKorean(cell.why)).toEqual([]);
    const late = await mesh().istiod('down').advance('25h');
    const expired = accessMatrix(late).find((c) => c.result === 'failed')!;
    expect(expired.why.code).toBe('matrix.certExpired');
    expect(describeWhy(expired.why, ko)).toMatch(
      /^클라이언트 \S+의 인증서가 \S+에 만료되었습니다\.$/,
    );
  });
});

describe('reasons of CSR events, said in Korean', () => {
  it('istiod down: csr.retry names the refused address; the wire form leaves why out', async () => {
    const sim = await story().istiod('down').pod('production/order-1', 'order-sa');
    const retry = sim.events.find((e) => e.type === 'csr.retry')!;
    expect(retry).toMatchObject({
      why: { code: 'csr.istiodRefused', params: { address: 'istiod.istio-system.svc:15012' } },
    });
    expect(describeEvent(retry, 'ko')).toMatch(
      /^production\/order-1: istiod에 연결할 수 없습니다: istiod\.istio-system\.svc:15012 연결이 거부되었습니다\. · .+에 다시 시도$/,
    );
    expect(describeEvent(retry, 'en')).not.toContain('connection refused (');
    const wire = toWire(retry);
    expect(wire).not.toHaveProperty('why');
    expect(wire.reason).toBe(
      'istiod is unreachable: connection refused (istiod.istio-system.svc:15012)',
    );
  });

  it('an expired root: csr.rejected says which certificate ran out, in Korean', async () => {
    const sim = await story({ rootCertTtlMs: 3_600_000 }).pod('production/order-1', 'order-sa');
    await sim.advance(61 * 60_000);
    const rejected = sim.events.find((e) => e.type === 'csr.rejected')!;
    expect(rejected).toMatchObject({
      why: { params: { what: 'root', serial: sim.istiod.root.serialHex } },
    });
    expect(['csr.rootExpired', 'csr.rootExpiring']).toContain(
      rejected.type === 'csr.rejected' && rejected.why?.code,
    );
    const ko = describeEvent(rejected, 'ko');
    expect(ko).toContain(`istiod의 루트 인증서(일련번호 ${sim.istiod.root.serialHex})`);
    expect(strayLatin(ko.replace(/\S*[0-9a-f]{8,}\S*/g, ' '))).toEqual([]);
  });
});
