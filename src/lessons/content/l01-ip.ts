import { callResult } from '../observe';
import type { Lesson } from '../types';
import { allowPrincipals, callChoices, freePlay, pay, pod, tx } from './common';

const ORDER_ID = 'cluster.local/ns/production/sa/order-sa';

/** Lesson 1: why an IP address is not an identity (SEED-NOTES §1). */
export const lesson01: Lesson = {
  id: '01',
  file: '01-ip-is-not-identity.yaml',
  title: tx('IP는 신원이 아니다', 'An IP address is not an identity'),
  summary: tx(
    'IP 주소는 바뀌고, 재사용되고, 공유됩니다. 그래서 신원으로 쓸 수 없습니다.',
    'IP addresses change, get reused and get shared. That is why they cannot serve as identity.',
  ),
  steps: [
    {
      id: 'trust-by-ip',
      title: tx('주소로 믿기', 'Trusting an address'),
      text: tx(
        'payment의 정책은 10.0.1.2에서 온 요청만 받습니다. 지금 그 주소는 Deployment order의 Pod order-1의 것입니다. order-1이 payment를 호출합니다.',
        "payment's policy accepts requests from 10.0.1.2 only. Right now that address is order-1's, the pod of Deployment order. order-1 calls payment.",
      ),
      actions: [pay('production/order')],
      highlight: { pod: 'production/order-1', tab: 'pod' },
    },
    {
      id: 'restart',
      title: tx('새 Pod, 새 IP', 'A new pod, a new IP'),
      text: tx(
        '한 시간 뒤 kubectl rollout restart deployment/order를 실행합니다. 새 Pod order-2가 먼저 뜨고 order-1이 삭제됩니다. order-2는 새 IP(10.0.1.3)를 받습니다. SPIFFE ID는 그대로입니다. ServiceAccount가 같기 때문입니다.',
        'An hour later: kubectl rollout restart deployment/order. The new pod order-2 starts, then order-1 is deleted. order-2 gets a new IP (10.0.1.3). Its SPIFFE ID stays the same, because its ServiceAccount is the same.',
      ),
      realIstio: tx(
        '컨테이너만 재시작되면(비정상 종료, OOM) Pod와 IP는 그대로이고 사이드카만 새 키와 인증서를 받습니다. IP가 바뀌는 것은 rollout이나 삭제로 새 Pod가 생길 때입니다.',
        'A container restart alone (a crash, an OOM kill) keeps the pod and its IP; only the sidecar gets a new key and certificate. The IP changes when a rollout or a delete makes a new pod.',
      ),
      actions: [{ wait: '1h' }, { rollout: 'production/order' }],
      highlight: { pod: 'production/order-2', tab: 'pod' },
    },
    {
      id: 'predict-restart',
      title: tx('예측: 교체 후 호출', 'Predict: the call after the rollout'),
      text: tx(
        '정책은 여전히 10.0.1.2만 허용합니다. order-2가 payment를 호출합니다.',
        'The policy still allows 10.0.1.2 only. order-2 calls payment.',
      ),
      actions: [pay('production/order')],
      highlight: { pod: 'production/order-2', tab: 'handshake' },
      checkpoint: {
        id: 'restart-call',
        question: tx('결과는 어떻게 될까요?', 'What happens?'),
        answer: 'denied',
        observe: callResult,
        choices: callChoices({
          allowed: tx(
            '같은 서비스이지만 정책은 주소를 봅니다. 10.0.1.3은 목록에 없습니다.',
            'It is the same service, but the policy looks at the address, and 10.0.1.3 is not on its list.',
          ),
          denied: tx(
            'mTLS 연결은 되지만 정책이 새 주소를 모릅니다. IP는 안정적이지 않습니다.',
            'The mTLS connection works, but the policy does not know the new address. An IP is not stable.',
          ),
          failed: tx(
            'order-2는 새 인증서를 받았으므로 핸드셰이크는 성공합니다. 막는 것은 정책입니다.',
            'order-2 received a fresh certificate, so the handshake succeeds. It is the policy that says no.',
          ),
        }),
      },
    },
    {
      id: 'reuse',
      title: tx('풀려난 주소는 다른 Pod에게', 'A freed address goes to another pod'),
      text: tx(
        'mallory-1이 같은 노드(node-1)에서 시작합니다. 비어 있던 10.0.1.2를 받습니다. mallory-1은 다른 ServiceAccount(mallory-sa)로 실행됩니다.',
        'mallory-1 starts on the same node (node-1). It receives the free address 10.0.1.2. mallory-1 runs as a different ServiceAccount (mallory-sa).',
      ),
      actions: [
        {
          apply: pod('production', 'mallory-1', 'mallory', { sa: 'mallory-sa', node: 'node-1' }),
        },
      ],
      highlight: { pod: 'production/mallory-1', tab: 'pod' },
    },
    {
      id: 'predict-reuse',
      title: tx('예측: 주소를 물려받은 Pod', 'Predict: the pod with the inherited address'),
      text: tx(
        'mallory-1이 payment를 호출합니다. 정책은 10.0.1.2를 허용합니다.',
        'mallory-1 calls payment. The policy allows 10.0.1.2.',
      ),
      actions: [pay('production/mallory-1')],
      highlight: { pod: 'production/mallory-1', tab: 'handshake' },
      checkpoint: {
        id: 'reuse-call',
        question: tx('mallory-1의 호출은?', "mallory-1's call is…"),
        answer: 'allowed',
        observe: callResult,
        choices: callChoices({
          allowed: tx(
            'IP 규칙은 mallory와 order를 구별하지 못합니다. payment는 상대의 SPIFFE ID를 알고 있었지만 정책이 보지 않았습니다.',
            'The IP rule cannot tell mallory from order. payment knew the peer’s SPIFFE ID, but the policy did not look at it.',
          ),
          denied: tx(
            '정책은 주소만 봅니다. 주소가 일치하므로 허용됩니다. 바로 이것이 문제입니다.',
            'The policy looks only at the address. The address matches, so it is allowed. That is exactly the problem.',
          ),
          failed: tx(
            'mallory-1도 istiod에게서 진짜 인증서(mallory-sa)를 받았습니다. 핸드셰이크는 성공합니다.',
            'mallory-1 also got a genuine certificate (for mallory-sa) from istiod. The handshake succeeds.',
          ),
        }),
      },
    },
    {
      id: 'nat',
      title: tx('NAT 뒤에서는 모두 같은 주소', 'Behind NAT, everyone shares an address'),
      text: tx(
        'NAT를 거치면 여러 워크로드가 바깥에서 하나의 주소로 보입니다. IP는 안정적이지도, 유일하지도 않고, 의미도 없으며, 위조하기 쉽습니다.',
        'Through NAT, many workloads look like one address from outside. An IP is not stable, not unique, carries no meaning and is easy to spoof.',
      ),
      realIstio: tx(
        '실제 Istio의 ipBlocks는 연결의 출발 주소를 봅니다. 게이트웨이나 NAT 뒤에서는 원래 클라이언트가 아닐 수 있습니다.',
        "In real Istio, ipBlocks matches the connection's source address; behind a gateway or NAT that may not be the original client.",
      ),
    },
    {
      id: 'by-principal',
      title: tx('주소 대신 신원으로', 'Name the identity instead'),
      text: tx(
        `정책을 principal(${ORDER_ID})로 바꿉니다. order-2가 payment를 호출합니다. 주소가 바뀌어도 통과합니다.`,
        `We rewrite the policy on the principal (${ORDER_ID}). order-2 calls payment. It passes, whatever its address.`,
      ),
      actions: [
        { apply: allowPrincipals('production', 'payment-allow-order', 'payment', [ORDER_ID]) },
        pay('production/order'),
      ],
      highlight: { tab: 'policy' },
    },
    {
      id: 'predict-principal',
      title: tx('예측: 이제 mallory는?', 'Predict: and mallory now?'),
      text: tx(
        'mallory-1은 여전히 10.0.1.2를 가지고 있습니다. 다시 payment를 호출합니다.',
        'mallory-1 still holds 10.0.1.2. It calls payment again.',
      ),
      actions: [pay('production/mallory-1')],
      highlight: { pod: 'production/mallory-1', tab: 'handshake' },
      checkpoint: {
        id: 'principal-call',
        question: tx(
          'principal 규칙 아래에서 mallory-1의 호출은?',
          "Under the principal rule, mallory-1's call is…",
        ),
        answer: 'denied',
        observe: callResult,
        choices: callChoices({
          allowed: tx(
            '이제 정책은 주소를 보지 않습니다. mallory의 인증서는 mallory-sa 라고 말합니다.',
            'The policy no longer looks at the address. mallory’s certificate says mallory-sa.',
          ),
          denied: tx(
            '핸드셰이크는 mallory-sa를 증명하고, 정책은 order-sa만 허용하므로 403입니다.',
            'The handshake proves mallory-sa, and the policy admits only order-sa: 403.',
          ),
          failed: tx(
            'mallory의 인증서는 진짜이므로 연결은 됩니다. 거부는 그 뒤에 정책이 합니다.',
            'mallory’s certificate is genuine, so the connection is made. The policy refuses afterwards.',
          ),
        }),
      },
    },
    freePlay(
      'free',
      tx(
        'order를 다시 rollout해 보세요. IP는 바뀌어도 호출은 계속 허용됩니다. 접근 행렬(정책 탭)에서 누가 누구를 부를 수 있는지 보세요.',
        'Roll out order again: the IP changes, the call stays allowed. Look at the access matrix (Policy tab) to see who may call whom.',
      ),
    ),
  ],
};
