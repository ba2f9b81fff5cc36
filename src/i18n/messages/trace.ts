import type { Dictionary } from '../text';

/** An AuthorizationPolicy trace line (src/sim/policy `TraceCode`): rules, policies and scope. */
export const trace = {
  'authz.field.absent': {
    en: '{field} cannot match: {absent}',
    ko: '{field}: 일치할 수 없음 ({absent})',
  },
  'authz.field.notIncluded': {
    en: '{field} {values} does not include {actual}',
    ko: '{field} {values}에 없는 값: {actual}',
  },
  'authz.field.contains': { en: '{field} contains {actual}', ko: '{field}에 있는 값: {actual}' },
  'authz.field.matches': {
    en: '{field} "{pattern}" matches {actual}',
    ko: '{field}의 "{pattern}" 패턴이 {actual}에 일치',
  },
  'authz.not.holds': { en: '{field} holds: {absent}', ko: '{field} 조건 충족: {absent}' },
  'authz.not.notIncluded': {
    en: '{field} {values} does not include {actual}',
    ko: '{field} {values}에 없는 값: {actual}',
  },
  'authz.not.matches': {
    en: '{field} "{pattern}" matches {actual}',
    ko: '{field}의 "{pattern}" 패턴이 {actual}에 일치',
  },
  'authz.absent.peer': { en: 'no principal (plaintext request)', ko: '주체 없음 (평문 요청)' },
  'authz.absent.namespace': {
    en: 'no namespace (plaintext request)',
    ko: '네임스페이스 없음 (평문 요청)',
  },
  'authz.absent.trustDomain': {
    en: 'no trust domain (plaintext request)',
    ko: '신뢰 도메인 없음 (평문 요청)',
  },
  'authz.absent.sourceIp': { en: 'no source IP', ko: '출발지 IP 없음' },
  'authz.absent.remoteIp': { en: 'no remote IP', ko: '원격 IP 없음' },
  'authz.absent.destinationIp': { en: 'no destination IP', ko: '목적지 IP 없음' },
  'authz.absent.requestPrincipal': {
    en: 'no request principal (svid-lab models no JWT authentication)',
    ko: '요청 주체 없음 (svid-lab에는 JWT 인증이 없음)',
  },
  'authz.absent.jwt': {
    en: 'no JWT on the request (svid-lab models no RequestAuthentication)',
    ko: '요청에 JWT 없음 (svid-lab에는 RequestAuthentication이 없음)',
  },
  'authz.absent.host': { en: 'no Host header', ko: 'Host 헤더 없음' },
  'authz.absent.method': { en: 'no method', ko: '메서드 없음' },
  'authz.absent.path': { en: 'no path', ko: '경로 없음' },
  'authz.absent.header': { en: 'no {header} header', ko: '{header} 헤더 없음' },
  'authz.absent.nothing': { en: 'no value', ko: '값 없음' },
  'authz.unevaluable': {
    en: '{key} is not modelled by svid-lab',
    ko: 'svid-lab이 다루지 않는 속성: {key}',
  },
  'authz.entry': { en: '{entry}: {miss}', ko: '{entry}: {miss}' },
  'authz.rule.unknownWhen': {
    en: 'when key {key} is not an Istio attribute, so Istio skips this rule',
    ko: 'when 키 {key}: Istio 속성이 아니므로 Istio가 이 규칙을 건너뜀',
  },
  'authz.rule.blind': { en: '{field} ({why})', ko: '{field} ({why})' },
  'authz.rule.cannotEvaluate': {
    en: 'cannot evaluate {what}: an ALLOW rule that needs it never matches',
    ko: '평가할 수 없음: {what}. 이것이 필요한 ALLOW 규칙은 일치하지 않음',
  },
  'authz.rule.ignored': {
    en: '{field} ignored ({why}; {action} drops it)',
    ko: '{field} 무시 ({why}; {action} 규칙은 이 조건을 뺌)',
  },
  'authz.rule.noConditions': {
    en: 'the rule has no conditions and matches every request',
    ko: '조건이 없는 규칙이라 모든 요청에 일치',
  },
  'authz.rule.matched': { en: 'rule {i} matched: {why}', ko: '규칙 {i} 일치: {why}' },
  'authz.rule.missed': { en: 'rule {i} did not match: {why}', ko: '규칙 {i} 불일치: {why}' },
  'authz.policy.noRules': {
    en: 'has no rules, so it matches no request',
    ko: '규칙이 없어 어떤 요청에도 일치하지 않음',
  },
  'authz.policy.alreadyAllowed': {
    en: 'not evaluated: already allowed by {by}',
    ko: '평가하지 않음: 이미 {by} 정책이 허용함',
  },
  'authz.policy.alreadyDenied': {
    en: 'not evaluated: already denied by {by}',
    ko: '평가하지 않음: 이미 {by} 정책이 거부함',
  },
  'authz.policy.customDenyAll': {
    en: 'CUSTOM policy {policy} names extension provider ‘{provider}’, which meshConfig.extensionProviders does not define (this mesh defines none): istiod puts a deny-all RBAC filter (default-deny-all-due-to-bad-CUSTOM-action) on the workload, whatever the rules',
    ko: 'CUSTOM 정책 {policy}의 확장 제공자 ‘{provider}’는 meshConfig.extensionProviders에 없음 (이 메시에는 하나도 없음): istiod는 규칙과 관계없이 워크로드에 모두 거부하는 RBAC 필터(default-deny-all-due-to-bad-CUSTOM-action)를 둠',
  },
  'authz.policy.audited': {
    en: 'request marked for audit; AUDIT never decides ({detail})',
    ko: '요청을 감사 대상으로 표시; AUDIT 정책은 결정하지 않음 ({detail})',
  },
  'authz.policy.notAudited': {
    en: 'not audited; AUDIT never decides ({detail})',
    ko: '감사 대상 아님; AUDIT 정책은 결정하지 않음 ({detail})',
  },
  'authz.scope.targetRefs': {
    en: 'uses targetRefs (Gateway/Service/waypoint attachment), which svid-lab does not model',
    ko: 'targetRefs(Gateway/Service/waypoint 연결)를 쓰는 정책: svid-lab에는 없는 기능',
  },
  'authz.scope.otherNamespace': {
    en: 'lives in namespace {ns}, not {workload}',
    ko: '네임스페이스 {ns}의 정책 (워크로드는 {workload})',
  },
  'authz.scope.noSelector': {
    en: 'no selector: applies to every workload, {where}',
    ko: 'selector 없음: {where}의 모든 워크로드에 적용',
  },
  'authz.scope.selectorMismatch': {
    en: 'selector {selector} does not match the workload’s labels ({labels})',
    ko: 'selector {selector}: 워크로드 레이블({labels})과 맞지 않음',
  },
  'authz.scope.selectorMatches': {
    en: 'selector {selector} matches, {where}',
    ko: 'selector {selector} 일치, {where}',
  },
  'authz.scope.meshWide': {
    en: 'mesh-wide (root namespace {root})',
    ko: '메시 전체 (루트 네임스페이스 {root})',
  },
  'authz.scope.namespace': { en: 'namespace {ns}', ko: '네임스페이스 {ns}' },
  'authz.scope.noLabels': { en: 'no labels', ko: '레이블 없음' },
} as const satisfies Dictionary;
