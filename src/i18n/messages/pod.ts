import type { Dictionary } from '../text';

export const pod = {
  'pod.none': {
    en: 'Select a pod in the mesh to see its identity.',
    ko: '메시에서 Pod를 선택하면 그 신원이 보입니다.',
  },
  'pod.ip': {
    en: 'IP address',
    ko: 'IP 주소',
  },
  'pod.ipNote': {
    en: 'Changes when the pod is replaced (rollout, delete): not an identity.',
    ko: 'Pod가 교체되면(rollout, 삭제) 바뀝니다. 신원이 될 수 없습니다.',
  },
  'pod.sa': {
    en: 'ServiceAccount',
    ko: 'ServiceAccount',
  },
  'pod.node': {
    en: 'Node',
    ko: '노드',
  },
  'pod.cluster': { en: 'Cluster', ko: '클러스터' },
  'pod.clusterNote': {
    en: 'its istiod signed this certificate, in its trust domain',
    ko: '이 클러스터의 istiod가 자기 신뢰 도메인으로 서명했습니다',
  },
  'pod.spiffe': {
    en: 'SPIFFE ID',
    ko: 'SPIFFE ID',
  },
  'pod.same': {
    en: 'Same ServiceAccount, same ID: {pods}',
    ko: '같은 ServiceAccount, 같은 ID: {pods}',
  },
  'pod.renewAt': {
    en: 'Renewal at',
    ko: '갱신 예정',
  },
  'pod.notAfter': {
    en: 'Expires',
    ko: '만료',
  },
  'pod.rotations': {
    en: 'Renewals',
    ko: '갱신 횟수',
  },
  'pod.restart': {
    en: 'Restart istio-proxy container',
    ko: 'istio-proxy 컨테이너 재시작',
  },
  'pod.delete': {
    en: 'Delete pod',
    ko: 'Pod 삭제',
  },
  'pod.scale': {
    en: 'Replicas of {name}',
    ko: '{name}의 복제본 수',
  },
  'pod.scaleApply': {
    en: 'Scale',
    ko: '조정',
  },
  'ops.title': {
    en: 'Change the cluster',
    ko: '클러스터 변경',
  },
  'ops.yaml': {
    en: 'Manifests to apply (YAML, like kubectl apply)',
    ko: '적용할 매니페스트 (YAML, kubectl apply처럼)',
  },
  'ops.apply': {
    en: 'Apply',
    ko: '적용',
  },
  'ops.applied': {
    en: 'Applied: {notes}',
    ko: '적용됨: {notes}',
  },
  'ops.error': {
    en: 'Not applied: {message}',
    ko: '적용되지 않음: {message}',
  },
  'ops.form': {
    en: 'Create a pod',
    ko: 'Pod 만들기',
  },
  'ops.form.cluster': { en: 'Cluster', ko: '클러스터' },
  'ops.form.badName': {
    en: "'{name}': use lowercase letters, digits and '-', starting and ending with a letter or digit",
    ko: "'{name}': 영문 소문자, 숫자, '-'만 쓰고 글자나 숫자로 시작하고 끝나야 합니다",
  },
  'ops.form.name': {
    en: 'Pod name',
    ko: 'Pod 이름',
  },
  'ops.form.namespace': {
    en: 'Namespace',
    ko: '네임스페이스',
  },
  'ops.form.sa': {
    en: 'ServiceAccount',
    ko: 'ServiceAccount',
  },
  'ops.form.create': {
    en: 'Create pod',
    ko: 'Pod 만들기',
  },
  'ops.istiodDown': {
    en: 'Take istiod down',
    ko: 'istiod 중단',
  },
  'ops.istiodUp': {
    en: 'Bring istiod up',
    ko: 'istiod 재가동',
  },
  'pod.scaleRefused': {
    en: 'Not scaled: {message}',
    ko: '조정하지 않았습니다: {message}',
  },
  'pod.restartNote': {
    en: 'A container restart: same pod, name, UID and IP; the sidecar makes a new key and gets a new certificate.',
    ko: '컨테이너 재시작입니다. Pod, 이름, UID, IP는 그대로이고 사이드카는 새 키를 만들어 새 인증서를 받습니다.',
  },
  'pod.rollout': {
    en: 'kubectl rollout restart deployment/{name}',
    ko: 'kubectl rollout restart deployment/{name}',
  },
  'pod.rolloutNote': {
    en: 'New pods replace the old ones: new name, new UID and, usually, a new IP. The SPIFFE ID stays, because the ServiceAccount does.',
    ko: '새 Pod가 기존 Pod를 대신합니다. 이름과 UID가 새로 생기고 IP도 대개 바뀝니다. ServiceAccount가 같으므로 SPIFFE ID는 그대로입니다.',
  },
  'pod.renewal': {
    en: 'Renewal',
    ko: '갱신',
  },
  'pod.retrying': {
    en: 'istiod unreachable · attempt {attempt} · next retry {time}',
    ko: 'istiod 연결 불가 · {attempt}번째 시도 · 다음 재시도 {time}',
  },
  'pod.expiredNow': {
    en: 'expired: calls to and from this pod fail',
    ko: '만료됨: 이 Pod와 주고받는 호출은 실패합니다',
  },
} as const satisfies Dictionary;
