import { callResult, issuedId } from '../observe';
import type { Lesson } from '../types';
import {
  allowPrincipals,
  callChoices,
  choice,
  freePlay,
  pay,
  pod,
  serviceAccount,
  tx,
} from './common';

const ORDER_ID = 'spiffe://cluster.local/ns/production/sa/order-sa';

/** Lesson 6: ServiceAccounts decide identity; the `default` anti-pattern (SEED-NOTES §6). */
export const lesson06: Lesson = {
  id: '06',
  file: '06-serviceaccounts.yaml',
  title: tx('ServiceAccount와 신원', 'ServiceAccounts and identity'),
  summary: tx(
    '같은 ServiceAccount = 같은 SPIFFE ID. 모두 default를 쓰면 정책으로 구별할 수 없습니다.',
    'Same ServiceAccount, same SPIFFE ID. Put everything on default and no policy can tell services apart.',
  ),
  steps: [
    {
      id: 'same-sa',
      title: tx('같은 SA, 같은 ID', 'Same SA, same ID'),
      text: tx(
        'order의 두 복제본 order-1, order-2는 Pod도 IP도 다르지만 둘 다 order-sa로 실행됩니다. 그래서 SPIFFE ID가 같습니다. payment는 pay-sa라서 다릅니다.',
        "order's two replicas, order-1 and order-2, differ in pod and IP but both run as order-sa, so they share one SPIFFE ID. payment runs as pay-sa: another ID.",
      ),
      highlight: { pod: 'production/order-2', tab: 'pod' },
    },
    {
      id: 'predict-scale',
      title: tx('예측: 세 번째 복제본', 'Predict: a third replica'),
      text: tx('order를 3개로 늘립니다.', 'We scale order to three replicas.'),
      actions: [{ scale: { deployment: 'production/order', replicas: 3 } }],
      highlight: { pod: 'production/order-3', tab: 'pod' },
      checkpoint: {
        id: 'replica-id',
        question: tx('order-3의 SPIFFE ID는?', "order-3's SPIFFE ID is…"),
        answer: ORDER_ID,
        observe: issuedId('production/order-3'),
        choices: [
          choice(
            ORDER_ID,
            tx(
              '…/ns/production/sa/order-sa (order-1과 같음)',
              '…/ns/production/sa/order-sa (same as order-1)',
            ),
            tx(
              'spec.serviceAccountName이 ID를 정합니다. 복제본은 모두 같은 신원입니다.',
              'spec.serviceAccountName decides the ID; every replica has the same identity.',
            ),
          ),
          choice(
            'spiffe://cluster.local/ns/production/sa/order-3',
            tx(
              '…/ns/production/sa/order-3 (자기 이름)',
              '…/ns/production/sa/order-3 (its own name)',
            ),
            tx(
              'ID의 마지막 부분은 Pod 이름이 아니라 ServiceAccount 이름입니다.',
              'The last part of the ID is the ServiceAccount, not the pod name.',
            ),
          ),
        ],
      },
    },
    {
      id: 'default-sa',
      title: tx('모두가 default 일 때', 'When everyone is default'),
      text: tx(
        'default 네임스페이스의 legacy와 reports는 ServiceAccount를 지정하지 않았습니다. 둘 다 ns/default/sa/default입니다. payment의 정책은 legacy를 들이려고 이 ID를 허용합니다. 정책 탭의 경고를 보세요.',
        "legacy and reports in namespace default name no ServiceAccount: both are ns/default/sa/default. payment's policy admits that ID to let legacy in. See the warning in the Policy tab.",
      ),
      highlight: { tab: 'policy' },
    },
    {
      id: 'predict-reports',
      title: tx('예측: reports의 호출', 'Predict: reports calls'),
      text: tx('reports가 payment를 호출합니다.', 'reports calls payment.'),
      actions: [pay('default/reports')],
      highlight: { pod: 'default/reports', tab: 'handshake' },
      checkpoint: {
        id: 'reports-call',
        question: tx('결과는?', 'The result?'),
        answer: 'allowed',
        observe: callResult,
        choices: callChoices({
          allowed: tx(
            'reports는 legacy와 같은 신원을 증명하므로 정책이 구별하지 못합니다. 세밀한 접근 제어가 불가능합니다.',
            'reports proves the same identity as legacy, so the policy cannot tell them apart: no fine-grained access control.',
          ),
          denied: tx(
            '정책은 ns/default/sa/default를 허용하고, reports의 인증서도 정확히 그 ID입니다.',
            'The policy admits ns/default/sa/default, and that is exactly the ID in reports’ certificate.',
          ),
          failed: tx(
            'reports도 istiod에게서 유효한 인증서를 받았습니다. 연결은 성공합니다.',
            'reports got a valid certificate from istiod too; the connection succeeds.',
          ),
        }),
      },
    },
    {
      id: 'dedicated',
      title: tx('서비스마다 전용 SA', 'One ServiceAccount per service'),
      text: tx(
        'Pod의 ServiceAccount는 바꿀 수 없으므로 legacy를 legacy-sa로 다시 만듭니다. 정책도 legacy-sa를 허용하도록 고칩니다.',
        "A pod's ServiceAccount cannot change, so we recreate legacy on legacy-sa, and the policy now admits legacy-sa.",
      ),
      actions: [
        { delete: { kind: 'Pod', namespace: 'default', name: 'legacy' } },
        {
          apply: [
            serviceAccount('default', 'legacy-sa'),
            pod('default', 'legacy', 'legacy', { sa: 'legacy-sa', image: 'legacy:1.0' }),
            allowPrincipals('production', 'payment-allow', 'payment', [
              'cluster.local/ns/production/sa/order-sa',
              'cluster.local/ns/default/sa/legacy-sa',
            ]),
          ],
        },
      ],
      highlight: { pod: 'default/legacy', tab: 'pod' },
    },
    {
      id: 'predict-after',
      title: tx('예측: 이제 reports는?', 'Predict: reports now?'),
      text: tx(
        'legacy가 호출하고, 이어서 reports가 호출합니다.',
        'legacy calls payment, then reports does.',
      ),
      actions: [pay('default/legacy'), pay('default/reports')],
      highlight: { pod: 'default/reports', tab: 'handshake' },
      checkpoint: {
        id: 'reports-after',
        question: tx('reports의 호출은?', "reports' call is…"),
        answer: 'denied',
        observe: callResult,
        choices: callChoices({
          allowed: tx(
            '정책은 이제 legacy-sa를 허용합니다. reports는 여전히 default입니다.',
            'The policy now admits legacy-sa; reports is still default.',
          ),
          denied: tx(
            '서비스마다 신원이 있으니 정책이 정확히 고를 수 있습니다.',
            'With one identity per service, the policy can choose precisely.',
          ),
          failed: tx(
            'reports의 인증서는 유효합니다. 연결 뒤에 정책이 거부합니다(403).',
            "reports' certificate is valid; the policy refuses after the connection (403).",
          ),
        }),
      },
    },
    freePlay(
      'free',
      tx(
        '새 ServiceAccount로 Pod를 만들어 색이 어떻게 달라지는지 보세요. 접근 행렬에서 누가 payment를 부를 수 있는지 확인하세요.',
        'Create a pod on a new ServiceAccount and see its colour change. Check in the access matrix who may call payment.',
      ),
    ),
  ],
};
