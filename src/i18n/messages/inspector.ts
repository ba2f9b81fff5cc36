import type { Dictionary } from '../text';

export const inspector = {
  'inspector.none': {
    en: 'Select a pod that holds a certificate.',
    ko: '인증서를 가진 Pod를 선택하세요.',
  },
  'inspector.chain': {
    en: 'Certificate',
    ko: '인증서',
  },
  'inspector.leaf': {
    en: 'workload (leaf)',
    ko: '워크로드 (리프)',
  },
  'inspector.root': {
    en: 'root (istiod)',
    ko: '루트 (istiod)',
  },
  'inspector.intermediate': { en: 'intermediate (cacerts)', ko: '중간 CA (cacerts)' },
  'inspector.downloadChain': { en: 'Download chain PEM', ko: '체인 PEM 내려받기' },
  'inspector.openssl': {
    en: 'openssl x509 -text -noout',
    ko: 'openssl x509 -text -noout',
  },
  'inspector.fields': {
    en: 'Field by field',
    ko: '필드별 설명',
  },
  'inspector.istioctl': {
    en: 'istioctl proxy-config secret {pod}',
    ko: 'istioctl proxy-config secret {pod}',
  },
  'inspector.copy': {
    en: 'Copy PEM',
    ko: 'PEM 복사',
  },
  'inspector.copied': {
    en: 'Copied',
    ko: '복사됨',
  },
  'inspector.download': {
    en: 'Download certificate PEM',
    ko: '인증서 PEM 내려받기',
  },
  'inspector.downloadRoot': {
    en: 'Download root PEM',
    ko: '루트 PEM 내려받기',
  },
  'inspector.check': {
    en: 'Check the download yourself',
    ko: '내려받은 파일을 직접 검증하기',
  },
  'field.serial': {
    en: 'Serial number: Go draws a random number below 2^128 (128 random bits); istioctl prints it zero-padded to 32 hex digits.',
    ko: '일련번호: Go가 2^128 미만의 난수(무작위 128비트)를 뽑습니다. istioctl은 앞을 0으로 채운 16진수 32자리로 보여 줍니다.',
  },
  'field.issuer': {
    en: 'Issuer: istiod’s root, named only by the trust domain (O={td}).',
    ko: '발급자: istiod의 루트 인증서. 이름에는 신뢰 도메인만 들어 있습니다(O={td}).',
  },
  'field.validity': {
    en: 'Validity: notBefore is 2 minutes early for clock skew; the lifetime is short so that a leaked certificate soon becomes useless.',
    ko: '유효 기간: 시계 오차에 대비해 notBefore를 2분 앞당깁니다. 유출되더라도 곧 쓸모없어지도록 수명을 짧게 둡니다.',
  },
  'field.subject': {
    en: 'Subject: empty. The identity is not here but in the SAN.',
    ko: 'Subject: 비어 있습니다. 신원은 여기가 아니라 SAN에 있습니다.',
  },
  'field.publicKey': {
    en: 'Public key: the half of the pod’s key pair that was in the CSR. The private key never left the pod.',
    ko: '공개 키: CSR에 담겼던 Pod 키 쌍의 공개 키. 개인 키는 Pod 밖으로 나가지 않았습니다.',
  },
  'field.keyUsage': {
    en: 'Key usage (critical): digital signature and key encipherment, so it can sign TLS handshakes; it cannot sign certificates.',
    ko: '키 용도 (critical): 디지털 서명과 키 암호화. TLS 핸드셰이크에 서명할 수 있지만 인증서에는 서명할 수 없습니다.',
  },
  'field.extKeyUsage': {
    en: 'Extended key usage: server and client authentication, because every sidecar is both in mTLS.',
    ko: '확장 키 용도: 서버 인증과 클라이언트 인증. mTLS에서는 모든 사이드카가 서버이자 클라이언트이기 때문입니다.',
  },
  'field.basicConstraints': {
    en: 'Basic constraints CA:FALSE (critical): a workload certificate may not act as a CA.',
    ko: '기본 제약 CA:FALSE (critical): 워크로드 인증서는 인증 기관 역할을 할 수 없습니다.',
  },
  'field.san': {
    en: 'Subject Alternative Name: exactly one URI, the SPIFFE ID. Critical, because the subject is empty: a verifier that cannot read it must reject the certificate.',
    ko: 'Subject Alternative Name: URI 하나, 곧 SPIFFE ID. Subject가 비어 있으므로 critical입니다. 이를 읽지 못하는 검증자는 인증서를 거부해야 합니다.',
  },
  'field.aki': {
    en: 'Authority key identifier: which root key signed this.',
    ko: '기관 키 식별자(Authority Key Identifier): 이 인증서에 서명한 루트 키.',
  },
  'field.ski': {
    en: 'Subject key identifier: names this certificate’s public key.',
    ko: '주체 키 식별자(Subject Key Identifier): 이 인증서의 공개 키를 가리키는 값.',
  },
  'field.signature': {
    en: 'Signature: istiod’s CA signature over everything above.',
    ko: '서명: 위의 모든 내용에 대한 istiod 인증 기관의 서명.',
  },
} as const satisfies Dictionary;
