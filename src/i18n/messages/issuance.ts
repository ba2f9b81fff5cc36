import type { Dictionary } from '../text';

export const issuance = {
  'issuance.none': {
    en: 'Start a pod to follow its issuance step by step.',
    ko: 'Pod를 시작하면 발급 과정을 단계별로 따라갈 수 있습니다.',
  },
  'issuance.stepOf': {
    en: 'Step {n} of 4',
    ko: '4단계 중 {n}단계',
  },
  'issuance.next': {
    en: 'Next step',
    ko: '다음 단계',
  },
  'issuance.back': {
    en: 'Previous step',
    ko: '이전 단계',
  },
  'issuance.auto': {
    en: 'Play the steps',
    ko: '단계 재생',
  },
  'issuance.stop': {
    en: 'Hold this step',
    ko: '이 단계에서 멈춤',
  },
  'issuance.done': {
    en: 'Close walk-through',
    ko: '따라가기 닫기',
  },
  'issuance.waiting': {
    en: 'Waiting for this step…',
    ko: '이 단계를 기다리는 중…',
  },
  'step.0.title': {
    en: 'Pod start',
    ko: 'Pod 시작',
  },
  'step.0.text': {
    en: 'Kubernetes starts the pod and mounts a projected ServiceAccount token into it. The token is the start of the proof: "I run as {sa} in {ns}". The istio-proxy sidecar is injected beside the app; it will do all the rest.',
    ko: 'Kubernetes가 Pod를 시작하고 프로젝티드 ServiceAccount 토큰을 마운트합니다. 이 토큰이 "나는 {ns}의 {sa|으로/로} 실행된다"는 증명의 출발점입니다. 앱 옆에 istio-proxy 사이드카가 주입되어 나머지를 모두 처리합니다.',
  },
  'step.1.title': {
    en: 'CSR sent',
    ko: 'CSR 전송',
  },
  'step.1.text': {
    en: 'istio-proxy makes a new key pair that never leaves the pod and a CSR for its public key. It calls istiod’s CreateCertificate with the CSR and, as Bearer credential, the token.',
    ko: 'istio-proxy는 Pod 밖으로 나가지 않는 새 키 쌍과, 그 공개 키에 대한 인증서 서명 요청(CSR)을 만듭니다. 그리고 CSR과 함께 토큰을 Bearer 자격 증명으로 실어 istiod의 CreateCertificate를 호출합니다.',
  },
  'step.2.title': {
    en: 'Verify and issue',
    ko: '검증 및 발급',
  },
  'step.2.text': {
    en: 'istiod asks the kube-apiserver whether the token is genuine (TokenReview, audience istio-ca). From the namespace and ServiceAccount it builds the SPIFFE ID, then signs an X.509 certificate with that ID in the SAN.',
    ko: 'istiod는 kube-apiserver에 토큰이 진짜인지 묻습니다(TokenReview, audience istio-ca). 네임스페이스와 ServiceAccount로 SPIFFE ID를 만들고, 그 ID를 SAN에 담은 X.509 인증서에 서명합니다.',
  },
  'step.3.title': {
    en: 'Certificate received',
    ko: '인증서 수신',
  },
  'step.3.text': {
    en: 'The certificate chain arrives. The proxy keeps it in memory only, as the SDS secrets default and ROOTCA; nothing is written to disk. mTLS can start, and renewal is already scheduled.',
    ko: '인증서 체인이 도착합니다. 프록시는 이를 SDS 시크릿 default와 ROOTCA로 메모리에만 보관하고 디스크에는 쓰지 않습니다. 이제 mTLS를 할 수 있고, 갱신도 이미 예약되어 있습니다.',
  },
  'step.real.2': {
    en: 'In real Istio the SANs in the CSR are ignored: the identity comes only from the authenticated caller.',
    ko: '실제 Istio는 CSR에 적힌 SAN을 무시합니다. 신원은 인증된 호출자에게서만 나옵니다.',
  },
  'step.real.3': {
    en: 'In real Istio renewal comes at 50% of the lifetime (± 1%), not 75%.',
    ko: '실제 Istio는 75%가 아니라 수명의 50%(± 1%)에서 갱신합니다.',
  },
  'art.token': {
    en: 'Projected token',
    ko: '프로젝티드 토큰',
  },
  'art.mount': {
    en: 'Mounted at',
    ko: '마운트 경로',
  },
  'art.audience': {
    en: 'Audience',
    ko: '대상(aud)',
  },
  'art.header': {
    en: 'JWT header',
    ko: 'JWT 헤더',
  },
  'art.claims': {
    en: 'JWT claims',
    ko: 'JWT 클레임',
  },
  'art.signature': {
    en: 'signature (ES256 here, by the kube-apiserver; real clusters usually sign with an RSA key, RS256)',
    ko: '서명 (여기서는 kube-apiserver가 ES256으로 서명, 실제 클러스터는 대개 RSA 키로 RS256)',
  },
  'art.csr': {
    en: 'CSR (PKCS#10)',
    ko: 'CSR (PKCS#10)',
  },
  'art.request': {
    en: 'CreateCertificate request',
    ko: 'CreateCertificate 요청',
  },
  'art.review': {
    en: 'TokenReview',
    ko: 'TokenReview',
  },
  'art.reviewRequest': {
    en: 'request',
    ko: '요청',
  },
  'art.reviewStatus': {
    en: 'status',
    ko: '상태',
  },
  'art.assemble': {
    en: 'SPIFFE ID assembled',
    ko: 'SPIFFE ID 조립',
  },
  'art.cert': {
    en: 'Signed certificate',
    ko: '서명된 인증서',
  },
  'art.sds': {
    en: 'SDS secrets in memory',
    ko: '메모리에 있는 SDS 시크릿',
  },
  'art.renewal': {
    en: 'Renewal scheduled for {time} ({percent}% of the lifetime)',
    ko: '갱신 예정: {time} (수명의 {percent}%)',
  },
  'art.error': {
    en: 'istiod answered: {error}',
    ko: 'istiod 응답: {error}',
  },
  'art.fromReview': {
    en: 'TokenReview status.user.username',
    ko: 'TokenReview status.user.username',
  },
  'art.reviewCredit': {
    en: 'istiod writes the namespace and ServiceAccount the TokenReview answer names (system:serviceaccount:<ns>:<sa>), not the claims inside the JWT, and ignores the SANs the CSR asks for.',
    ko: 'istiod는 JWT 안의 클레임이 아니라 TokenReview 응답이 알려 준 네임스페이스와 ServiceAccount(system:serviceaccount:<ns>:<sa>)를 씁니다. CSR이 요청한 SAN은 무시합니다.',
  },
} as const satisfies Dictionary;
