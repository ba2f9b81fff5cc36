import { josa } from '../../i18n/josa';
import { attackResult, callPeer, callResult } from '../observe';
import type { Lesson } from '../types';
import { allowPrincipals, callChoices, choice, freePlay, pay, tx } from './common';

const ORDER = 'production/order-1';
const PRINCIPAL = 'cluster.local/ns/production/sa/order-sa';

/** Lesson 7: SPIFFE IDs in the mTLS handshake, and AuthorizationPolicy on principals (SEED-NOTES §7). */
export const lesson07: Lesson = {
  id: '07',
  file: '07-mtls-and-policy.yaml',
  title: tx('mTLS와 SPIFFE ID', 'SPIFFE IDs in mTLS'),
  summary: tx(
    '양쪽이 인증서를 보여 주고 서로 검증합니다(상호 인증). 그 ID로 AuthorizationPolicy가 결정합니다.',
    'Both sides show a certificate and verify each other (mutual authentication); an AuthorizationPolicy decides on the ID.',
  ),
  steps: [
    {
      id: 'predict-principal',
      title: tx('예측: payment가 보는 것', 'Predict: what payment sees'),
      text: tx(
        'order-1이 STRICT mTLS로 payment를 호출합니다. 각자 인증서를 보여 주고, 상대 인증서가 istiod의 CA로 서명되었는지 확인하고, SPIFFE ID를 꺼냅니다.',
        'order-1 calls payment under STRICT mTLS. Each shows its certificate, checks that istiod’s CA signed the other’s, and reads the SPIFFE ID out of it.',
      ),
      actions: [pay(ORDER)],
      highlight: { pod: ORDER, tab: 'handshake' },
      checkpoint: {
        id: 'principal',
        question: tx(
          'payment의 정책이 보게 될 principal은?',
          "Which principal will payment's policy see?",
        ),
        answer: PRINCIPAL,
        observe: callPeer,
        choices: [
          choice(
            PRINCIPAL,
            tx(PRINCIPAL, PRINCIPAL),
            tx(
              '클라이언트 인증서의 SPIFFE ID에서 spiffe://를 뗀 것이 principal입니다.',
              'The principal is the SPIFFE ID of the client certificate without spiffe://.',
            ),
          ),
          choice(
            'production/order-1',
            tx('production/order-1 (Pod 이름)', 'production/order-1 (the pod name)'),
            tx(
              '인증서에는 Pod 이름이 없습니다. ServiceAccount의 신원만 있습니다.',
              'The certificate holds no pod name, only the ServiceAccount’s identity.',
            ),
          ),
          choice(
            'ip',
            tx('order-1의 IP 주소', "order-1's IP address"),
            tx(
              'IP는 신원이 아닙니다(강의 1). principal은 검증된 인증서에서 옵니다.',
              'An IP is no identity (lesson 1); the principal comes from a verified certificate.',
            ),
          ),
        ],
      },
    },
    {
      id: 'handshake',
      title: tx('양방향 검증', 'Verified both ways'),
      text: tx(
        '양쪽이 서로를 검증하므로 상호 인증입니다. 그다음 TLS 세션이 만들어지고 트래픽은 암호화됩니다. 핸드셰이크 탭에서 메시지를 하나씩 보세요.',
        'Each side verifies the other: mutual authentication. Then the TLS session is set up and traffic is encrypted. Step through the messages in the handshake tab.',
      ),
      realIstio: tx(
        '실제 TLS 1.3에서는 서버가 먼저 인증서를 보내고 클라이언트 인증서를 요청합니다.',
        'In real TLS 1.3 the server sends its certificate first and asks for the client’s.',
      ),
      highlight: { tab: 'handshake' },
    },
    {
      id: 'lesson-policy',
      title: tx('자료의 정책 그대로', 'The material’s policy, as written'),
      text: tx(
        '"order-sa만 payment를 부를 수 있다"는 정책을 자료에 적힌 대로 적용합니다: cluster.local/ns/default/sa/order-sa. 그런데 order-sa는 production에 있습니다. 정책 탭의 경고를 보세요.',
        'We apply "only order-sa may call payment" exactly as the material writes it: cluster.local/ns/default/sa/order-sa. But order-sa lives in production. See the warning in the Policy tab.',
      ),
      actions: [
        {
          apply: allowPrincipals(
            'production',
            'payment-allow-order',
            'payment',
            ['cluster.local/ns/default/sa/order-sa'],
            true,
          ),
        },
      ],
      highlight: { tab: 'policy' },
    },
    {
      id: 'predict-slip',
      title: tx('예측: 이 정책 아래의 order', 'Predict: order under this policy'),
      text: tx('order-1이 payment를 호출합니다.', 'order-1 calls payment.'),
      actions: [pay(ORDER)],
      highlight: { pod: ORDER, tab: 'handshake' },
      checkpoint: {
        id: 'slip-call',
        question: tx('결과는?', 'The result?'),
        answer: 'denied',
        observe: callResult,
        choices: callChoices({
          allowed: tx(
            '정책의 principal은 ns/default입니다. order의 principal은 ns/production이라 일치하지 않습니다.',
            "The policy's principal says ns/default; order's says ns/production. They do not match.",
          ),
          denied: tx(
            '네임스페이스 하나가 틀려 아무도 통과하지 못합니다. 린트가 production을 제안합니다.',
            'One wrong namespace and nobody gets in. The lint suggests production.',
          ),
          failed: tx(
            'mTLS는 정상입니다. 정책이 연결 뒤에 403으로 거부합니다.',
            'mTLS is fine; the policy refuses after the connection, with 403.',
          ),
        }),
      },
    },
    {
      id: 'fix',
      title: tx('고친 정책', 'The fixed policy'),
      text: tx(
        `principal을 ${josa(PRINCIPAL, '으로/로')} 고칩니다. order-1이 다시 호출합니다.`,
        `We correct the principal to ${PRINCIPAL}. order-1 calls again.`,
      ),
      actions: [
        {
          apply: allowPrincipals('production', 'payment-allow-order', 'payment', [PRINCIPAL], true),
        },
        pay(ORDER),
      ],
      highlight: { tab: 'policy' },
    },
    {
      id: 'predict-legacy',
      title: tx('예측: legacy의 호출', 'Predict: legacy calls'),
      text: tx(
        'default 네임스페이스의 legacy가 payment를 호출합니다.',
        'legacy, in namespace default, calls payment.',
      ),
      actions: [pay('default/legacy')],
      highlight: { pod: 'default/legacy', tab: 'handshake' },
      checkpoint: {
        id: 'legacy-call',
        question: tx('결과는?', 'The result?'),
        answer: 'denied',
        observe: callResult,
        choices: callChoices({
          allowed: tx(
            '이제 ALLOW 정책이 있으므로, 일치하는 규칙이 없는 호출은 거부됩니다.',
            'There is an ALLOW policy now, so a call that matches no rule is denied.',
          ),
          denied: tx(
            'legacy도 자기 신원을 증명하지만 order-sa가 아닙니다. 응답은 403, RBAC 거부입니다.',
            'legacy proves its identity too; it just is not order-sa. 응답은 403, RBAC 거부입니다.',
          ),
          failed: tx(
            'legacy는 유효한 인증서를 가지고 있어 핸드셰이크는 성공합니다.',
            'legacy holds a valid certificate, so the handshake succeeds.',
          ),
        }),
      },
    },
    {
      id: 'predict-impostor',
      title: tx('예측: 가짜 payment', 'Predict: a fake payment'),
      text: tx(
        '이번에는 반대 방향입니다. legacy가 payment의 IP를 가로채 payment 대신 응답합니다. legacy의 인증서는 istiod가 발급한 진짜이지만, 신원은 default 네임스페이스의 default ServiceAccount입니다. order-1이 payment를 호출합니다.',
        'Now the other direction. legacy has taken payment’s IP and answers in its place. Its certificate is genuine, issued by istiod, but it names the default ServiceAccount of namespace default. order-1 calls payment.',
      ),
      realIstio: tx(
        'istiod는 서비스마다 그 엔드포인트 Pod들의 ServiceAccount 목록을 클라이언트 사이드카에 내려 줍니다(secure naming). 사이드카는 서버 인증서의 SAN이 이 목록에 있어야 연결합니다.',
        'For each service istiod gives the client sidecars the ServiceAccounts of its endpoint pods (secure naming); the sidecar connects only if the server certificate’s SAN is on that list.',
      ),
      actions: [
        {
          attack: {
            kind: 'impersonated-server',
            from: ORDER,
            to: 'production/payment',
            impostor: 'default/legacy',
          },
        },
      ],
      highlight: { pod: ORDER, tab: 'handshake' },
      checkpoint: {
        id: 'impostor',
        question: tx('order-1의 호출은?', "order-1's call is…"),
        answer: 'failed',
        observe: attackResult,
        choices: callChoices({
          allowed: tx(
            '인증서 체인은 유효하지만, 클라이언트는 payment 서비스의 신원(pay-sa)만 받아들입니다.',
            'The chain is valid, but the client accepts only the payment service’s identity (pay-sa).',
          ),
          denied: tx(
            '정책까지 가지 못합니다. 클라이언트 사이드카가 핸드셰이크 중에 서버 신원을 거부합니다.',
            'It never reaches a policy: the client’s sidecar refuses the server’s identity during the handshake.',
          ),
          failed: tx(
            'order-1의 사이드카는 spiffe://cluster.local/ns/production/sa/pay-sa를 기대했는데 legacy가 default SA를 내밀었습니다. mTLS는 양방향입니다. 서버는 호출자를, 클라이언트는 서버를 확인합니다.',
            'order-1’s sidecar expected spiffe://cluster.local/ns/production/sa/pay-sa and legacy presented the default SA. mTLS works both ways: the server checks the caller, the client checks the server.',
          ),
        }),
      },
    },
    freePlay(
      'free',
      tx(
        '정책 탭에서 DENY 정책을 추가해 보세요. 일치하는 DENY는 ALLOW보다 먼저 이깁니다. 접근 행렬이 바로 바뀝니다.',
        'Add a DENY policy in the Policy tab: a matching DENY wins before any ALLOW. The access matrix changes at once.',
      ),
    ),
  ],
};
