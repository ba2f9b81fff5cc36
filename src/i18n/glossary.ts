import type { Text } from './text';

/** One concept, the word each language uses for it, and the words it must not be called. */
export interface Term {
  word: Text;
  avoid: Record<keyof Text, readonly string[]>;
}

/**
 * One word per concept (SEED-NOTES.md's glossary). Every dictionary and every lesson follows
 * this; a test fails on an avoided word.
 */
export const GLOSSARY = {
  pod: { word: { ko: 'Pod', en: 'pod' }, avoid: { ko: ['파드', '포드'], en: [] } },
  serviceAccount: {
    word: { ko: 'ServiceAccount', en: 'ServiceAccount' },
    avoid: { ko: ['서비스 어카운트', '서비스어카운트', '서비스 계정'], en: ['service account'] },
  },
  identity: {
    word: { ko: '신원', en: 'identity' },
    avoid: { ko: ['아이덴티티', '정체성'], en: [] },
  },
  certificate: { word: { ko: '인증서', en: 'certificate' }, avoid: { ko: ['증명서'], en: [] } },
  issuance: { word: { ko: '발급', en: 'issuance' }, avoid: { ko: [], en: [] } },
  renewal: {
    word: { ko: '갱신', en: 'renewal' },
    avoid: { ko: ['재발급', '로테이션', '회전'], en: ['rotation', 'rotated', 'Rotation'] },
  },
  verification: { word: { ko: '검증', en: 'verification' }, avoid: { ko: [], en: [] } },
  trustDomain: {
    word: { ko: '신뢰 도메인', en: 'trust domain' },
    avoid: { ko: ['트러스트 도메인'], en: [] },
  },
  namespace: {
    word: { ko: '네임스페이스', en: 'namespace' },
    avoid: { ko: ['이름 공간', '이름공간'], en: [] },
  },
  sidecar: { word: { ko: '사이드카', en: 'sidecar' }, avoid: { ko: [], en: [] } },
  policy: { word: { ko: '정책', en: 'policy' }, avoid: { ko: ['폴리시'], en: [] } },
  serial: { word: { ko: '일련번호', en: 'serial number' }, avoid: { ko: ['시리얼'], en: [] } },
  keyPair: { word: { ko: '키 쌍', en: 'key pair' }, avoid: { ko: ['키쌍'], en: [] } },
  lesson: { word: { ko: '강의', en: 'lesson' }, avoid: { ko: ['레슨'], en: [] } },
  step: { word: { ko: '단계', en: 'step' }, avoid: { ko: ['스텝'], en: [] } },
} as const satisfies Record<string, Term>;

/**
 * Latin words Korean text may contain as they are: names of products and tools, Kubernetes
 * kinds and fields, X.509 and HTTP keywords, and the workloads and namespaces of the scenarios.
 * Identifier-shaped tokens (with digits or `.-/:_#<>`, camelCase, UPPERCASE acronyms) and
 * Title Case names of two words or more (`Subject Alternative Name`) need no entry.
 */
export const LATIN_IN_KOREAN: ReadonlySet<string> = new Set([
  // products and tools, and the subcommands the lessons quote
  'Istio',
  'istiod',
  'Kubernetes',
  'Envoy',
  'kubectl',
  'istioctl',
  'openssl',
  'apply',
  'secret',
  'verify',
  'json',
  'rollout',
  'restart',
  'Go',
  // Istio's name for the client's check of the server's identity
  'secure',
  'naming',
  // Kubernetes kinds, API and YAML fields
  'Pod',
  'Deployment',
  'Gateway',
  'Service',
  'waypoint',
  'name',
  'action',
  'namespaces',
  'values',
  'principal',
  'principals',
  'rules',
  'from',
  'to',
  'when',
  'selector',
  'audience',
  'aud',
  'default',
  // the Secret a plugged-in CA is loaded from
  'cacerts',
  // X.509, TLS and HTTP keywords as openssl and Envoy print them
  'Subject',
  'Issuer',
  'critical',
  'Bearer',
  'Host',
  // TLS 1.3 message names
  'Certificate',
  'Finished',
  // workloads and namespaces of the scenarios
  'order',
  'payment',
  'mallory',
  'reports',
  'legacy',
  'production',
  'staging',
]);

const IDENTIFIER_SHAPED = /[0-9._:/#<>=@-]|[a-z][A-Z]|^[A-Z][A-Z0-9]*$/;

/** The Latin words of a Korean text that are neither identifiers nor in `LATIN_IN_KOREAN`. */
export function strayLatin(ko: string): string[] {
  const plain = ko
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\b[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]*)+/g, ' ');
  const tokens = plain.match(/[^\s,;()[\]"'“”‘’…·→]+/g) ?? [];
  return tokens
    .map((token) => token.replace(/[.:!?]+$/, ''))
    .filter((token) => /[A-Za-z]/.test(token))
    .map((token) => token.replace(/[\uAC00-\uD7A3]+$/u, ''))
    .filter((token) => !IDENTIFIER_SHAPED.test(token) && !LATIN_IN_KOREAN.has(token));
}
