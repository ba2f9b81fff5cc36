import { attackResult } from '../observe';
import type { Choice, Lesson, Text } from '../types';
import { choice, freePlay, pay, tx } from './common';

const MALLORY = 'production/mallory-1';
const PAYMENT = 'production/payment-1';

function connectionChoices(explain: { allowed: Text; denied: Text; failed: Text }): Choice[] {
  return [
    choice('allowed', tx('통과한다', 'It gets in'), explain.allowed),
    choice('denied', tx('연결은 되지만 403', 'Connected, then 403'), explain.denied),
    choice('failed', tx('연결이 안 된다', 'No connection'), explain.failed),
  ];
}

/** Lesson 8: the attack lab. */
export const lesson08: Lesson = {
  id: '08',
  file: '08-attack-lab.yaml',
  title: tx('공격 실습', 'Attack lab'),
  summary: tx(
    '위조, 다른 도메인, 만료, 탈취, 재사용된 자격 증명과 평문. 모두 실제 키와 실제 검증으로.',
    'Forged, foreign, expired, stolen and replayed credentials, and plaintext: all with real keys and real checks.',
  ),
  steps: [
    {
      id: 'setup',
      title: tx('방어선', 'The defences'),
      text: tx(
        'payment는 STRICT mTLS(메시 전체)와 order-sa만 허용하는 정책 뒤에 있습니다. 공격자 mallory-1은 mallory-sa로 실행되는 평범한 Pod입니다.',
        'payment sits behind STRICT mTLS (mesh-wide) and a policy that admits only order-sa. The attacker, mallory-1, is an ordinary pod running as mallory-sa.',
      ),
      highlight: { tab: 'policy' },
    },
    {
      id: 'predict-forged',
      title: tx('예측: 위조 인증서', 'Predict: a forged certificate'),
      text: tx(
        'mallory가 스스로 서명한 인증서를 만듭니다. SAN에는 order-sa의 ID를, 발급자 이름도 istiod와 똑같이 O=cluster.local로 적었습니다.',
        "mallory makes a self-signed certificate with order-sa's ID in its SAN, and even the same issuer name as istiod's root, O=cluster.local.",
      ),
      actions: [
        { attack: { kind: 'forged-cert', from: MALLORY, to: PAYMENT, as: 'production/order-sa' } },
      ],
      highlight: { pod: MALLORY, tab: 'log' },
      checkpoint: {
        id: 'forged',
        question: tx(
          'payment는 이 연결을 어떻게 할까요?',
          'What does payment do with this connection?',
        ),
        answer: 'failed',
        observe: attackResult,
        choices: connectionChoices({
          allowed: tx(
            '이름은 흉내 낼 수 있어도 서명은 흉내 낼 수 없습니다. istiod의 루트 키로 검증되지 않습니다.',
            "A name can be copied, a signature cannot: it does not verify with istiod's root key.",
          ),
          denied: tx(
            '정책까지 가지도 못합니다. 인증서 검증이 먼저 실패합니다.',
            'It never reaches the policy; certificate validation fails first.',
          ),
          failed: tx(
            '서명이 루트로 검증되지 않아 핸드셰이크가 unknown_ca로 끊깁니다.',
            'The signature does not verify against the root, and the handshake ends with unknown_ca.',
          ),
        }),
      },
    },
    {
      id: 'foreign',
      title: tx('다른 신뢰 도메인', 'Another trust domain'),
      text: tx(
        '이번에는 다른 루트가 진짜로 서명한 SVID입니다. 하지만 신뢰 도메인이 evil.example이라 cluster.local의 번들로 검증되지 않습니다.',
        'This time a genuine SVID, signed by another root, but for trust domain evil.example; the cluster.local bundle does not vouch for it.',
      ),
      actions: [{ attack: { kind: 'foreign-trust-domain', from: MALLORY, to: PAYMENT } }],
      highlight: { tab: 'log' },
    },
    {
      id: 'expired',
      title: tx('만료된 인증서', 'An expired certificate'),
      text: tx(
        'order-1의 진짜 인증서를 notAfter 뒤에 보여 줍니다. 유효 기간이 지났으므로 거절됩니다.',
        "order-1's genuine certificate, shown after its notAfter. Its validity period is over, so it is refused.",
      ),
      actions: [{ attack: { kind: 'expired-cert', from: 'production/order-1', to: PAYMENT } }],
      highlight: { tab: 'log' },
    },
    {
      id: 'plaintext',
      title: tx('평문', 'Plaintext'),
      text: tx(
        'TLS 없이 연결합니다. STRICT 모드는 평문을 받지 않습니다. PERMISSIVE 였다면 연결은 되지만 principal이 없으므로, order-sa만 허용하는 ALLOW 정책이 403으로 거부했을 것입니다.',
        'A connection without TLS. STRICT accepts no plaintext. Under PERMISSIVE it would connect, carrying no principal, and the order-sa-only ALLOW policy would then answer 403.',
      ),
      actions: [{ attack: { kind: 'plaintext', from: MALLORY, to: PAYMENT } }],
      highlight: { tab: 'log' },
    },
    {
      id: 'predict-stolen',
      title: tx('예측: 탈취한 토큰', 'Predict: a stolen token'),
      text: tx(
        'mallory가 살아 있는 order-2의 ServiceAccount 토큰을 손에 넣어, 그 토큰과 자기 CSR을 istiod에 보냅니다.',
        'mallory gets hold of the ServiceAccount token of order-2, which is running, and sends it to istiod with its own CSR.',
      ),
      actions: [{ attack: { kind: 'stolen-token', from: MALLORY, victim: 'production/order-2' } }],
      highlight: { tab: 'log' },
      checkpoint: {
        id: 'stolen',
        question: tx('istiod의 응답은?', "istiod's answer?"),
        answer: 'issued',
        observe: attackResult,
        choices: [
          choice(
            'issued',
            tx('order-sa 인증서를 발급한다', 'It issues an order-sa certificate'),
            tx(
              '토큰은 가진 사람이 쓸 수 있는 Bearer 자격 증명입니다. 그래서 토큰은 Pod 안에 두고, 수명이 짧습니다.',
              'A token is a bearer credential: whoever holds it can use it. That is why it stays in the pod and lives briefly.',
            ),
          ),
          choice(
            'rejected',
            tx('거절한다', 'It refuses'),
            tx(
              'TokenReview는 토큰이 유효한지만 봅니다. Pod가 살아 있는 동안 토큰은 유효합니다.',
              'TokenReview checks that the token is valid, and it is, while its pod lives.',
            ),
          ),
        ],
      },
    },
    {
      id: 'predict-replayed',
      title: tx('예측: 삭제된 Pod의 토큰', "Predict: a deleted pod's token"),
      text: tx(
        'order-2를 삭제합니다. mallory가 같은 토큰을 다시 씁니다.',
        'We delete order-2. mallory replays the same token.',
      ),
      actions: [
        { delete: { kind: 'Pod', namespace: 'production', name: 'order-2' } },
        { attack: { kind: 'replayed-token', from: MALLORY, victim: 'production/order-2' } },
      ],
      highlight: { tab: 'log' },
      checkpoint: {
        id: 'replayed',
        question: tx('istiod의 응답은?', "istiod's answer?"),
        answer: 'rejected',
        observe: attackResult,
        choices: [
          choice(
            'issued',
            tx('아직 만료 전이니 발급한다', 'It has not expired, so it issues'),
            tx(
              '토큰은 Pod에 묶여 있습니다. Pod가 사라지면 만료 전이라도 TokenReview가 거절합니다.',
              'The token is bound to its pod: once the pod is gone TokenReview refuses it, expired or not.',
            ),
          ),
          choice(
            'rejected',
            tx('거절한다', 'It refuses'),
            tx(
              '바운드 토큰은 Pod가 없으면 쓸 수 없습니다.',
              'A bound token is useless once its pod is gone.',
            ),
          ),
        ],
      },
    },
    {
      id: 'order-fine',
      title: tx('order는 여전히 통과', 'order still gets in'),
      text: tx(
        '이 모든 공격 뒤에도 order-1의 정상 호출은 통과합니다.',
        "After all of it, order-1's ordinary call still goes through.",
      ),
      actions: [pay('production/order-1')],
      highlight: { pod: 'production/order-1', tab: 'handshake' },
    },
    freePlay(
      'free',
      tx(
        '정책 탭에서 PeerAuthentication을 PERMISSIVE로 바꾸고 접근 행렬을 보세요. 인증서가 없는 클라이언트에게 무엇이 열리는지 생각해 보세요.',
        'In the Policy tab, switch the PeerAuthentication to PERMISSIVE and watch the access matrix: what opens up for a client without a certificate?',
      ),
    ),
  ],
};
