import { issuedId } from '../observe';
import type { Lesson } from '../types';
import { choice, freePlay, pod, serviceAccount, tx } from './common';

const STAGING_ID = 'spiffe://cluster.local/ns/staging/sa/order-sa';

/** Lesson 2: the anatomy of a SPIFFE ID (SEED-NOTES §2). */
export const lesson02: Lesson = {
  id: '02',
  file: '02-spiffe-id-anatomy.yaml',
  title: tx('SPIFFE ID 구조', 'Anatomy of a SPIFFE ID'),
  summary: tx(
    'spiffe://<신뢰 도메인>/ns/<네임스페이스>/sa/<ServiceAccount>: 네 부분을 하나씩 읽습니다.',
    'spiffe://<trust domain>/ns/<namespace>/sa/<ServiceAccount>: reading its four parts one by one.',
  ),
  steps: [
    {
      id: 'read',
      title: tx('ID 하나를 읽기', 'Reading one ID'),
      text: tx(
        'SPIFFE는 Secure Production Identity Framework For Everyone의 줄임말입니다. order-1의 ID는 spiffe://cluster.local/ns/production/sa/order-sa입니다. 스킴 spiffe://, 신뢰 도메인 cluster.local, 네임스페이스 production, ServiceAccount order-sa.',
        "SPIFFE stands for Secure Production Identity Framework For Everyone. order-1's ID is spiffe://cluster.local/ns/production/sa/order-sa: scheme spiffe://, trust domain cluster.local, namespace production, ServiceAccount order-sa.",
      ),
      highlight: { pod: 'production/order-1', tab: 'explorer' },
    },
    {
      id: 'trust-domain',
      title: tx('신뢰 도메인은 경계', 'The trust domain is a boundary'),
      text: tx(
        '신뢰 도메인은 신뢰의 경계입니다. 기본적으로 같은 신뢰 도메인의 워크로드끼리만 서로 믿습니다. 멀티 클러스터 메시에서는 클러스터마다 다른 신뢰 도메인을 가질 수 있습니다.',
        'The trust domain is the boundary of trust. By default only workloads of one trust domain trust each other. In a multi-cluster mesh each cluster may have its own.',
      ),
      realIstio: tx(
        '실제 Istio에서는 meshConfig.trustDomain으로 정하며 기본값은 cluster.local입니다. 다른 도메인을 믿으려면 둘 다 필요합니다. 그 도메인의 루트 인증서(공유 번들이나 공통 루트)가 있어야 체인이 검증되고, trustDomainAliases가 있어야 정책이 그 도메인의 principal을 같은 것으로 봅니다.',
        'In real Istio it is meshConfig.trustDomain, cluster.local by default. Trusting another domain takes both: its roots (a shared bundle or common root) so the chain validates, and trustDomainAliases so policies treat its principals as their own.',
      ),
      highlight: { tab: 'explorer' },
    },
    {
      id: 'default-sa',
      title: tx('Pod 이름은 ID에 없다', 'The pod name is not in the ID'),
      text: tx(
        'default 네임스페이스의 my-service Pod는 ServiceAccount를 지정하지 않았습니다. 그래서 ID는 spiffe://cluster.local/ns/default/sa/default입니다. Pod 이름 my-service는 ID 어디에도 없습니다.',
        'The my-service pod in namespace default names no ServiceAccount. So its ID is spiffe://cluster.local/ns/default/sa/default. The pod name my-service appears nowhere in it.',
      ),
      highlight: { pod: 'default/my-service', tab: 'pod' },
    },
    {
      id: 'predict-staging',
      title: tx(
        '예측: 다른 네임스페이스의 같은 이름',
        'Predict: the same name in another namespace',
      ),
      text: tx(
        'staging 네임스페이스를 만들고, 그 안에 order-sa라는 ServiceAccount와 order-1 Pod를 만듭니다.',
        'We create namespace staging, a ServiceAccount called order-sa in it, and a pod order-1 running as that ServiceAccount.',
      ),
      actions: [
        {
          apply: [
            { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'staging' } },
            serviceAccount('staging', 'order-sa'),
            pod('staging', 'order-1', 'order', { sa: 'order-sa' }),
          ],
        },
      ],
      highlight: { pod: 'staging/order-1', tab: 'pod' },
      checkpoint: {
        id: 'staging-id',
        question: tx(
          'staging/order-1이 받을 SPIFFE ID는?',
          'Which SPIFFE ID will staging/order-1 receive?',
        ),
        answer: STAGING_ID,
        observe: issuedId('staging/order-1'),
        choices: [
          choice(
            'spiffe://cluster.local/ns/production/sa/order-sa',
            tx(
              'spiffe://cluster.local/ns/production/sa/order-sa',
              'spiffe://cluster.local/ns/production/sa/order-sa',
            ),
            tx(
              'ServiceAccount 이름은 같지만 네임스페이스가 다릅니다. 둘은 다른 ServiceAccount이고 다른 신원입니다.',
              'The ServiceAccount name is the same, but the namespace differs: two ServiceAccounts, two identities.',
            ),
          ),
          choice(
            STAGING_ID,
            tx(STAGING_ID, STAGING_ID),
            tx(
              '경로는 네임스페이스와 ServiceAccount에서 만들어집니다. 이름이 같아도 다른 신원입니다.',
              'The path is built from namespace and ServiceAccount; the same name elsewhere is another identity.',
            ),
          ),
          choice(
            'spiffe://cluster.local/ns/staging/pod/order-1',
            tx(
              'spiffe://cluster.local/ns/staging/pod/order-1',
              'spiffe://cluster.local/ns/staging/pod/order-1',
            ),
            tx(
              'Istio의 ID에는 Pod 이름이 들어가지 않습니다. 경로는 /ns/…/sa/… 입니다.',
              'Istio never puts the pod name in the ID. The path is /ns/…/sa/….',
            ),
          ),
          choice(
            'spiffe://staging/ns/staging/sa/order-sa',
            tx(
              'spiffe://staging/ns/staging/sa/order-sa',
              'spiffe://staging/ns/staging/sa/order-sa',
            ),
            tx(
              '신뢰 도메인은 네임스페이스가 아니라 메시 전체의 것입니다. 여기서는 cluster.local입니다.',
              'The trust domain belongs to the whole mesh, not to a namespace: here it is cluster.local.',
            ),
          ),
        ],
      },
    },
    freePlay(
      'free',
      tx(
        'SPIFFE ID 탐색기에 spiffe://Cluster.local/ns/a 또는 spiffe://cluster.local/ns/a/를 입력해 보세요. 어떤 규칙을 어기는지 알려 줍니다.',
        'Type spiffe://Cluster.local/ns/a or spiffe://cluster.local/ns/a/ into the SPIFFE ID explorer and see which rule each breaks.',
      ),
    ),
  ],
};
