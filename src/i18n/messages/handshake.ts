import type { Dictionary } from '../text';

export const handshake = {
  'handshake.none': {
    en: 'Pick a caller and a callee, or click a call in the event log.',
    ko: '호출하는 쪽과 받는 쪽을 고르거나, 이벤트 로그에서 호출을 클릭하세요.',
  },
  'handshake.from': {
    en: 'Caller',
    ko: '호출하는 쪽',
  },
  'handshake.to': {
    en: 'Callee',
    ko: '받는 쪽',
  },
  'handshake.method': {
    en: 'Method',
    ko: '메서드',
  },
  'handshake.path': {
    en: 'Path',
    ko: '경로',
  },
  'handshake.run': {
    en: 'Make the call',
    ko: '호출하기',
  },
  'handshake.client': {
    en: 'client: {pod}',
    ko: '클라이언트: {pod}',
  },
  'handshake.server': {
    en: 'server: {pod}',
    ko: '서버: {pod}',
  },
  'handshake.message': {
    en: 'Message {n}: {type}',
    ko: '메시지 {n}: {type}',
  },
  'handshake.prev': {
    en: 'Previous message',
    ko: '이전 메시지',
  },
  'handshake.next': {
    en: 'Next message',
    ko: '다음 메시지',
  },
  'handshake.checks': {
    en: 'Checks',
    ko: '검사',
  },
  'handshake.fields': {
    en: 'Fields',
    ko: '필드',
  },
  'handshake.principal': {
    en: 'Principal the server saw',
    ko: '서버가 본 principal',
  },
  'handshake.xfcc': {
    en: 'x-forwarded-client-cert to the app',
    ko: '앱에 전달된 x-forwarded-client-cert',
  },
  'handshake.decision': {
    en: 'Policy decision',
    ko: '정책 결정',
  },
  'handshake.trace': {
    en: 'How each policy applied',
    ko: '정책별 적용 결과',
  },
  'handshake.failure': {
    en: 'Failed at {at}: the {side} sent {alert} ({meaning})',
    ko: '{at}에서 실패: {side|이/가} {alert|을/를} 보냄 ({meaning})',
  },
  'handshake.plaintext': {
    en: 'Plaintext: no handshake, no identity.',
    ko: '평문: 핸드셰이크도, 신원도 없습니다.',
  },
  'result.allowed': {
    en: 'allowed',
    ko: '허용',
  },
  'result.denied': {
    en: 'denied',
    ko: '거부',
  },
  'result.failed': {
    en: 'failed',
    ko: '실패',
  },
  'result.issued': {
    en: 'issued',
    ko: '발급됨',
  },
  'result.rejected': {
    en: 'rejected',
    ko: '거부됨',
  },
  'explorer.label': {
    en: 'SPIFFE ID to check',
    ko: '검사할 SPIFFE ID',
  },
  'explorer.examples': {
    en: 'Examples',
    ko: '예시',
  },
  'explorer.valid': {
    en: 'Valid SPIFFE ID',
    ko: '올바른 SPIFFE ID',
  },
  'explorer.invalid': {
    en: 'Not a valid SPIFFE ID: {count} rule(s) broken',
    ko: '올바른 SPIFFE ID가 아닙니다: 규칙 {count}개 위반',
  },
  'explorer.scheme': {
    en: 'scheme',
    ko: '스킴',
  },
  'explorer.td': {
    en: 'trust domain',
    ko: '신뢰 도메인',
  },
  'explorer.ns': {
    en: 'namespace',
    ko: '네임스페이스',
  },
  'explorer.sa': {
    en: 'ServiceAccount',
    ko: 'ServiceAccount',
  },
  'explorer.path': {
    en: 'path',
    ko: '경로',
  },
  'explorer.istio': {
    en: 'Istio reads this as namespace {ns}, ServiceAccount {sa}.',
    ko: 'Istio는 이를 네임스페이스 {ns}, ServiceAccount {sa|으로/로} 읽습니다.',
  },
  'explorer.notIstio': {
    en: 'Valid, but not Istio’s /ns/<namespace>/sa/<serviceaccount> form.',
    ko: '올바르지만 Istio의 /ns/<namespace>/sa/<serviceaccount> 형식은 아닙니다.',
  },
  'explorer.principal': {
    en: 'As an AuthorizationPolicy principal: {principal}',
    ko: 'AuthorizationPolicy의 principal로 쓰면: {principal}',
  },
  'explorer.position': {
    en: 'at position {pos}',
    ko: '위치 {pos}',
  },
  'explorer.inMesh': {
    en: 'Pods with this identity now: {pods}',
    ko: '지금 이 신원을 가진 Pod: {pods}',
  },
  'handshake.naming': {
    en: 'The client checks the server (secure naming)',
    ko: '클라이언트도 서버를 확인합니다 (secure naming)',
  },
  'handshake.namingExpected': {
    en: 'istiod tells the client sidecar which identities may serve {service}: the ServiceAccounts of its pods.',
    ko: 'istiod는 클라이언트 사이드카에 {service}를 서비스할 수 있는 신원, 즉 그 Pod들의 ServiceAccount를 알려 줍니다.',
  },
  'handshake.namingMatch': {
    en: 'The server ({pod}) presented {id}: on the list.',
    ko: '서버({pod})가 {id}를 내밀었습니다. 목록에 있습니다.',
  },
  'handshake.namingMismatch': {
    en: 'The server ({pod}) presented {id}: not on the list. The client refuses the handshake, whatever the chain.',
    ko: '서버({pod})가 {id}를 내밀었습니다. 목록에 없으므로 체인이 유효해도 클라이언트가 핸드셰이크를 거부합니다.',
  },
} as const satisfies Dictionary;
