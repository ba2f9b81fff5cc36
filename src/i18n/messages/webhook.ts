import type { Dictionary } from '../text';

/**
 * What the admission webhook says of a policy's field (src/sim/policy `FindingCode`), and what
 * svid-lab notes of fields it does not model. The English follows Istio's own messages.
 */
export const webhook = {
  'webhook.yamlSyntax': { en: 'YAML syntax: {message}', ko: 'YAML 문법 오류: {message}' },
  'webhook.unknownField': {
    en: 'unknown field: the fields here are {allowed}',
    ko: '알 수 없는 필드: 여기에 쓸 수 있는 필드는 {allowed}',
  },
  'webhook.expectedMapping': { en: 'expected a mapping', ko: '매핑이어야 함' },
  'webhook.expectedManifest': {
    en: 'expected a mapping (a Kubernetes manifest)',
    ko: '매핑(Kubernetes 매니페스트)이어야 함',
  },
  'webhook.invalidManifest': { en: 'invalid manifest', ko: '올바르지 않은 매니페스트' },
  'webhook.expectedStrings': { en: 'expected a list of strings', ko: '문자열 목록이어야 함' },
  'webhook.expectedStringsQuote': {
    en: 'expected a list of strings (quote numbers: "8080")',
    ko: '문자열 목록이어야 함 (숫자는 따옴표로 감싸기: "8080")',
  },
  'webhook.expectedString': {
    en: 'expected a string (quote numbers and booleans)',
    ko: '문자열이어야 함 (숫자와 참/거짓 값은 따옴표로 감싸기)',
  },
  'webhook.expectedOneOf': {
    en: 'expected one of {allowed}, got {got}',
    ko: '{allowed} 가운데 하나여야 하는데 {got}',
  },
  'webhook.expectedList': { en: 'expected a list', ko: '목록이어야 함' },
  'webhook.expectedRules': { en: 'expected a list of rules', ko: '규칙 목록이어야 함' },
  'webhook.expectedConditions': { en: 'expected a list of conditions', ko: '조건 목록이어야 함' },
  'webhook.expectedRefs': { en: 'expected a list of references', ko: '참조 목록이어야 함' },
  'webhook.emptyValue': { en: 'empty value not allowed', ko: '빈 값은 쓸 수 없음' },
  'webhook.empty': { en: 'must not be empty', ko: '비어 있으면 안 됨' },
  'webhook.nil': { en: 'must not be nil', ko: '값이 없으면 안 됨' },
  'webhook.apiVersion': { en: 'expected {expected}, got {got}', ko: '{expected}여야 하는데 {got}' },
  'webhook.kind': { en: 'expected {expected}, got {got}', ko: '{expected}여야 하는데 {got}' },
  'webhook.metadataRequired': {
    en: 'required (with at least a name)',
    ko: '필수 (적어도 name이 있어야 함)',
  },
  'webhook.nameRequired': { en: 'required: a non-empty string', ko: '필수: 비어 있지 않은 문자열' },
  'webhook.notDnsSubdomain': {
    en: '{name} is not a DNS-1123 subdomain',
    ko: '{name}: DNS-1123 서브도메인 이름이 아님',
  },
  'webhook.badNamespace': {
    en: '{namespace} is not a valid namespace name',
    ko: '{namespace}: 올바른 네임스페이스 이름이 아님',
  },
  'webhook.namespaceDefault': {
    en: 'not set: using "default", as kubectl does',
    ko: '지정하지 않음: kubectl처럼 "default"를 씀',
  },
  'webhook.dryRun': {
    en: 'dry-run is not modelled: svid-lab enforces this policy',
    ko: 'dry-run은 svid-lab에 없음: 이 정책은 실제로 적용됨',
  },
  'webhook.notUsed': { en: 'not used by svid-lab', ko: 'svid-lab은 쓰지 않음' },
  'webhook.status': {
    en: 'written by the control plane; not used',
    ko: '컨트롤 플레인이 쓰는 필드; 쓰지 않음',
  },
  'webhook.overLimit': {
    en: 'number of rules: {count} is over the limit of {limit}',
    ko: '규칙 수 {count}개가 한도 {limit}개를 넘음',
  },
  'webhook.selectorWildcard': {
    en: 'wildcard not allowed in a selector',
    ko: 'selector에는 와일드카드를 쓸 수 없음',
  },
  'webhook.targetRefBoth': {
    en: 'set targetRefs or targetRef, not both',
    ko: 'targetRefs와 targetRef 가운데 하나만 쓰기',
  },
  'webhook.targetRefsAndSelector': {
    en: 'only one of targetRefs or selector can be set',
    ko: 'targetRefs와 selector는 함께 쓸 수 없음',
  },
  'webhook.targetRefs': {
    en: 'attaches to a Gateway, Service or waypoint, which svid-lab does not model: the policy applies to no sidecar',
    ko: 'Gateway, Service, waypoint에 붙는 정책인데 svid-lab에는 이것들이 없음: 어느 사이드카에도 적용되지 않음',
  },
  'webhook.rootSelector': {
    en: 'a PeerAuthentication with a selector in the root namespace {root} is ignored by Istio',
    ko: '루트 네임스페이스 {root}에 있는 selector 달린 PeerAuthentication은 Istio가 무시함',
  },
  'webhook.providerNotCustom': {
    en: 'must not be set with a non-CUSTOM action, found {action}',
    ko: 'CUSTOM이 아닌 action과 함께 쓸 수 없음 (지금은 {action})',
  },
  'webhook.noRules': {
    en: '{action} action without rules is meaningless as it will never be triggered; add an empty rule {} to trigger it for every request',
    ko: '규칙 없는 {action} 정책은 결코 작동하지 않아 의미가 없음; 모든 요청에 작동하게 하려면 빈 규칙 {}을 넣기',
  },
  'webhook.providerNameEmpty': {
    en: 'must not be empty for a CUSTOM policy',
    ko: 'CUSTOM 정책에서는 비어 있으면 안 됨',
  },
  'webhook.customIdentity': {
    en: 'is currently not supported with CUSTOM action',
    ko: '지금은 CUSTOM action과 함께 쓸 수 없음',
  },
  'webhook.tooManyValues': {
    en: 'may not have more than 16 values',
    ko: '값은 16개까지만 쓸 수 있음',
  },
  'webhook.wildcard': { en: 'wildcard not allowed', ko: '와일드카드를 쓸 수 없음' },
  'webhook.tooLong': {
    en: 'value cannot exceed 320 characters',
    ko: '값은 320자를 넘을 수 없음',
  },
  'webhook.serviceAccountFormat': {
    en: 'expected format ‘serviceAccount’ or ‘namespace/serviceAccount’, found {found}',
    ko: '‘serviceAccount’나 ‘namespace/serviceAccount’ 형식이어야 하는데 {found}',
  },
  'webhook.serviceAccountsWithIdentity': {
    en: 'cannot set serviceAccounts with namespaces or principals',
    ko: 'serviceAccounts는 namespaces나 principals와 함께 쓸 수 없음',
  },
  'webhook.badIp': {
    en: 'bad IP address or CIDR range ({value})',
    ko: '잘못된 IP 주소나 CIDR 범위 ({value})',
  },
  'webhook.badPort': {
    en: 'bad port ({value}): expected 0-65535',
    ko: '잘못된 포트 ({value}): 0-65535여야 함',
  },
  'webhook.pathTemplate': {
    en: 'invalid path template {value}: only whole-segment {*} and {**} are supported',
    ko: '잘못된 경로 템플릿 {value}: 한 구간 전체를 차지하는 {*}와 {**}만 쓸 수 있음',
  },
  'webhook.pathTemplateLast': {
    en: 'invalid path template {value}: {**} must be the last operator',
    ko: '잘못된 경로 템플릿 {value}: {**}는 맨 마지막에만 올 수 있음',
  },
  'webhook.noJwt': {
    en: 'svid-lab models no JWT (RequestAuthentication): no request has a request principal',
    ko: 'svid-lab에는 JWT(RequestAuthentication)가 없음: 요청 주체가 있는 요청이 없음',
  },
  'webhook.badConditionIp': {
    en: 'invalid value for key {key}: bad IP address or CIDR range ({value})',
    ko: '키 {key}의 값이 올바르지 않음: 잘못된 IP 주소나 CIDR 범위 ({value})',
  },
  'webhook.badConditionPort': {
    en: 'invalid value for key {key}: bad port ({value})',
    ko: '키 {key}의 값이 올바르지 않음: 잘못된 포트 ({value})',
  },
  'webhook.badMapKey': {
    en: 'bad key ({key}): should have format a[b]',
    ko: '잘못된 키 ({key}): 이름[키] 형식이어야 함',
  },
  'webhook.replacedByNamespace': {
    en: 'attribute {key} is replaced by the metadata.namespace',
    ko: '속성 {key} 대신 metadata.namespace를 씀',
  },
  'webhook.deprecatedAttr': {
    en: 'deprecated attribute {key}: only supported in v1alpha1',
    ko: '폐기된 속성 {key}: v1alpha1에서만 쓸 수 있었음',
  },
  'webhook.replacedBySelector': {
    en: 'attribute {key} is replaced by the workload selector',
    ko: '속성 {key} 대신 워크로드 selector를 씀',
  },
  'webhook.unknownAttr': { en: 'unknown attribute: {key}', ko: '알 수 없는 속성: {key}' },
  'webhook.keyRequired': {
    en: 'required: a non-empty attribute name',
    ko: '필수: 비어 있지 않은 속성 이름',
  },
  'webhook.valuesRequired': {
    en: 'at least one of values or notValues must be set for key {key}',
    ko: '키 {key}에는 values나 notValues 가운데 적어도 하나가 있어야 함',
  },
  'webhook.ignoredJwtAttr': {
    en: '{key}: svid-lab models no JWT (RequestAuthentication): the attribute is always empty',
    ko: '{key}: svid-lab에는 JWT(RequestAuthentication)가 없어 이 속성은 늘 비어 있음',
  },
  'webhook.ignoredSni': {
    en: '{key}: SNI is not modelled: an ALLOW rule using it never matches, a DENY rule drops it',
    ko: '{key}: svid-lab에는 SNI가 없음: 이를 쓰는 ALLOW 규칙은 일치하지 않고 DENY 규칙은 이 조건을 뺌',
  },
  'webhook.ignoredEnvoy': {
    en: '{key}: Envoy filter metadata is not modelled: an ALLOW rule using it never matches, a DENY rule drops it',
    ko: '{key}: svid-lab에는 Envoy 필터 메타데이터가 없음: 이를 쓰는 ALLOW 규칙은 일치하지 않고 DENY 규칙은 이 조건을 뺌',
  },
  'webhook.ignoredInline': {
    en: '{key}: not modelled: an ALLOW rule using it never matches, a DENY rule drops it',
    ko: '{key}: svid-lab에 없는 속성: 이를 쓰는 ALLOW 규칙은 일치하지 않고 DENY 규칙은 이 조건을 뺌',
  },
  'webhook.portLevelNoSelector': {
    en: 'mesh/namespace peer authentication cannot have port level mTLS (it requires a selector)',
    ko: '메시나 네임스페이스 전체의 PeerAuthentication에는 포트별 mTLS를 쓸 수 없음 (selector가 있어야 함)',
  },
  'webhook.portLevelEmpty': {
    en: 'port level mTLS, if defined, must have at least one element',
    ko: '포트별 mTLS를 쓴다면 항목이 적어도 하나 있어야 함',
  },
  'webhook.portRange': { en: 'port must be in range 1..65535', ko: '포트는 1..65535 범위여야 함' },
} as const satisfies Dictionary;
