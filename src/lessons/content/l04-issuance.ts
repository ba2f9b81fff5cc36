import { lastOf } from '../observe';
import type { Lesson } from '../types';
import { choice, freePlay, pod, tx } from './common';

const ORDER = 'production/order-1';
const ORDER_ID = 'spiffe://cluster.local/ns/production/sa/order-sa';
const PAY_ID = 'spiffe://cluster.local/ns/production/sa/pay-sa';

/** Lesson 4: the four steps of issuance (SEED-NOTES §4). */
export const lesson04: Lesson = {
  id: '04',
  file: '04-issuance.yaml',
  title: tx('인증서 발급 과정: 네 단계', 'How istiod issues a certificate: four steps'),
  summary: tx(
    'Pod 시작, CSR 전송, 검증 및 발급, 인증서 수신. 개발자는 아무것도 하지 않습니다.',
    'Pod start, CSR sent, verify and issue, certificate received. The developer does nothing.',
  ),
  steps: [
    {
      id: 'pod-start',
      title: tx('1. Pod 시작', '1. Pod start'),
      text: tx(
        'order-1이 시작됩니다. Kubernetes가 ServiceAccount 토큰을 /var/run/secrets/tokens/istio-token에 마운트합니다(audience istio-ca). 옆에는 istio-proxy 사이드카가 주입되어 있습니다.',
        'order-1 starts. Kubernetes mounts a ServiceAccount token at /var/run/secrets/tokens/istio-token (audience istio-ca). Beside the app, the istio-proxy sidecar has been injected.',
      ),
      actions: [{ apply: pod('production', 'order-1', 'order', { sa: 'order-sa' }) }],
      issuance: { pod: ORDER, until: 'token.mounted' },
      highlight: { pod: ORDER, tab: 'issuance' },
    },
    {
      id: 'csr',
      title: tx('2. CSR 전송', '2. CSR sent'),
      text: tx(
        'istio-proxy가 메모리에서 키 쌍을 만들고 인증서 서명 요청(CSR)을 씁니다. CSR과 토큰을 istiod의 CreateCertificate로 보냅니다.',
        'istio-proxy makes a key pair in memory and writes a certificate signing request (CSR). It sends the CSR and the token to istiod’s CreateCertificate.',
      ),
      issuance: { pod: ORDER, until: 'csr.sent' },
      highlight: { pod: ORDER, tab: 'issuance' },
    },
    {
      id: 'verify',
      title: tx('3. 검증 및 발급', '3. Verify and issue'),
      text: tx(
        'istiod는 TokenReview로 Kubernetes API에 토큰을 검증받습니다. 네임스페이스와 ServiceAccount로 SPIFFE ID를 만들고, 그 ID를 SAN에 넣어 서명합니다.',
        'istiod asks the Kubernetes API to check the token (TokenReview). It builds the SPIFFE ID from namespace and ServiceAccount, puts it in the SAN and signs.',
      ),
      highlight: { pod: ORDER, tab: 'issuance' },
      issuance: { pod: ORDER, until: 'cert.issued' },
    },
    {
      id: 'received',
      title: tx('4. 인증서 수신', '4. Certificate received'),
      text: tx(
        '인증서는 디스크가 아닌 메모리에 보관됩니다(SDS의 default와 ROOTCA). 이제 mTLS가 가능하고, 수명의 75% 시점에 갱신이 예약됩니다.',
        'The certificate is kept in memory, never on disk (SDS secrets default and ROOTCA). mTLS is now possible, and renewal is scheduled at 75% of the lifetime.',
      ),
      realIstio: tx(
        '실제 Istio의 기본 갱신 시점은 수명의 50%(±1%)입니다.',
        'Real Istio renews at 50% of the lifetime (±1%) by default.',
      ),
      highlight: { pod: ORDER, tab: 'issuance' },
      issuance: { pod: ORDER, until: 'cert.installed' },
    },
    {
      id: 'predict-csr',
      title: tx('예측: 다른 이름을 요청하는 CSR', 'Predict: a CSR asking for another name'),
      text: tx(
        'order-1이 다시 요청합니다. 토큰은 자기 것(order-sa)이지만, CSR에는 pay-sa의 ID를 적었습니다.',
        'order-1 asks again. The token is its own (order-sa), but the CSR names pay-sa’s ID.',
      ),
      actions: [{ attack: { kind: 'csr-other-identity', from: ORDER, as: 'production/pay-sa' } }],
      highlight: { pod: ORDER, tab: 'log' },
      checkpoint: {
        id: 'csr-identity',
        question: tx(
          'istiod가 서명한 인증서의 ID는?',
          'Which ID does the certificate istiod signs carry?',
        ),
        answer: ORDER_ID,
        observe: (events) => {
          const a = lastOf(events, 'attack');
          return a?.result === 'issued' ? a.spiffeId : a?.result;
        },
        choices: [
          choice(
            PAY_ID,
            tx('pay-sa (CSR에 적힌 대로)', 'pay-sa (as the CSR says)'),
            tx(
              'istiod는 CSR의 SAN을 무시합니다. 서명만 확인합니다.',
              'istiod ignores the CSR’s SANs; it only checks the CSR’s signature.',
            ),
          ),
          choice(
            ORDER_ID,
            tx('order-sa (토큰이 증명한 대로)', 'order-sa (as the token proves)'),
            tx(
              '신원은 TokenReview가 확인한 호출자에게서 옵니다. 공격자는 자기 자신만 얻습니다.',
              'The identity comes from the caller TokenReview authenticated. An attacker only ever gets itself.',
            ),
          ),
          choice(
            'rejected',
            tx('거절된다', 'It is rejected'),
            tx(
              '토큰은 유효하므로 거절하지 않습니다. 대신 CSR의 요청을 무시하고 호출자의 ID로 발급합니다.',
              'The token is valid, so nothing is refused; istiod ignores what the CSR asks for and writes the caller’s ID.',
            ),
          ),
        ],
      },
    },
    {
      id: 'predict-outage',
      title: tx('예측: istiod가 없을 때', 'Predict: without istiod'),
      text: tx(
        'istiod를 내리고 order-2를 시작합니다. 1분을 기다립니다.',
        'We take istiod down and start order-2, then wait one minute.',
      ),
      actions: [
        { istiod: 'down' },
        { apply: pod('production', 'order-2', 'order', { sa: 'order-sa' }) },
        { wait: '1m' },
      ],
      highlight: { pod: 'production/order-2', tab: 'issuance' },
      checkpoint: {
        id: 'no-ca',
        question: tx('order-2는 인증서를 받을까요?', 'Does order-2 get a certificate?'),
        answer: 'retry',
        observe: (events) => {
          if (lastOf(events, 'cert.installed', 'production/order-2')) return 'issued';
          return lastOf(events, 'csr.retry', 'production/order-2') ? 'retry' : undefined;
        },
        choices: [
          choice(
            'issued',
            tx('받는다: Kubernetes가 대신 서명한다', 'Yes: Kubernetes signs instead'),
            tx(
              '워크로드 인증서에 서명하는 것은 istiod뿐입니다. Kubernetes는 토큰만 검증합니다.',
              'Only istiod signs workload certificates; Kubernetes only checks the token.',
            ),
          ),
          choice(
            'retry',
            tx('못 받는다: 3단계에서 멈추고 재시도한다', 'No: it stops at step 3 and retries'),
            tx(
              'istio-proxy는 간격을 늘려 가며 CSR을 다시 보냅니다. 그동안 mTLS를 할 수 없습니다.',
              'istio-proxy sends the CSR again with growing intervals; until then it cannot do mTLS.',
            ),
          ),
        ],
      },
    },
    {
      id: 'istiod-up',
      title: tx('istiod가 돌아오면', 'When istiod returns'),
      text: tx(
        'istiod를 다시 올립니다. 다음 재시도에서 order-2가 인증서를 받습니다. 모든 과정이 자동입니다.',
        'We bring istiod back. At its next retry order-2 receives its certificate. All of it is automatic.',
      ),
      actions: [{ istiod: 'up' }, { wait: '5m' }],
      highlight: { pod: 'production/order-2', tab: 'issuance' },
    },
    freePlay(
      'free',
      tx(
        'Deployment를 늘리거나 Pod를 만들고, 발급 탭에서 토큰, CSR, TokenReview, 인증서를 하나씩 열어 보세요.',
        'Scale a Deployment or create a pod, and open the token, CSR, TokenReview and certificate one by one in the issuance tab.',
      ),
    ),
  ],
};
