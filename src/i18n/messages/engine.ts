import type { Dictionary } from '../text';

/**
 * What the engine decided, said from its structured fields (decision action and policy, mTLS
 * mode and source, TLS alert names), so the app needs none of the engine's English sentences.
 */
export const engine = {
  'decision.allow': {
    en: 'Allowed: rules[{rule}] of ALLOW policy {policy} matched.',
    ko: 'ALLOW 정책 {policy}의 rules[{rule}]에 일치해 허용합니다.',
  },
  'decision.deny': {
    en: 'Denied: rules[{rule}] of DENY policy {policy} matched.',
    ko: 'DENY 정책 {policy}의 rules[{rule}]에 일치해 거부합니다.',
  },
  'decision.defaultAllow': {
    en: 'Allowed by default: no ALLOW policy applies to this workload.',
    ko: '이 워크로드에 적용되는 ALLOW 정책이 없어 기본으로 허용합니다.',
  },
  'decision.defaultDeny': {
    en: 'Denied by default: ALLOW policies apply, but none of their rules matched.',
    ko: 'ALLOW 정책이 적용되지만 일치하는 규칙이 없어 기본으로 거부합니다.',
  },
  'mtls.set': {
    en: 'mTLS mode at the server: {mode}, set by PeerAuthentication {source}',
    ko: '서버의 mTLS 모드: {mode} (PeerAuthentication {source} 설정)',
  },
  'mtls.default': {
    en: 'mTLS mode at the server: {mode}, the default: no PeerAuthentication sets a mode',
    ko: '서버의 mTLS 모드: {mode} (모드를 정한 PeerAuthentication이 없어 기본값)',
  },
  'side.client': { en: 'client', ko: '클라이언트' },
  'side.server': { en: 'server', ko: '서버' },
  'alert.unexpected_message': {
    en: 'a message came out of order',
    ko: '순서에 맞지 않는 메시지를 받음',
  },
  'alert.bad_record_mac': {
    en: 'a record failed its integrity check',
    ko: '레코드의 무결성 검사 실패',
  },
  'alert.handshake_failure': {
    en: 'no acceptable set of security parameters',
    ko: '서로 받아들일 수 있는 보안 설정이 없음',
  },
  'alert.bad_certificate': { en: 'the certificate is not valid', ko: '인증서가 올바르지 않음' },
  'alert.unsupported_certificate': {
    en: 'a certificate of an unsupported type',
    ko: '지원하지 않는 종류의 인증서',
  },
  'alert.certificate_revoked': { en: 'the certificate was revoked', ko: '폐기된 인증서' },
  'alert.certificate_expired': {
    en: 'the certificate has expired or is not yet valid',
    ko: '인증서가 만료되었거나 아직 유효하지 않음',
  },
  'alert.certificate_unknown': {
    en: 'the certificate could not be accepted',
    ko: '인증서를 받아들일 수 없음',
  },
  'alert.illegal_parameter': {
    en: 'a field held a value out of range',
    ko: '필드 값이 허용 범위를 벗어남',
  },
  'alert.unknown_ca': {
    en: 'the certificate does not chain to a trusted root',
    ko: '신뢰하는 루트로 이어지지 않는 인증서',
  },
  'alert.decode_error': { en: 'a message could not be decoded', ko: '메시지를 해석할 수 없음' },
  'alert.decrypt_error': {
    en: 'a signature or a Finished message did not verify',
    ko: '서명이나 Finished 메시지 검증 실패',
  },
  'alert.protocol_version': {
    en: 'the protocol version is not supported',
    ko: '지원하지 않는 프로토콜 버전',
  },
  'alert.internal_error': { en: 'an internal error', ko: '내부 오류' },
  'alert.missing_extension': {
    en: 'a required extension is missing',
    ko: '필요한 확장이 없음',
  },
  'alert.certificate_required': {
    en: 'the peer sent no certificate, but one is required',
    ko: '인증서가 필요한데 상대가 보내지 않음',
  },
} as const satisfies Dictionary;
