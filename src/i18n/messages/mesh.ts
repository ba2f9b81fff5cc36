import type { Dictionary } from '../text';

export const mesh = {
  'mesh.label': {
    en: 'The mesh: control plane and namespaces with their pods',
    ko: '메시: 컨트롤 플레인과 네임스페이스별 Pod',
  },
  'mesh.controlPlane': {
    en: 'Control plane',
    ko: '컨트롤 플레인',
  },
  'mesh.apiserver': {
    en: 'kube-apiserver',
    ko: 'kube-apiserver',
  },
  'mesh.apiserver.note': {
    en: 'signs ServiceAccount tokens, answers TokenReview',
    ko: 'ServiceAccount 토큰 서명, TokenReview 응답',
  },
  'mesh.istiod': {
    en: 'istiod (CA)',
    ko: 'istiod (인증 기관)',
  },
  'mesh.root': {
    en: 'root certificate',
    ko: '루트 인증서',
  },
  'mesh.offlineRoot': { en: 'offline root', ko: '오프라인 루트' },
  'mesh.intermediate': { en: 'intermediate', ko: '중간 CA' },
  'mesh.bundle': { en: 'root-cert.pem: {n} root(s)', ko: 'root-cert.pem: 루트 {n}개' },
  'mesh.proxyBundles': { en: 'ROOTCA held by each proxy', ko: '프록시마다 가진 ROOTCA' },
  'mesh.proxiesHolding': { en: '{held}: {n} proxies', ko: '{held}: 프록시 {n}개' },
  'mesh.up': {
    en: 'up',
    ko: '동작 중',
  },
  'mesh.down': {
    en: 'down',
    ko: '중단됨',
  },
  'mesh.namespace': {
    en: 'namespace {name}',
    ko: '네임스페이스 {name}',
  },
  'mesh.namespaceInCluster': {
    en: 'cluster {cluster} · namespace {name}',
    ko: '클러스터 {cluster} · 네임스페이스 {name}',
  },
  'mesh.istiods': { en: 'istiod ×{n} (CA)', ko: 'istiod ×{n} (인증 기관)' },
  'mesh.sidecar': {
    en: 'istio-proxy',
    ko: 'istio-proxy',
  },
  'mesh.app': {
    en: 'app',
    ko: '앱',
  },
  'mesh.podInCluster': {
    en: 'Pod {name} in cluster {cluster}, ServiceAccount {sa}, {state}',
    ko: 'Pod {name}(클러스터 {cluster}), ServiceAccount {sa}, {state}',
  },
  'mesh.pod': {
    en: 'Pod {name}, ServiceAccount {sa}, {state}',
    ko: 'Pod {name}, ServiceAccount {sa}, {state}',
  },
  'mesh.zoomIn': {
    en: 'Zoom in',
    ko: '확대',
  },
  'mesh.zoomOut': {
    en: 'Zoom out',
    ko: '축소',
  },
  'mesh.zoomReset': {
    en: 'Fit the mesh',
    ko: '메시 전체 보기',
  },
  'mesh.group.deployment': {
    en: 'Deployment {name} · {count} pods',
    ko: 'Deployment {name} · Pod {count}개',
  },
  'mesh.group.sa': {
    en: 'ServiceAccount {name} · {count} pods',
    ko: 'ServiceAccount {name} · Pod {count}개',
  },
  'mesh.group.toggle': {
    en: 'Show or hide the pods of {name} as cards',
    ko: '{name}의 Pod를 카드로 펼치거나 접기',
  },
  'mesh.legend': {
    en: 'Cells: certificate state; fill: life left',
    ko: '칸: 인증서 상태, 채움: 남은 수명',
  },
  'mesh.legend.ok': {
    en: 'fresh',
    ko: '유효',
  },
  'mesh.legend.renew': {
    en: 'past the renewal mark',
    ko: '갱신 시점 지남',
  },
  'mesh.legend.expired': {
    en: 'expired',
    ko: '만료됨',
  },
  'mesh.legend.none': {
    en: 'no certificate yet',
    ko: '인증서 아직 없음',
  },
  'mesh.istiodLoad': {
    en: '{count} CSRs in the last simulated hour',
    ko: '최근 시뮬레이션 1시간 동안 CSR {count}건',
  },
  'gauge.none': {
    en: 'no certificate',
    ko: '인증서 없음',
  },
  'gauge.fresh': {
    en: '{left} left',
    ko: '{left} 남음',
  },
  'gauge.renew': {
    en: 'renewal due · {left} left',
    ko: '갱신 시점 지남 · {left} 남음',
  },
  'gauge.expired': {
    en: 'expired',
    ko: '만료됨',
  },
  'gauge.retrying': {
    en: 'retrying · {left} left',
    ko: '재시도 중 · {left} 남음',
  },
  'stage.starting': {
    en: 'starting',
    ko: '시작 중',
  },
  'stage.token-mounted': {
    en: 'token mounted',
    ko: '토큰 마운트됨',
  },
  'stage.csr-sent': {
    en: 'CSR sent',
    ko: 'CSR 전송됨',
  },
  'stage.reviewed': {
    en: 'verified',
    ko: '검증됨',
  },
  'stage.ready': {
    en: 'certificate in memory',
    ko: '인증서가 메모리에 있음',
  },
  'stage.renewing': {
    en: 'renewing',
    ko: '갱신 중',
  },
  'stage.retrying': {
    en: 'istiod unreachable, retrying',
    ko: 'istiod에 연결할 수 없어 재시도 중',
  },
  'stage.expired': {
    en: 'certificate expired',
    ko: '인증서 만료',
  },
  'stage.stopped': {
    en: 'stopped',
    ko: '중지됨',
  },
  'timeline.label': {
    en: 'Timeline: certificates of each pod over time',
    ko: '타임라인: Pod별 인증서의 시간 흐름',
  },
  'timeline.now': {
    en: 'now',
    ko: '현재',
  },
  'timeline.root': { en: 'root CA', ko: '루트 CA' },
  'timeline.intermediate': { en: 'intermediate', ko: '중간 CA' },
  'rewind.scrubber': {
    en: 'Moment shown: drag or use the arrow keys to go back in time',
    ko: '보고 있는 시점: 끌거나 화살표 키로 시간을 되돌립니다',
  },
  'rewind.value': {
    en: '+{at} of +{head}',
    ko: '+{head} 중 +{at}',
  },
  'rewind.looking': {
    en: 'You are looking at +{at}. Play or change something to go on from here; the {count} later changes will be dropped.',
    ko: '지금 +{at} 시점을 보고 있습니다. 재생하거나 무언가를 바꾸면 여기서 이어지고, 그 뒤의 변경 {count}개는 버려집니다.',
  },
  'rewind.lookingQuiet': {
    en: 'You are looking at +{at}. Play to go on from here.',
    ko: '지금 +{at} 시점을 보고 있습니다. 재생하면 여기서 이어집니다.',
  },
  'rewind.latest': {
    en: 'Back to the latest moment',
    ko: '가장 최근 시점으로',
  },
  'rewind.discarded': {
    en: 'You went on from an earlier moment: {count} later changes were dropped.',
    ko: '이전 시점에서 이어 갔기 때문에 그 뒤의 변경 {count}개는 버려졌습니다.',
  },
  'rewind.undo': { en: 'Undo', ko: '되돌리기' },
  'rewind.keys': {
    en: 'Going back replays the session from its start. Keys and signatures are made anew, so they differ; names, IP addresses, UIDs, serial numbers, SPIFFE IDs, times and events are exactly the same.',
    ko: '되감으면 세션을 처음부터 다시 실행합니다. 키와 서명은 새로 만들어지므로 달라지고, 이름·IP 주소·UID·일련번호·SPIFFE ID·시각·이벤트는 그대로입니다.',
  },
  'rewind.lesson': {
    en: 'A lesson step is still running its actions. Wait for it to finish, then go back.',
    ko: '강의 단계가 아직 동작을 실행하고 있습니다. 끝난 뒤에 되감으세요.',
  },
  'rewind.clamped': {
    en: 'The session starts at 0: that is as far back as it goes.',
    ko: '세션은 0에서 시작합니다. 그보다 앞으로는 갈 수 없습니다.',
  },
  'rewind.dismiss': { en: 'Dismiss', ko: '닫기' },
  'timeline.zoom': { en: 'Time span shown', ko: '보이는 시간 범위' },
  'timeline.legend.cert': {
    en: 'certificate in use',
    ko: '사용 중인 인증서',
  },
  'timeline.legend.renew': {
    en: 'renewal mark',
    ko: '갱신 시점',
  },
  'timeline.legend.rotation': {
    en: 'renewal',
    ko: '갱신',
  },
  'timeline.legend.expired': {
    en: 'expired',
    ko: '만료',
  },
  'timeline.legend.outage': {
    en: 'istiod down',
    ko: 'istiod 중단',
  },
  'calls.edge': {
    en: 'Call {from} → {to}: {status}, {count} in all. Opens its handshake.',
    ko: '{from} → {to} 호출: {status}, 모두 {count}번. 누르면 핸드셰이크를 엽니다.',
  },
  'calls.offStage': {
    en: 'The call {from} → {to} has no pod on the stage to draw it between.',
    ko: '{from} → {to} 호출은 메시에 그릴 Pod가 없습니다.',
  },
  'spotlight.missing': {
    en: 'This step talks about {pod}, which is no longer in the mesh.',
    ko: '이 단계는 {pod}에 관한 것이지만 그 Pod는 이제 메시에 없습니다.',
  },
} as const satisfies Dictionary;
