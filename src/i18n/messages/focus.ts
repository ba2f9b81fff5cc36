import type { Dictionary } from '../text';

/** The handshake focus mode: one plain sentence per message, then the principal and the verdict. */
export const focus = {
  'focus.open': { en: 'Watch it step by step', ko: '단계별로 보기' },
  'focus.title': { en: 'Handshake {client} → {server}', ko: '핸드셰이크 {client} → {server}' },
  'focus.close': { en: 'Leave (Esc)', ko: '나가기 (ESC)' },
  'focus.prev': { en: 'Back', ko: '이전' },
  'focus.next': { en: 'Next', ko: '다음' },
  'focus.keys': {
    en: '← → to step, Esc to leave',
    ko: '← → 키로 넘기고 ESC 키로 나갑니다',
  },
  'focus.step': { en: 'Step {n} of {total}', ko: '{total}단계 중 {n}단계' },
  'focus.details': { en: 'Details: fields and checks', ko: '자세히: 필드와 검사' },
  'focus.ClientHello': {
    en: '{client} offers TLS 1.3, its cipher suites and a fresh key share. Nothing is proven yet.',
    ko: '{client|이/가} TLS 1.3, 암호 스위트, 새 키 공유 값을 제안합니다. 아직 증명된 것은 없습니다.',
  },
  'focus.ServerHello': {
    en: '{server} picks {suite} and sends its own key share. From here on both sides hold the same keys, and everything that follows is encrypted.',
    ko: '{server|이/가} {suite|을/를} 고르고 자기 키 공유 값을 보냅니다. 이제 양쪽이 같은 키를 가지며, 이후의 모든 메시지는 암호화됩니다.',
  },
  'focus.EncryptedExtensions': {
    en: '{server} sends the rest of its settings, already encrypted.',
    ko: '{server|이/가} 나머지 설정을 이미 암호화된 상태로 보냅니다.',
  },
  'focus.CertificateRequest': {
    en: '{server} asks {client} for a certificate too: this is what makes the TLS mutual.',
    ko: '{server|이/가} {client}에게도 인증서를 요구합니다. 이것이 TLS를 상호 인증으로 만듭니다.',
  },
  'focus.Certificate': {
    en: '{sender} presents its certificate chain, naming {san}. {receiver} checks the chain against the mesh’s trusted root.',
    ko: '{sender|이/가} {san|을/를} 담은 인증서 체인을 내밉니다. {receiver|은/는} 메시의 신뢰 루트로 체인을 검증합니다.',
  },
  'focus.CertificateEmpty': {
    en: '{sender} has no certificate to present and sends an empty list.',
    ko: '{sender|은/는} 내밀 인증서가 없어 빈 목록을 보냅니다.',
  },
  'focus.CertificateVerify': {
    en: '{sender} proves it holds {sa}’s private key by signing the handshake so far. {receiver} checks the signature with the public key in that certificate.',
    ko: '{sender|이/가} 지금까지의 핸드셰이크에 서명해 {sa}의 개인 키를 가졌음을 증명합니다. {receiver|은/는} 그 인증서의 공개 키로 서명을 검증합니다.',
  },
  'focus.Finished': {
    en: '{sender} proves it saw the same handshake: a MAC over every message so far. {receiver} recomputes it with its own key.',
    ko: '{sender|이/가} 같은 핸드셰이크를 보았음을 증명합니다. 지금까지의 모든 메시지에 대한 MAC입니다. {receiver|은/는} 자기 키로 다시 계산해 확인합니다.',
  },
  'focus.Alert': {
    en: '{sender} stops the handshake and sends the alert {alert}.',
    ko: '{sender|이/가} 핸드셰이크를 멈추고 {alert} 경고를 보냅니다.',
  },
  'focus.ApplicationData': {
    en: '{sender} sends the HTTP {what}, encrypted with the session keys.',
    ko: '{sender|이/가} 세션 키로 암호화한 HTTP {what|을/를} 보냅니다.',
  },
  'focus.request': { en: 'request', ko: '요청' },
  'focus.response': { en: 'response', ko: '응답' },
  'focus.passed': { en: '{receiver} accepts it.', ko: '{receiver|이/가} 받아들입니다.' },
  'focus.rejected': {
    en: '{receiver} rejects it: {check}.',
    ko: '{receiver|이/가} 거부합니다: {check}.',
  },
  'focus.plaintext': {
    en: '{client} sends the request in the clear: no handshake, so nobody proves who they are.',
    ko: '{client|이/가} 요청을 평문으로 보냅니다. 핸드셰이크가 없으니 아무도 자기가 누구인지 증명하지 않습니다.',
  },
  'focus.principalTitle': {
    en: 'The SAN becomes the principal',
    ko: 'SAN이 principal이 됩니다',
  },
  'focus.principalText': {
    en: '{server}’s sidecar takes the URI SAN it validated and drops “spiffe://”: what is left is the principal AuthorizationPolicy rules match.',
    ko: '{server}의 사이드카는 검증한 URI SAN에서 “spiffe://”를 떼어 냅니다. 남은 것이 AuthorizationPolicy 규칙이 맞춰 보는 principal입니다.',
  },
  'focus.noPrincipal': {
    en: 'No certificate, so no principal: rules that name principals cannot match.',
    ko: '인증서가 없으니 principal도 없습니다. principal을 지정한 규칙은 맞을 수 없습니다.',
  },
  'focus.decides': { en: 'decides', ko: '결정' },
  'focus.encrypted': { en: 'encrypted', ko: '암호화됨' },
  'focus.verdictTitle': { en: 'The verdict', ko: '결과' },
} as const satisfies Dictionary;
