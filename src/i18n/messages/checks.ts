import type { Dictionary } from '../text';

/** What a TLS receiver checks on a message (src/pki/handshake `CheckCode`) and the words of its detail. */
export const checks = {
  'check.tls13Offered': { en: 'offers TLS 1.3', ko: 'TLS 1.3을 제안함' },
  'check.commonSuite': { en: 'a cipher suite in common', ko: '공통 암호 스위트' },
  'check.keyShare': { en: 'secp256r1 key share', ko: 'secp256r1 키 공유 값' },
  'check.schemeAccepted': {
    en: 'the client accepts our signature scheme',
    ko: '클라이언트가 이쪽의 서명 방식을 받아들임',
  },
  'check.keySharePoint': {
    en: 'the key share is a valid P-256 point',
    ko: '키 공유 값이 올바른 P-256 점임',
  },
  'check.tls13Selected': { en: 'TLS 1.3 selected', ko: 'TLS 1.3을 선택함' },
  'check.suiteOffered': {
    en: 'the cipher suite is one we offered',
    ko: '제안한 암호 스위트 가운데 하나임',
  },
  'check.sessionId': { en: 'session id echoed', ko: '세션 ID를 그대로 돌려줌' },
  'check.keyShareGroup': { en: 'key share group is secp256r1', ko: '키 공유 그룹이 secp256r1임' },
  'check.handshakeKeys': {
    en: 'handshake keys derived (ECDHE P-256 + HKDF)',
    ko: '핸드셰이크 키 유도 (ECDHE P-256 + HKDF)',
  },
  'check.recordOpens': {
    en: 'the AES-GCM record opens with the handshake key',
    ko: 'AES-GCM 레코드가 핸드셰이크 키로 열림',
  },
  'check.extensions': { en: 'extensions', ko: '확장' },
  'check.certRequested': {
    en: 'the server asks for a client certificate',
    ko: '서버가 클라이언트 인증서를 요청함',
  },
  'check.context': {
    en: 'certificate_request_context matches',
    ko: 'certificate_request_context 일치',
  },
  'check.chain': { en: 'the {side}’s chain validated', ko: '{side} 인증서 체인 검증' },
  'check.clientCert': { en: 'a client certificate is present', ko: '클라이언트 인증서가 있음' },
  'check.schemeOffered': {
    en: 'the signature scheme was offered',
    ko: '제안한 서명 방식임',
  },
  'check.signature': {
    en: 'the signature over the transcript verifies',
    ko: '트랜스크립트에 대한 서명 검증',
  },
  'check.finished': { en: 'verify_data matches', ko: 'verify_data 일치' },
  'check.appRecord': {
    en: 'the AES-GCM record opens with the {side}’s application key',
    ko: '{side}의 애플리케이션 키로 AES-GCM 레코드가 열림',
  },
  'check.note.noneInCommon': { en: 'none in common', ko: '공통된 것이 없음' },
  'check.note.present': { en: 'present', ko: '있음' },
  'check.note.absent': { en: 'absent', ko: '없음' },
  'check.note.imported': { en: 'imported', ko: '가져옴' },
  'check.note.tagVerified': { en: 'tag verified', ko: '태그 검증됨' },
  'check.note.tagFailed': {
    en: 'the tag does not verify under this key',
    ko: '이 키로는 태그가 검증되지 않음',
  },
  'check.note.noExtensions': { en: 'none', ko: '없음' },
  'check.note.extensionsIgnored': { en: '{n} (ignored)', ko: '{n}개 (무시함)' },
  'check.note.willSendSvid': { en: 'will send our SVID', ko: '자기 SVID를 보냄' },
  'check.note.willSendEmpty': {
    en: 'we have none: will send an empty Certificate',
    ko: '인증서가 없어 빈 Certificate를 보냄',
  },
  'check.note.trusted': { en: 'trusted; SPIFFE ID {id}', ko: '신뢰함; SPIFFE ID {id}' },
  'check.note.rejected': { en: '{code}: {meaning}', ko: '{code}: {meaning}' },
  'check.note.emptyRequired': {
    en: 'an empty Certificate, but this port requires mTLS',
    ko: '빈 Certificate를 받았지만 이 포트는 mTLS가 필수임',
  },
  'check.note.emptyAllowed': { en: 'empty; allowed here', ko: '비어 있음; 여기서는 허용됨' },
  'check.note.signatureValid': {
    en: '{alg} with the leaf’s public key: valid',
    ko: '리프 인증서의 공개 키로 {alg} 검증: 유효함',
  },
  'check.note.signatureInvalid': {
    en: '{alg} with the leaf’s public key: INVALID',
    ko: '리프 인증서의 공개 키로 {alg} 검증: 무효',
  },
  'check.note.keyUnusable': {
    en: 'the leaf’s public key is unusable',
    ko: '리프 인증서의 공개 키를 쓸 수 없음',
  },
  'check.note.schemeKeyMismatch': {
    en: 'scheme {scheme}, but the leaf key is {key}',
    ko: '서명 방식은 {scheme}인데 리프 키는 {key} 키임',
  },
  'check.note.unsupportedScheme': {
    en: 'unsupported signature scheme {scheme}',
    ko: '지원하지 않는 서명 방식 {scheme}',
  },
  'check.note.transcriptHash': { en: 'transcript hash {hash}', ko: '트랜스크립트 해시 {hash}' },
  'check.note.expected': { en: 'expected {value}', ko: '기댓값 {value}' },
  'check.note.decryptedRecord': {
    en: 'the {side} decrypted record {seq} ({suite})',
    ko: '{side|이/가} 레코드 {seq}번을 복호화함 ({suite})',
  },
  'check.rejectedOther': {
    en: 'the certificate path does not validate',
    ko: '인증서 경로가 검증되지 않음',
  },
} as const satisfies Dictionary;
