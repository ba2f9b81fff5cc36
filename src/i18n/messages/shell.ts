import type { Dictionary } from '../text';

export const shell = {
  'app.tagline': {
    en: 'How a service mesh gives every workload an identity',
    ko: '서비스 메시가 워크로드에 신원을 부여하는 과정',
  },
  'app.loading': {
    en: 'Starting the cluster…',
    ko: '클러스터를 시작하는 중…',
  },
  'app.engineError': {
    en: 'The simulation stopped: {message}',
    ko: '시뮬레이션이 멈췄습니다: {message}',
  },
  'top.scenario': {
    en: 'Scenario',
    ko: '시나리오',
  },
  'top.preset': {
    en: 'Defaults',
    ko: '기본값',
  },
  'top.preset.lesson': {
    en: 'Lesson',
    ko: '강의 기준',
  },
  'top.preset.istio': {
    en: 'Real Istio',
    ko: '실제 Istio',
  },
  'top.preset.note.lesson': {
    en: 'Lesson: 24h certificates renewed at 75% of their life, ECDSA P-256 keys.',
    ko: '강의 기준: 인증서 유효 기간 24시간, 수명의 75%에서 갱신, ECDSA P-256 키.',
  },
  'top.preset.note.istio': {
    en: 'Real Istio: 24h certificates renewed at 50% ± 1% of their life, RSA 2048 keys.',
    ko: '실제 Istio: 인증서 유효 기간 24시간, 수명의 50% ± 1%에서 갱신, RSA 2048 키.',
  },
  'top.language': {
    en: 'Language',
    ko: '언어',
  },
  'top.theme': {
    en: 'Theme',
    ko: '테마',
  },
  'top.theme.light': {
    en: 'Light',
    ko: '밝게',
  },
  'top.theme.dark': {
    en: 'Dark',
    ko: '어둡게',
  },
  'top.teaching': {
    en: 'Teaching mode (pause at each step)',
    ko: '수업 모드 (단계마다 멈춤)',
  },
  'top.help': {
    en: 'Help',
    ko: '도움말',
  },
  'top.reset': {
    en: 'Reset',
    ko: '초기화',
  },
  'top.reset.confirm': {
    en: 'Forget all changes and settings and start the lesson again?',
    ko: '모든 변경과 설정을 지우고 강의를 처음부터 다시 시작할까요?',
  },
  'help.title': {
    en: 'How to use svid-lab',
    ko: 'svid-lab 사용법',
  },
  'help.body': {
    en: 'Pick a pod to see its identity. Space plays or pauses time; the right arrow jumps to the next event. The tabs on the right explain issuance, certificates, handshakes, SPIFFE IDs and policies. Your changes stay in this browser until you press Reset.',
    ko: 'Pod를 선택하면 그 신원이 보입니다. 스페이스 키로 시간을 재생하거나 멈추고, 오른쪽 화살표로 다음 이벤트로 건너뜁니다. 오른쪽 탭에서 발급, 인증서, 핸드셰이크, SPIFFE ID, 정책을 살펴볼 수 있습니다. 변경한 내용은 초기화하기 전까지 이 브라우저에 남습니다.',
  },
  'help.close': {
    en: 'Close help',
    ko: '도움말 닫기',
  },
  'clock.play': {
    en: 'Play',
    ko: '재생',
  },
  'clock.pause': {
    en: 'Pause',
    ko: '일시 정지',
  },
  'clock.speed': {
    en: 'Speed',
    ko: '속도',
  },
  'clock.next': {
    en: 'Next event',
    ko: '다음 이벤트',
  },
  'clock.time': {
    en: 'Simulated time',
    ko: '시뮬레이션 시각',
  },
  'clock.effective': {
    en: 'effective {speed}',
    ko: '실제 속도 {speed}',
  },
  'clock.behind': {
    en: 'The machine cannot keep up: time runs at {speed}',
    ko: '컴퓨터가 따라가지 못해 시간이 {speed|으로/로} 흐릅니다',
  },
  'clock.paused': {
    en: 'paused',
    ko: '정지됨',
  },
  'clock.pausedOn': {
    en: 'Paused at a step: {what}',
    ko: '단계에서 멈춤: {what}',
  },
  'intro.invite': {
    en: 'Watch a pod get its identity',
    ko: 'Pod가 신원을 얻는 과정을 지켜보세요',
  },
  'intro.start': {
    en: 'Start a pod',
    ko: 'Pod 시작하기',
  },
  'intro.sub': {
    en: 'A new order replica starts; its sidecar asks istiod for a certificate in four steps.',
    ko: '새 order 복제본이 시작되고, 사이드카가 네 단계를 거쳐 istiod에 인증서를 요청합니다.',
  },
  'intro.dismiss': {
    en: 'Not now',
    ko: '나중에',
  },
  'hint.speed': {
    en: 'Speed up time to see renewal at {percent}%',
    ko: '시간을 빠르게 돌려 {percent}% 시점의 갱신을 확인하세요',
  },
  'hint.speed.action': {
    en: 'Play at {speed}',
    ko: '{speed|으로/로} 재생',
  },
  'hint.renewing': {
    en: 'Watch the gauge drain: at the {percent}% notch the sidecar fetches its next certificate.',
    ko: '게이지가 줄어드는 것을 지켜보세요. {percent}% 눈금에 이르면 사이드카가 다음 인증서를 받아 옵니다.',
  },
  'hint.call': {
    en: 'Now let order call payment: the handshake shows whose certificate is whose.',
    ko: '이제 order가 payment를 호출하게 해 보세요. 핸드셰이크에서 누구의 인증서인지 보입니다.',
  },
  'hint.call.action': {
    en: 'Call payment from order',
    ko: 'order에서 payment 호출',
  },
  'tab.pod': {
    en: 'Pod',
    ko: 'Pod',
  },
  'tab.issuance': {
    en: 'Issuance',
    ko: '발급',
  },
  'tab.inspector': {
    en: 'Certificate',
    ko: '인증서',
  },
  'tab.handshake': {
    en: 'Handshake',
    ko: '핸드셰이크',
  },
  'tab.explorer': {
    en: 'SPIFFE ID',
    ko: 'SPIFFE ID',
  },
  'tab.policy': {
    en: 'Policies',
    ko: '정책',
  },
  'tab.log': {
    en: 'Events',
    ko: '이벤트',
  },
  'tab.bridge': {
    en: 'Real cluster',
    ko: '실제 클러스터',
  },
  'panel.label': {
    en: 'Details',
    ko: '상세 정보',
  },
  'panel.close': {
    en: 'Close details',
    ko: '상세 정보 닫기',
  },
  'panel.open': {
    en: 'Open details',
    ko: '상세 정보 열기',
  },
  'help.version': {
    en: 'Modelled on Istio 1.31 (istio/istio and istio/api sources). Where the lesson simplifies (renewal at 75%, ECDSA keys, a 1 s to 5 min CSR retry where pilot-agent retries 5 times from 100 ms to 1.6 s), the app says so and "real Istio defaults" switches to Istio’s values.',
    ko: 'Istio 1.31(istio/istio, istio/api 소스)을 기준으로 만들었습니다. 강의가 단순화한 부분(75%에서 갱신, ECDSA 키, pilot-agent는 100밀리초부터 1.6초까지 5번 재시도하지만 여기서는 1초부터 5분까지 재시도)은 화면에 밝히며, "실제 Istio 기본값"을 고르면 Istio의 값으로 바뀝니다.',
  },
} as const satisfies Dictionary;
