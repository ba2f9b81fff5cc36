import type { Dictionary } from '../text';

/** The rules of a SPIFFE ID (SPIFFE-ID §2), one per code the validator in `src/pki` reports. */
export const spiffe = {
  'spiffe.empty': { en: 'The SPIFFE ID is empty.', ko: 'SPIFFE ID가 비어 있습니다.' },
  'spiffe.scheme-case': {
    en: "The scheme must be written 'spiffe://' in lowercase.",
    ko: '스킴은 소문자로 써야 합니다: spiffe://',
  },
  'spiffe.wrong-scheme': {
    en: "A SPIFFE ID must start with 'spiffe://' (SPIFFE-ID 2).",
    ko: 'SPIFFE ID는 spiffe://로 시작해야 합니다 (SPIFFE-ID 2).',
  },
  'spiffe.missing-trust-domain': {
    en: 'The trust domain is missing: a SPIFFE ID needs a name after spiffe:// (SPIFFE-ID 2.1).',
    ko: '신뢰 도메인이 없습니다. spiffe:// 뒤에 이름이 있어야 합니다 (SPIFFE-ID 2.1).',
  },
  'spiffe.trust-domain-char': {
    en: "Trust domain may contain only lowercase letters, digits, '.', '-' and '_': found {found} at position {pos} (SPIFFE-ID 2.1).",
    ko: "신뢰 도메인에는 소문자, 숫자, '.', '-', '_'만 쓸 수 있습니다. {pos}번째 글자가 {found}입니다 (SPIFFE-ID 2.1).",
  },
  'spiffe.userinfo': {
    en: "A SPIFFE ID may not contain user info ('user@') (SPIFFE-ID 2.1).",
    ko: "SPIFFE ID에는 사용자 정보('user@')를 넣을 수 없습니다 (SPIFFE-ID 2.1).",
  },
  'spiffe.port': {
    en: 'A SPIFFE ID may not contain a port (SPIFFE-ID 2.1).',
    ko: 'SPIFFE ID에는 포트를 넣을 수 없습니다 (SPIFFE-ID 2.1).',
  },
  'spiffe.path-leading-slash': {
    en: "Path must start with '/': found {found} at position {pos}.",
    ko: "경로는 '/'로 시작해야 합니다. {pos}번째 글자가 {found}입니다.",
  },
  'spiffe.path-empty-segment': {
    en: "Path may not contain an empty segment ('//') (SPIFFE-ID 2.2).",
    ko: "경로에 빈 세그먼트('//')가 있으면 안 됩니다 (SPIFFE-ID 2.2).",
  },
  'spiffe.path-dot-segment': {
    en: "Path may not contain a '.' or '..' segment: relative segments are not allowed (SPIFFE-ID 2.2).",
    ko: "경로에 '.'이나 '..' 세그먼트를 쓸 수 없습니다. 상대 경로는 허용되지 않습니다 (SPIFFE-ID 2.2).",
  },
  'spiffe.path-char': {
    en: "Path segments may contain only letters, digits, '.', '-' and '_': found {found} at position {pos} (SPIFFE-ID 2.2).",
    ko: "경로 세그먼트에는 영문자, 숫자, '.', '-', '_'만 쓸 수 있습니다. {pos}번째 글자가 {found}입니다 (SPIFFE-ID 2.2).",
  },
  'spiffe.path-trailing-slash': {
    en: "Path may not end with '/' (SPIFFE-ID 2.2).",
    ko: "경로는 '/'로 끝날 수 없습니다 (SPIFFE-ID 2.2).",
  },
  'spiffe.query': {
    en: "A SPIFFE ID may not have a query ('?…') (SPIFFE-ID 2).",
    ko: "SPIFFE ID에는 쿼리('?…')를 붙일 수 없습니다 (SPIFFE-ID 2).",
  },
  'spiffe.fragment': {
    en: "A SPIFFE ID may not have a fragment ('#…') (SPIFFE-ID 2).",
    ko: "SPIFFE ID에는 프래그먼트('#…')를 붙일 수 없습니다 (SPIFFE-ID 2).",
  },
  'spiffe.too-long': {
    en: 'Too long: a SPIFFE ID may be at most 2048 bytes, its trust domain 255 (SPIFFE-ID 2.3).',
    ko: '너무 깁니다. SPIFFE ID는 2048바이트, 신뢰 도메인은 255바이트까지입니다 (SPIFFE-ID 2.3).',
  },
} as const satisfies Dictionary;
