import type { Dictionary } from '../text';

/** The event log's sentences, one or more per event type (`src/i18n/events.ts` picks them). */
export const events = {
  'event.pod.started': {
    en: '{pod} started: IP {ip} on {node}, ServiceAccount {sa}',
    ko: '{pod} 시작됨: IP {ip}, 노드 {node}, ServiceAccount {sa}',
  },
  'event.pod.deleted': {
    en: '{pod} deleted (IP {ip} freed)',
    ko: '{pod} 삭제됨 (IP {ip} 반환)',
  },
  'event.container.restarted': {
    en: '{pod}: container {container} restarted (restart {restarts}); same pod and IP {ip}, new key and certificate',
    ko: '{pod}: {container} 컨테이너 재시작({restarts}번째). Pod와 IP {ip}는 그대로이고 키와 인증서는 새것입니다',
  },
  'event.token.mounted': {
    en: '{pod}: token mounted at {path} (audience {audience})',
    ko: '{pod}: 토큰을 {path}에 마운트함 (대상 {audience})',
  },
  'event.csr.sent': {
    en: '{pod}: CreateCertificate with a CSR for a {alg} key + token',
    ko: '{pod}: {alg} 키의 CSR과 토큰으로 CreateCertificate 호출',
  },
  'event.csr.sent.retry': {
    en: '{pod}: CreateCertificate with a CSR for a {alg} key + token (attempt {attempt})',
    ko: '{pod}: {alg} 키의 CSR과 토큰으로 CreateCertificate 호출 ({attempt}번째 시도)',
  },
  'event.csr.retry': {
    en: '{pod}: {reason}; retry at {at}',
    ko: '{pod}: {reason} · {at}에 다시 시도',
  },
  'event.token.reviewed': {
    en: '{pod}: TokenReview authenticated {user}',
    ko: '{pod}: TokenReview 통과 ({user})',
  },
  'event.token.refused': {
    en: '{pod}: TokenReview refused: {error}',
    ko: '{pod}: TokenReview 실패: {error}',
  },
  'event.cert.issued': {
    en: '{pod}: certificate issued for {id} (serial {serial}…)',
    ko: '{pod}: {id} 인증서 발급됨 (일련번호 {serial}…)',
  },
  'event.csr.rejected': {
    en: '{pod}: issuance refused: {reason}',
    ko: '{pod}: 발급 거부됨: {reason}',
  },
  'event.cert.installed': {
    en: '{pod}: certificate in memory (SDS default), renewal at {at}',
    ko: '{pod}: 인증서를 메모리에 보관함 (SDS default), {at}에 갱신',
  },
  'event.cert.rotated': {
    en: '{pod}: renewed without downtime {old}… → {new}…',
    ko: '{pod}: 무중단 갱신 {old}… → {new}…',
  },
  'event.cert.expired': {
    en: '{pod}: certificate expired (serial {serial}…)',
    ko: '{pod}: 인증서 만료됨 (일련번호 {serial}…)',
  },
  'event.istiod.down': {
    en: 'istiod down: no certificates can be issued',
    ko: 'istiod 중단: 인증서를 발급할 수 없음',
  },
  'event.istiod.up': { en: 'istiod back up', ko: 'istiod 재가동' },
  'event.ca.root-added': {
    en: 'root added to root-cert.pem: {root} (serial {serial}…)',
    ko: 'root-cert.pem에 루트 추가: {root} (일련번호 {serial}…)',
  },
  'event.ca.root-removed': {
    en: 'root removed from root-cert.pem: {root} (serial {serial}…)',
    ko: 'root-cert.pem에서 루트 제거: {root} (일련번호 {serial}…)',
  },
  'event.ca.intermediate-switched': {
    en: 'istiod signs with a new intermediate under {root} (serial {serial}…)',
    ko: 'istiod가 {root} 아래의 새 중간 CA로 서명 (일련번호 {serial}…)',
  },
  'event.ca.root-renewed': {
    en: 'istiod issued its root {root} again with the same key (serial {serial}…)',
    ko: 'istiod가 같은 키로 루트 {root|을/를} 다시 발급 (일련번호 {serial}…)',
  },
  'event.ca.refused': {
    en: 'istiod refuses cacerts {file}: {reason}',
    ko: 'istiod가 cacerts {file|을/를} 거부: {reason}',
  },
  'event.apply.ignored': {
    en: '{resource}: fields not modelled, ignored ({fields})',
    ko: '{resource}: 시뮬레이션에 없는 필드는 무시함 ({fields})',
  },
  'event.apply.failed': {
    en: '{resource}: not applied: {reason}',
    ko: '{resource}: 적용 안 됨: {reason}',
  },
  'event.policy.warning': {
    en: '{policy}: warning at {path}: {message}',
    ko: '{policy}: {path} 경고: {message}',
  },
  'event.policy.lint': { en: '{policy}: warning at {warning}', ko: '{policy} 경고: {warning}' },
  'event.call': { en: '{from} → {to}: {result}', ko: '{from} → {to}: {result}' },
  'event.call.peer': { en: 'principal {peer}', ko: 'principal {peer}' },
  'event.attack': { en: '{kind} {from}: {result}', ko: '{kind} {from}: {result}' },
  'event.attack.to': {
    en: '{kind} {from} → {to}: {result}',
    ko: '{kind} {from} → {to}: {result}',
  },
  'event.expect.ok': { en: '✓ {message}', ko: '✓ {message}' },
  'event.expect.failed': { en: '✗ {message}', ko: '✗ {message}' },
  'attack.forged-cert': { en: 'forged certificate', ko: '위조 인증서' },
  'attack.foreign-trust-domain': {
    en: 'certificate from another trust domain',
    ko: '다른 신뢰 도메인의 인증서',
  },
  'attack.expired-cert': { en: 'expired certificate', ko: '만료된 인증서' },
  'attack.plaintext': { en: 'plaintext call', ko: '평문 호출' },
  'attack.csr-other-identity': { en: 'CSR for another identity', ko: '다른 신원의 CSR' },
  'attack.stolen-token': { en: 'stolen token', ko: '훔친 토큰' },
  'attack.impersonated-server': {
    en: 'impostor answering for the service',
    ko: '서비스를 사칭한 서버',
  },
  'attack.replayed-token': { en: 'replayed token', ko: '재사용한 토큰' },
  'attack.wrong-audience-token': {
    en: 'token for another audience',
    ko: '다른 대상의 토큰',
  },
} as const satisfies Dictionary;
