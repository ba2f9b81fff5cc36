import { lastOf } from '../observe';
import type { Lesson } from '../types';
import { choice, freePlay, tx } from './common';

/** Lesson 3: the SVID, the certificate that carries the ID (SEED-NOTES §3). */
export const lesson03: Lesson = {
  id: '03',
  file: '03-svid.yaml',
  title: tx('SVID: ID를 담은 인증서', 'The SVID: a certificate that carries the ID'),
  summary: tx(
    'istiod가 서명한 X.509 인증서. SPIFFE ID는 SAN에, 유효 기간은 24시간.',
    'An X.509 certificate signed by istiod: the SPIFFE ID in the SAN, valid for 24 hours.',
  ),
  steps: [
    {
      id: 'san',
      title: tx('SAN 속의 SPIFFE ID', 'The SPIFFE ID in the SAN'),
      text: tx(
        'SVID는 SPIFFE Verifiable Identity Document입니다. 여기서는 X.509 인증서입니다. SPIFFE ID는 Subject Alternative Name 확장에 URI로 들어 있습니다. Subject는 비어 있고, 그래서 SAN이 critical로 표시됩니다.',
        'SVID means SPIFFE Verifiable Identity Document; here, an X.509 certificate. The SPIFFE ID sits in the Subject Alternative Name extension as a URI. The subject is empty, which is why the SAN is marked critical.',
      ),
      highlight: { pod: 'production/order-1', tab: 'inspector' },
    },
    {
      id: 'signed',
      title: tx('istiod가 서명', 'Signed by istiod'),
      text: tx(
        '발급자는 인증 기관(CA) 역할을 하는 istiod입니다. 루트 인증서를 가진 누구나 서명을 검증할 수 있습니다. 루트는 약 10년, 워크로드 인증서는 24시간입니다.',
        'The issuer is istiod acting as certificate authority (CA). Anyone holding its root certificate can verify the signature. The root lasts about ten years, the workload certificate 24 hours.',
      ),
      realIstio: tx(
        'root-cert.pem은 루트 인증서입니다. 워크로드 인증서는 디스크에 없고 istio-proxy의 메모리에만 있습니다.',
        'root-cert.pem is the root certificate; the workload certificate is never on disk, only in istio-proxy’s memory.',
      ),
      highlight: { pod: 'production/order-1', tab: 'inspector' },
    },
    {
      id: 'istioctl',
      title: tx('istioctl로 보기', 'Looking with istioctl'),
      text: tx(
        'istioctl proxy-config secret <pod>는 두 줄을 보여 줍니다. default(Cert Chain, 24시간)와 ROOTCA(CA, 약 10년). PEM은 openssl x509 -text -noout으로 읽습니다.',
        'istioctl proxy-config secret <pod> prints two rows: default (Cert Chain, 24 h) and ROOTCA (CA, about 10 years). A PEM reads with openssl x509 -text -noout.',
      ),
      highlight: { pod: 'production/order-1', tab: 'inspector' },
    },
    {
      id: 'predict-expiry',
      title: tx('예측: 24시간 뒤', 'Predict: 24 hours later'),
      text: tx(
        'istiod를 내립니다. 이제 아무도 인증서를 갱신하지 않습니다. 시간을 24시간 1초 앞으로 보냅니다.',
        'We take istiod down, so nobody renews the certificate. Then we move time forward by 24 hours and one second.',
      ),
      actions: [{ istiod: 'down' }, { wait: '24h' }, { wait: '1s' }],
      highlight: { pod: 'production/order-1', tab: 'pod' },
      checkpoint: {
        id: 'validity',
        question: tx('order-1의 인증서는 어떻게 될까요?', "What becomes of order-1's certificate?"),
        answer: 'expired',
        observe: (events) =>
          lastOf(events, 'cert.expired', 'production/order-1') ? 'expired' : 'valid',
        choices: [
          choice(
            'expired',
            tx('만료된다', 'It expires'),
            tx(
              '유효 기간은 24시간입니다. 짧게 두어 유출된 인증서의 피해를 줄입니다.',
              'It is valid for 24 hours: short, so that a leaked certificate is worth little.',
            ),
          ),
          choice(
            'valid',
            tx('루트처럼 몇 년 동안 유효하다', 'It stays valid for years, like the root'),
            tx(
              '루트만 약 10년입니다. 워크로드 인증서는 24시간이고, 그 뒤로는 검증에 실패합니다.',
              'Only the root lasts about ten years. The workload certificate lasts 24 hours and fails validation after that.',
            ),
          ),
        ],
      },
    },
    freePlay(
      'free',
      tx(
        'istiod를 다시 올리고 인증서가 돌아오는지 보세요. 인스펙터에서 PEM을 내려받아 openssl verify로 확인해 보세요.',
        'Bring istiod back up and watch a certificate return. Download the PEM in the inspector and check it with openssl verify.',
      ),
    ),
  ],
};
