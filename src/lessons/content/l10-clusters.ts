import { callPeer, callResult } from '../observe';
import type { Lesson } from '../types';
import { callChoices, choice, freePlay, pay, tx } from './common';

const ORDER = 'production/order-1';
const PAYMENT = 'production/payment-1';

/** Lesson 10: two clusters with their own istiod, trust domain and root. */
export const lesson10: Lesson = {
  id: '10',
  file: '10-two-clusters.yaml',
  title: tx('클러스터가 둘일 때', 'Two clusters, one mesh'),
  summary: tx(
    '클러스터마다 istiod와 신뢰 도메인, 루트가 따로 있습니다. 클러스터를 넘는 호출이 언제 실패하고 무엇이 있어야 통하는지, 서버가 보는 주체에 어느 신뢰 도메인이 담기는지 봅니다.',
    'Each cluster has its own istiod, trust domain and root. See when a call across clusters fails, what it takes to get through, and which trust domain the server sees in the principal.',
  ),
  steps: [
    {
      id: 'two-istiods',
      title: tx('istiod가 둘', 'Two istiods'),
      text: tx(
        'order-1은 cluster-a에, payment-1은 cluster-b에 있습니다. 각 클러스터의 istiod가 자기 신뢰 도메인으로 SPIFFE ID를 쓰고, 자기 오프라인 루트 아래 중간 CA로 서명합니다.',
        'order-1 runs in cluster-a and payment-1 in cluster-b. Each cluster’s istiod writes SPIFFE IDs in its own trust domain and signs with an intermediate under its own offline root.',
      ),
      realIstio: tx(
        '실제 멀티 클러스터 Istio는 대개 신뢰 도메인 하나(cluster.local)와 공통 루트를 씁니다. 네트워크가 다르면 east-west 게이트웨이를 거치는데, 여기서는 다루지 않습니다.',
        'Real multi-cluster Istio mostly shares one trust domain (cluster.local) and a common root. Across networks, traffic goes through east-west gateways, which are not modelled here.',
      ),
      highlight: { pod: PAYMENT, tab: 'pod' },
    },
    {
      id: 'predict-cross',
      title: tx('예측: 클러스터를 넘는 호출', 'Predict: a call across clusters'),
      text: tx(
        '두 클러스터는 서로의 신뢰 도메인을 별칭으로 등록해 두었습니다. order-1이 payment-1을 호출합니다.',
        'The two clusters list each other’s trust domain as an alias. order-1 calls payment-1.',
      ),
      actions: [pay(ORDER)],
      highlight: { pod: ORDER, tab: 'handshake' },
      checkpoint: {
        id: 'cross-call',
        question: tx('결과는?', 'The result?'),
        answer: 'failed',
        observe: callResult,
        choices: callChoices({
          allowed: tx(
            '별칭은 어떤 신뢰 도메인의 ID를 받을지 정할 뿐, 어떤 루트를 믿을지는 정하지 않습니다.',
            'Aliases say which trust domains’ IDs are accepted, not which roots are trusted.',
          ),
          denied: tx(
            '정책이 없을 뿐 아니라, 그 전에 핸드셰이크가 끊깁니다.',
            'There is no policy, and the handshake breaks off before one would be asked anyway.',
          ),
          failed: tx(
            'order-1의 ROOTCA에는 root-a뿐이라 root-b로 끝나는 payment-1의 체인을 검증하지 못합니다: unknown_ca.',
            'order-1’s ROOTCA holds root-a only, so payment-1’s chain, which ends at root-b, does not validate: unknown_ca.',
          ),
        }),
      },
    },
    {
      id: 'exchange',
      title: tx('루트 교환', 'Exchanging the roots'),
      text: tx(
        '운영자가 각 클러스터의 root-cert.pem에 상대 클러스터의 루트를 더합니다. 프록시는 18시에 갱신하면서 루트 두 개를 받습니다.',
        'The operator adds each cluster’s root to the other’s root-cert.pem. The proxies get both roots when they renew, at hour 18.',
      ),
      actions: [
        { ca: { cluster: 'cluster-a', addRoot: 'root-b' } },
        { ca: { cluster: 'cluster-b', addRoot: 'root-a' } },
        { wait: '19h' },
      ],
      highlight: { tab: 'log' },
    },
    {
      id: 'predict-principal',
      title: tx('예측: 서버가 보는 주체', 'Predict: the principal the server sees'),
      text: tx(
        '이제 양쪽 ROOTCA에 두 루트가 다 있습니다. order-1이 다시 payment-1을 호출합니다.',
        'Both ROOTCAs now hold both roots. order-1 calls payment-1 again.',
      ),
      actions: [pay(ORDER)],
      highlight: { pod: PAYMENT, tab: 'handshake' },
      checkpoint: {
        id: 'cross-principal',
        question: tx(
          'payment-1의 사이드카가 보는 호출자의 주체는?',
          'Which principal does payment-1’s sidecar see for the caller?',
        ),
        answer: 'cluster-a.local/ns/production/sa/order-sa',
        observe: callPeer,
        choices: [
          choice(
            'cluster.local/ns/production/sa/order-sa',
            tx(
              'cluster.local/ns/production/sa/order-sa',
              'cluster.local/ns/production/sa/order-sa',
            ),
            tx(
              '이 메시에는 cluster.local이라는 신뢰 도메인이 없습니다. 주체는 인증서의 SAN에서 그대로 나옵니다.',
              'No cluster of this mesh uses cluster.local. The principal is the certificate’s SAN as it stands.',
            ),
          ),
          choice(
            'cluster-b.local/ns/production/sa/order-sa',
            tx(
              'cluster-b.local/ns/production/sa/order-sa',
              'cluster-b.local/ns/production/sa/order-sa',
            ),
            tx(
              '서버 쪽 클러스터가 ID를 다시 쓰지 않습니다. 인증서는 cluster-a의 istiod가 서명했습니다.',
              'The server’s cluster does not rewrite the ID: cluster-a’s istiod signed the certificate.',
            ),
          ),
          choice(
            'cluster-a.local/ns/production/sa/order-sa',
            tx(
              'cluster-a.local/ns/production/sa/order-sa',
              'cluster-a.local/ns/production/sa/order-sa',
            ),
            tx(
              '호출자의 istiod가 자기 신뢰 도메인을 썼습니다. 정책의 주체도 그 신뢰 도메인이나 그와 별칭인 도메인으로 적어야 맞습니다. 별칭이 아닌 도메인으로 적은 주체는 아무와도 맞지 않습니다.',
              'The caller’s istiod wrote its own trust domain. A policy principal must name that domain, or one aliased with it; a principal in any other domain matches nobody.',
            ),
          ),
        ],
      },
    },
    freePlay(
      'free',
      tx(
        '정책 탭에서 payment에 ALLOW 정책을 걸고 주체의 신뢰 도메인을 cluster-a.local, cluster-b.local, partner.example.com으로 바꿔 가며 호출해 보세요.',
        'In the Policies tab, put an ALLOW policy on payment and try its principal with cluster-a.local, cluster-b.local and partner.example.com as the trust domain.',
      ),
    ),
  ],
};
