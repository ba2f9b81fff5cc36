import type { Dictionary } from '../text';

/** What lint says of an AuthorizationPolicy that is valid but cannot do what it means (src/sim/policy `LintCode`). */
export const lint = {
  'lint.principal-spiffe-prefix': {
    en: '{value} starts with spiffe://: Istio adds spiffe:// itself, so this principal never matches',
    ko: '{value}: spiffe://로 시작함. Istio가 spiffe://를 스스로 붙이므로 이 principal은 일치하는 일이 없음',
  },
  'lint.principal-matches-nothing': {
    en: 'the pattern {value} matches no ServiceAccount identity in the mesh',
    ko: '패턴 {value}에 맞는 ServiceAccount 신원이 메시에 없음',
  },
  'lint.principal-malformed': {
    en: '{value} is not of the form <trust domain>/ns/<namespace>/sa/<ServiceAccount>, so it matches no workload',
    ko: '{value}: <신뢰 도메인>/ns/<네임스페이스>/sa/<ServiceAccount> 형식이 아니어서 어떤 워크로드와도 맞지 않음',
  },
  'lint.principal-trust-domain': {
    en: '{value} names trust domain {trustDomain}, but this mesh’s trust domain is {mesh}',
    ko: '{value}: 신뢰 도메인 {trustDomain}. 이 메시의 신뢰 도메인은 {mesh}',
  },
  'lint.principal-namespace-missing': {
    en: '{value} matches no identity: namespace {namespace} does not exist (ServiceAccount {sa} exists in namespace {elsewhere})',
    ko: '{value}에 맞는 신원 없음: 네임스페이스 {namespace|이/가} 없음 (ServiceAccount {sa|은/는} 네임스페이스 {elsewhere}에 있음)',
  },
  'lint.principal-namespace-missing-nowhere': {
    en: '{value} matches no identity: namespace {namespace} does not exist (no ServiceAccount {sa} exists in any namespace)',
    ko: '{value}에 맞는 신원 없음: 네임스페이스 {namespace|이/가} 없음 (ServiceAccount {sa|은/는} 어느 네임스페이스에도 없음)',
  },
  'lint.principal-sa-wrong-namespace': {
    en: '{value} matches no identity: ServiceAccount {sa} exists in namespace {elsewhere}, not {namespace}',
    ko: '{value}에 맞는 신원 없음: ServiceAccount {sa|은/는} {namespace|이/가} 아니라 네임스페이스 {elsewhere}에 있음',
  },
  'lint.principal-sa-missing': {
    en: '{value} matches no identity: no ServiceAccount {sa} in namespace {namespace}',
    ko: '{value}에 맞는 신원 없음: 네임스페이스 {namespace}에 ServiceAccount {sa|이/가} 없음',
  },
  'lint.principal-shared-sa': {
    en: '{principal} is the identity of {n} different services ({apps}; pods {pods}): this rule admits all of them',
    ko: '{principal|은/는} 서로 다른 서비스 {n}개({apps}; Pod {pods})의 신원이라 이 규칙은 그 모두를 들여보냄',
  },
  'lint.namespace-missing': {
    en: 'namespace {value} does not exist',
    ko: '네임스페이스 {value|이/가} 없음',
  },
  'lint.namespace-pattern-missing': {
    en: 'the pattern {value} matches no namespace',
    ko: '패턴 {value}에 맞는 네임스페이스가 없음',
  },
  'lint.service-account-missing': {
    en: 'no ServiceAccount {sa} in namespace {namespace}',
    ko: '네임스페이스 {namespace}에 ServiceAccount {sa|이/가} 없음',
  },
  'lint.service-account-elsewhere': {
    en: 'no ServiceAccount {sa} in namespace {namespace}; it exists in namespace {elsewhere}',
    ko: '네임스페이스 {namespace}에 ServiceAccount {sa|이/가} 없음; 네임스페이스 {elsewhere}에 있음',
  },
  'lint.selector-matches-nothing': {
    en: 'selector {selector} matches no pod in namespace {namespace}, so this policy applies to nothing',
    ko: 'selector {selector}에 맞는 Pod가 네임스페이스 {namespace}에 없어 이 정책은 아무 데도 적용되지 않음',
  },
  'lint.selector-matches-nothing-mesh': {
    en: 'selector {selector} matches no pod in the mesh, so this policy applies to nothing',
    ko: 'selector {selector}에 맞는 Pod가 메시에 없어 이 정책은 아무 데도 적용되지 않음',
  },
  'lint.policy-namespace-missing': {
    en: 'namespace {namespace} does not exist, so this policy applies to nothing',
    ko: '네임스페이스 {namespace|이/가} 없어 이 정책은 아무 데도 적용되지 않음',
  },
  'lint.shared-default-service-account': {
    en: 'all {n} workloads run as ServiceAccount default, so within a namespace they share one identity and a principal rule cannot tell them apart',
    ko: '워크로드 {n}개가 모두 ServiceAccount default로 실행되어 네임스페이스 안에서 한 신원을 나눠 쓰므로 principal 규칙으로는 구별할 수 없음',
  },
  'lint.fix': { en: 'Write {fix}.', ko: '이렇게 쓰세요: {fix}' },
  'lint.hint.ownServiceAccount': {
    en: 'Give each service its own ServiceAccount (spec.serviceAccountName).',
    ko: '서비스마다 자기 ServiceAccount를 주세요 (spec.serviceAccountName).',
  },
  'lint.hint.ownServiceAccountNamed': {
    en: 'Give each service its own ServiceAccount (spec.serviceAccountName) and name that one in the policy.',
    ko: '서비스마다 자기 ServiceAccount를 주고 (spec.serviceAccountName) 정책에는 그 이름을 쓰세요.',
  },
  'lint.hint.labels': {
    en: 'Labels on pods in namespace {namespace}: {labels}.',
    ko: '네임스페이스 {namespace}의 Pod 레이블: {labels}.',
  },
  'lint.hint.labelsMesh': {
    en: 'Labels on pods in the mesh: {labels}.',
    ko: '메시의 Pod 레이블: {labels}.',
  },
} as const satisfies Dictionary;
