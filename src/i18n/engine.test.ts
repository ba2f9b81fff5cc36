import { describe, expect, it } from 'vitest';
import type { HandshakeFailure } from '../pki/handshake/types';
import type { Decision } from '../sim/policy/types';
import { describeDecision, describeFailure, describeMtls } from './engine';
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
});
