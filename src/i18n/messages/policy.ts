import type { Dictionary } from '../text';

export const policy = {
  'policy.label': {
    en: 'Policy YAML (AuthorizationPolicy, PeerAuthentication)',
    ko: '정책 YAML (AuthorizationPolicy, PeerAuthentication)',
  },
  'policy.apply': {
    en: 'Apply policies',
    ko: '정책 적용',
  },
  'policy.lesson': {
    en: 'Load the lesson’s policy',
    ko: '강의의 정책 불러오기',
  },
  'policy.clear': {
    en: 'Delete applied policies',
    ko: '적용된 정책 삭제',
  },
  'policy.ok': {
    en: 'No errors.',
    ko: '오류 없음.',
  },
  'policy.applied': {
    en: 'Applied.',
    ko: '적용됨.',
  },
  'policy.line': {
    en: 'line {line}',
    ko: '{line}행',
  },
  'policy.errors': {
    en: 'Errors',
    ko: '오류',
  },
  'policy.warnings': {
    en: 'Warnings',
    ko: '경고',
  },
  'policy.inForce': {
    en: 'In force',
    ko: '적용 중',
  },
  'policy.none': {
    en: 'No AuthorizationPolicy: every call is allowed, with mTLS or, where PERMISSIVE lets it in, plaintext.',
    ko: 'AuthorizationPolicy가 없습니다. 모든 호출이 허용됩니다. mTLS 호출은 물론, PERMISSIVE라면 평문 호출도 허용됩니다.',
  },
  'matrix.label': {
    en: 'Access matrix: can each workload (row) call each workload (column)?',
    ko: '접근 행렬: 각 워크로드(행)가 각 워크로드(열)를 호출할 수 있는가?',
  },
  'matrix.from': {
    en: 'from ↓ / to →',
    ko: '보내는 쪽 ↓ / 받는 쪽 →',
  },
  'matrix.unavailable': {
    en: 'The access matrix needs the engine’s mesh layer.',
    ko: '접근 행렬에는 엔진의 메시 계층이 필요합니다.',
  },
  'policy.tooManyBytes': {
    en: 'The policy is {count} bytes, over the limit of {limit}: shorten it to check and apply it.',
    ko: '정책이 {count}바이트로 한도 {limit}바이트를 넘습니다. 줄여야 검사하고 적용할 수 있습니다.',
  },
  'policy.tooManyLines': {
    en: 'The policy has {count} lines, over the limit of {limit}: shorten it to check and apply it.',
    ko: '정책이 {count}줄로 한도 {limit}줄을 넘습니다. 줄여야 검사하고 적용할 수 있습니다.',
  },
} as const satisfies Dictionary;
