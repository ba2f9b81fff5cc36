import { describe, expect, it } from 'vitest';
import type { HandshakeFailure } from '../pki/handshake/types';
import { parseSpiffeId } from '../pki/spiffe-id';
import type { Decision } from '../sim/policy/types';
import { describeDecision, describeFailure, describeIdError, describeMtls } from './engine';
import { messages } from './messages';
import { translator } from './translate';

const en = translator('en');
const ko = translator('ko');

describe('engine outcomes in words', () => {
  it('say a decision from its action, policy and rule', () => {
    const deny = {
      allowed: false,
      policy: 'production/no-mallory',
      action: 'DENY',
      ruleIndex: 1,
      reason: '',
      trace: [],
    } satisfies Decision;
    expect(describeDecision(deny, en)).toBe(
      'Denied: rules[1] of DENY policy production/no-mallory matched.',
    );
    expect(describeDecision(deny, ko)).toBe(
      'DENY 정책 production/no-mallory의 rules[1]에 일치해 거부합니다.',
    );
    expect(describeDecision({ allowed: true, reason: '', trace: [] }, ko)).toBe(
      '이 워크로드에 적용되는 ALLOW 정책이 없어 기본으로 허용합니다.',
    );
    expect(describeDecision({ allowed: false, reason: '', trace: [] }, en)).toMatch(
      /^Denied by default/,
    );
  });

  it('say the mTLS mode and what set it', () => {
    expect(describeMtls({ mode: 'STRICT', source: 'istio-system/default', reason: '' }, ko)).toBe(
      '서버의 mTLS 모드: STRICT (PeerAuthentication istio-system/default 설정)',
    );
    expect(describeMtls({ mode: 'PERMISSIVE', reason: '' }, en)).toMatch(/PERMISSIVE, the default/);
  });

  it('say where a handshake stopped, with the alert and its meaning', () => {
    const f = {
      at: 'Certificate',
      side: 'server',
      alert: 'unknown_ca',
      code: 'untrusted',
      reason: '',
    } satisfies HandshakeFailure;
    expect(describeFailure(f, ko)).toBe(
      'Certificate에서 실패: 서버가 unknown_ca를 보냄 (신뢰하는 루트로 이어지지 않는 인증서)',
    );
    expect(describeFailure(f, en)).toBe(
      'Failed at Certificate: the server sent unknown_ca (the certificate does not chain to a trusted root)',
    );
  });

  it('say every broken SPIFFE ID rule by its code', () => {
    const inputs = [
      '',
      'SPIFFE://cluster.local/ns/a',
      'https://cluster.local/ns/a',
      'spiffe:///ns/a',
      'spiffe://Cluster.local/ns/a',
      'spiffe://user@cluster.local/ns/a',
      'spiffe://cluster.local:8080/ns/a',
      'spiffe://cluster.local/ns//a',
      'spiffe://cluster.local/ns/../a',
      'spiffe://cluster.local/ns/a b',
      'spiffe://cluster.local/ns/a/',
      'spiffe://cluster.local/ns/a?x=1',
      'spiffe://cluster.local/ns/a#x',
      `spiffe://${'a'.repeat(300)}/ns/a`,
    ];
    const codes = new Set<string>();
    for (const input of inputs) {
      const r = parseSpiffeId(input);
      if (r.ok) throw new Error(`${input} parsed`);
      for (const e of r.errors) {
        codes.add(e.code);
        expect(Object.keys(messages)).toContain(`spiffe.${e.code}`);
        expect(describeIdError(e, input, ko)).not.toMatch(/\{|spiffe\./);
      }
    }
    expect(codes.size).toBeGreaterThanOrEqual(13);
    const upper = parseSpiffeId('spiffe://Cluster.local/ns/a');
    if (upper.ok) throw new Error('parsed');
    expect(describeIdError(upper.errors[0]!, 'spiffe://Cluster.local/ns/a', ko)).toBe(
      "신뢰 도메인에는 소문자, 숫자, '.', '-', '_'만 쓸 수 있습니다. 10번째 글자가 'C'입니다 (SPIFFE-ID 2.1).",
    );
  });
});
