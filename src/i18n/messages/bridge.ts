import type { Dictionary } from '../text';

export const bridge = {
  'bridge.title': {
    en: 'To a real cluster',
    ko: '실제 클러스터로',
  },
  'bridge.manifests': {
    en: 'Manifests for kubectl apply',
    ko: 'kubectl apply용 매니페스트',
  },
  'bridge.commands': {
    en: 'Commands to observe the same on a real mesh',
    ko: '실제 메시에서 같은 것을 확인하는 명령',
  },
  'bridge.download': {
    en: 'Download svid-lab.yaml',
    ko: 'svid-lab.yaml 내려받기',
  },
  'bridge.copy': {
    en: 'Copy',
    ko: '복사',
  },
  'bridge.unavailable': {
    en: 'The engine cannot export yet: {message}',
    ko: '엔진이 아직 내보낼 수 없습니다: {message}',
  },
  'bridge.import': {
    en: 'Import istioctl proxy-config secret JSON',
    ko: 'istioctl proxy-config secret JSON 가져오기',
  },
  'bridge.importHint': {
    en: 'Paste the output of istioctl proxy-config secret <pod> -o json',
    ko: 'istioctl proxy-config secret <pod> -o json의 출력을 붙여 넣으세요',
  },
  'bridge.importButton': {
    en: 'Show certificates',
    ko: '인증서 보기',
  },
  'bridge.chain': {
    en: 'Certificate chain',
    ko: '인증서 체인',
  },
  'bridge.spiffeId': {
    en: 'SPIFFE ID',
    ko: 'SPIFFE ID',
  },
  'bridge.subject': {
    en: 'Subject',
    ko: '주체(Subject)',
  },
  'bridge.issuer': {
    en: 'Issuer',
    ko: '발급자',
  },
  'bridge.serial': {
    en: 'Serial number',
    ko: '일련번호',
  },
  'bridge.validity': {
    en: 'Valid from {from} to {to}',
    ko: '유효 기간 {from} ~ {to}',
  },
  'bridge.renewLesson': {
    en: "Renewal under the lesson's 75%: {at}",
    ko: '강의 기준(75%) 갱신 시점: {at}',
  },
  'bridge.renewIstio': {
    en: "Renewal under Istio's 50%: {at}",
    ko: 'Istio 기준(50%) 갱신 시점: {at}',
  },
  'bridge.warnings': {
    en: 'Warnings',
    ko: '경고',
  },
  'bridge.cert': {
    en: '{status} {name} ({kind}), certificate {n}',
    ko: '{status} {name} ({kind}), 인증서 {n}',
  },
} as const satisfies Dictionary;
