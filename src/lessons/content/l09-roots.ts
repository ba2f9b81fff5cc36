import { callResult, firstOf } from '../observe';
import type { Lesson } from '../types';
import { callChoices, choice, freePlay, pay, pod, tx } from './common';

const ORDER = 'production/order-1';
const PAYMENT = 'production/payment-1';

/** Lesson 9: a plugged-in intermediate, and replacing the root in the wrong and right order. */
export const lesson09: Lesson = {
  id: '09',
  file: '09-root-rotation.yaml',
  title: tx('루트가 바뀔 때', 'When the root changes'),
  summary: tx(
    '오프라인 루트가 서명한 중간 CA로 istiod가 인증서를 발급합니다. 새 루트를 배포하기 전에 쓰면 무엇이 깨지는지, 옛 루트는 언제 지울 수 있는지 봅니다.',
    'istiod signs with an intermediate from an offline root. See what breaks when a new root is used before it is distributed, and when the old root may go.',
  ),
  steps: [
    {
      id: 'plugged-in',
      title: tx('꽂아 넣은 CA', 'A plugged-in CA'),
      text: tx(
        '운영자는 루트 키를 오프라인에 두고, 루트가 서명한 중간 CA를 cacerts 시크릿으로 istiod에 넘깁니다. istiod는 중간 CA의 키로만 서명합니다.',
        'The operator keeps the root key offline and hands istiod an intermediate signed by the root, as the cacerts secret. istiod signs with the intermediate’s key only.',
      ),
      highlight: { pod: ORDER, tab: 'pod' },
    },
    {
      id: 'predict-chain',
      title: tx('예측: 체인의 길이', 'Predict: the length of the chain'),
      text: tx(
        '6시간 뒤 payment-1이 시작하고 인증서를 받습니다.',
        'Six hours later payment-1 starts and gets its certificate.',
      ),
      actions: [
        { wait: '6h' },
        { apply: pod('production', 'payment-1', 'payment', { sa: 'pay-sa' }) },
      ],
      highlight: { pod: PAYMENT, tab: 'pod' },
      checkpoint: {
        id: 'chain-length',
        question: tx(
          'payment-1의 SDS default에는 인증서가 몇 장 들어 있을까요?',
          'How many certificates does payment-1’s SDS default hold?',
        ),
        answer: '3',
        observe: (events) => {
          const issued = firstOf(events, 'cert.issued', PAYMENT);
          return issued ? String(issued.chainLength ?? 2) : undefined;
        },
        choices: [
          choice(
            '1',
            tx('1장: 리프만', 'One: the leaf alone'),
            tx(
              '상대는 리프에서 자기가 믿는 루트까지 경로를 만들어야 합니다. 중간 CA 없이는 닿지 않습니다.',
              'The peer must build a path from the leaf to a root it trusts; without the intermediate it cannot.',
            ),
          ),
          choice(
            '2',
            tx('2장: 리프와 루트', 'Two: leaf and root'),
            tx(
              '자체 서명 루트일 때의 모양입니다. 여기서는 리프를 서명한 것이 중간 CA입니다.',
              'That is the self-signed shape. Here the leaf is signed by the intermediate.',
            ),
          ),
          choice(
            '3',
            tx('3장: 리프, 중간 CA, 루트', 'Three: leaf, intermediate, root'),
            tx(
              'istiod는 리프 뒤에 cert-chain.pem(중간 CA와 루트)을 붙여 보냅니다. 루트는 따로 ROOTCA에도 들어갑니다.',
              'istiod sends the leaf followed by cert-chain.pem (intermediate and root); the root also goes to ROOTCA.',
            ),
          ),
        ],
      },
    },
    {
      id: 'calls-work',
      title: tx('호출은 그대로', 'Calls work as before'),
      text: tx(
        '두 프록시 모두 ROOTCA에 root-1을 가지고 있어 서로의 체인을 검증합니다.',
        'Both proxies hold root-1 in ROOTCA and validate each other’s chains.',
      ),
      actions: [pay(ORDER)],
      highlight: { tab: 'handshake' },
    },
    {
      id: 'predict-early-switch',
      title: tx('예측: 너무 이른 교체', 'Predict: switching too early'),
      text: tx(
        '30시, root-2를 배포하지 않은 채 istiod를 root-2 아래 중간 CA로 바꿉니다. 36시에 order-1이 먼저 갱신합니다. 36시 30분에 호출합니다.',
        'At hour 30 istiod is switched to an intermediate under root-2, which was never distributed. order-1 renews first, at hour 36. A call at 36:30.',
      ),
      actions: [{ wait: '24h' }, { ca: { useRoot: 'root-2' } }, { wait: '6h30m' }, pay(ORDER)],
      highlight: { tab: 'handshake' },
      checkpoint: {
        id: 'early-switch',
        question: tx('결과는?', 'The result?'),
        answer: 'failed',
        observe: callResult,
        choices: callChoices({
          allowed: tx(
            'payment-1의 ROOTCA에는 아직 root-1만 있습니다. root-2 체인을 믿을 근거가 없습니다.',
            'payment-1’s ROOTCA still holds root-1 only: nothing vouches for a root-2 chain.',
          ),
          denied: tx(
            '정책 이전에 핸드셰이크가 끊깁니다.',
            'The handshake breaks off before any policy is consulted.',
          ),
          failed: tx(
            '서로가 모르는 루트의 체인을 받아 unknown_ca로 끊습니다. payment-1이 갱신할 때까지 계속됩니다.',
            'Each side receives a chain to a root it does not know: unknown_ca, until payment-1 renews.',
          ),
        }),
      },
    },
    {
      id: 'recovery',
      title: tx('번들이 따라잡으면', 'Once the bundles catch up'),
      text: tx(
        '42시에 payment-1도 갱신해 root-2를 받습니다. 실제 메시에서는 이 몇 시간 동안의 장애가 곧 사고입니다.',
        'At hour 42 payment-1 renews and gets root-2 too. In a real mesh, these hours of failures are the outage.',
      ),
      actions: [{ wait: '6h' }, pay(ORDER)],
      highlight: { tab: 'log' },
    },
    {
      id: 'safe-order',
      title: tx('안전한 순서', 'The safe order'),
      text: tx(
        'root-3을 root-cert.pem에 먼저 더하고 모든 프록시가 갱신할 때까지 기다립니다. 그다음 root-3 아래 중간 CA로 바꾸고, 모든 리프가 새로 발급될 때까지 다시 기다립니다.',
        'Add root-3 to root-cert.pem first and wait until every proxy has renewed. Then switch to an intermediate under root-3 and wait again until every leaf is reissued.',
      ),
      realIstio: tx(
        '여기서는 프록시가 갱신할 때 ROOTCA가 바뀝니다. 실제 Istio는 istio-ca-root-cert ConfigMap으로도 루트를 배포합니다.',
        'Here a proxy’s ROOTCA changes when it renews. Real Istio also distributes roots through the istio-ca-root-cert ConfigMap.',
      ),
      actions: [
        { ca: { addRoot: 'root-3' } },
        { wait: '24h' },
        { ca: { useRoot: 'root-3' } },
        { wait: '24h' },
      ],
      highlight: { tab: 'log' },
    },
    {
      id: 'predict-remove',
      title: tx('예측: 옛 루트 지우기', 'Predict: removing the old root'),
      text: tx(
        '모든 리프가 root-3에 이어집니다. root-2를 지우고 한 시간 뒤 호출합니다.',
        'Every leaf now chains to root-3. root-2 is removed; a call an hour later.',
      ),
      actions: [{ ca: { removeRoot: 'root-2' } }, { wait: '1h' }, pay(ORDER)],
      highlight: { tab: 'handshake' },
      checkpoint: {
        id: 'remove-old',
        question: tx('결과는?', 'The result?'),
        answer: 'allowed',
        observe: callResult,
        choices: callChoices({
          allowed: tx(
            'root-2에 이어진 리프가 하나도 남지 않았을 때라야 root-2를 지워도 됩니다.',
            'root-2 may go only once no leaf chains to it any more.',
          ),
          denied: tx('정책은 없습니다.', 'There is no policy.'),
          failed: tx(
            '스위치 직후에 지웠다면 그랬을 것입니다. 지금은 모든 리프가 root-3 아래에 있습니다.',
            'It would, had root-2 gone right after the switch. Now every leaf is under root-3.',
          ),
        }),
      },
    },
    freePlay(
      'free',
      tx(
        '순서를 바꿔 보세요: root-3으로 바꾼 직후 root-2를 지우면 어떤 호출이 실패할까요?',
        'Change the order: remove root-2 right after switching to root-3. Which calls fail?',
      ),
    ),
  ],
};
