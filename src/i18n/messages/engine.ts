import type { Dictionary } from '../text';

/**
 * What the engine decided, said from its structured fields (decision action and policy, mTLS
 * mode and source, TLS alert names), so the app needs none of the engine's English sentences.
 */
export const engine = {
  'decision.allow': {
    en: 'Allowed: rules[{rule}] of ALLOW policy {policy} matched.',
    ko: 'ALLOW 정책 {policy}의 rules[{rule}]에 일치해 허용합니다.',
  },
  'decision.deny': {
    en: 'Denied: rules[{rule}] of DENY policy {policy} matched.',
    ko: 'DENY 정책 {policy}의 rules[{rule}]에 일치해 거부합니다.',
  },
  'decision.defaultAllow': {
    en: 'Allowed by default: no ALLOW policy applies to this workload.',
    ko: '이 워크로드에 적용되는 ALLOW 정책이 없어 기본으로 허용합니다.',
  },
  'decision.defaultDeny': {
    en: 'Denied by default: ALLOW policies apply, but none of their rules matched.',
    ko: 'ALLOW 정책이 적용되지만 일치하는 규칙이 없어 기본으로 거부합니다.',
  },
  'mtls.set': {
    en: 'mTLS mode at the server: {mode}, set by PeerAuthentication {source}',
    ko: '서버의 mTLS 모드: {mode} (PeerAuthentication {source} 설정)',
  },
  'mtls.default': {
    en: 'mTLS mode at the server: {mode}, the default: no PeerAuthentication sets a mode',
    ko: '서버의 mTLS 모드: {mode} (모드를 정한 PeerAuthentication이 없어 기본값)',
  },
  'side.client': { en: 'client', ko: '클라이언트' },
  'side.server': { en: 'server', ko: '서버' },
  'alert.unexpected_message': {
    en: 'a message came out of order',
    ko: '순서에 맞지 않는 메시지를 받음',
  },
  'alert.bad_record_mac': {
    en: 'a record failed its integrity check',
    ko: '레코드의 무결성 검사 실패',
  },
  'alert.handshake_failure': {
    en: 'no acceptable set of security parameters',
    ko: '서로 받아들일 수 있는 보안 설정이 없음',
  },
  'alert.bad_certificate': { en: 'the certificate is not valid', ko: '인증서가 올바르지 않음' },
  'alert.unsupported_certificate': {
    en: 'a certificate of an unsupported type',
    ko: '지원하지 않는 종류의 인증서',
  },
  'alert.certificate_revoked': { en: 'the certificate was revoked', ko: '폐기된 인증서' },
  'alert.certificate_expired': {
    en: 'the certificate has expired or is not yet valid',
    ko: '인증서가 만료되었거나 아직 유효하지 않음',
  },
  'alert.certificate_unknown': {
    en: 'the certificate could not be accepted',
    ko: '인증서를 받아들일 수 없음',
  },
  'alert.illegal_parameter': {
    en: 'a field held a value out of range',
    ko: '필드 값이 허용 범위를 벗어남',
  },
  'alert.unknown_ca': {
    en: 'the certificate does not chain to a trusted root',
    ko: '신뢰하는 루트로 이어지지 않는 인증서',
  },
  'alert.decode_error': { en: 'a message could not be decoded', ko: '메시지를 해석할 수 없음' },
  'alert.decrypt_error': {
    en: 'a signature or a Finished message did not verify',
    ko: '서명이나 Finished 메시지 검증 실패',
  },
  'alert.protocol_version': {
    en: 'the protocol version is not supported',
    ko: '지원하지 않는 프로토콜 버전',
  },
  'alert.internal_error': { en: 'an internal error', ko: '내부 오류' },
  'alert.missing_extension': {
    en: 'a required extension is missing',
    ko: '필요한 확장이 없음',
  },
  'alert.certificate_required': {
    en: 'the peer sent no certificate, but one is required',
    ko: '인증서가 필요한데 상대가 보내지 않음',
  },
  // Why the engine decided (src/sim/why.ts), one entry per code.
  'why.call.noPod': {
    en: 'No running pod is named {pod}.',
    ko: '이름이 {pod}인 실행 중인 Pod가 없습니다.',
  },
  'why.call.serverNoCert': {
    en: '{pod} has no certificate yet, so its sidecar cannot accept mTLS.',
    ko: '{pod}에 아직 인증서가 없어 사이드카가 mTLS 연결을 받을 수 없습니다.',
  },
  'why.call.clientNoCert': {
    en: '{pod} has no certificate yet, so its sidecar cannot start mTLS.',
    ko: '{pod}에 아직 인증서가 없어 사이드카가 mTLS 연결을 시작할 수 없습니다.',
  },
  'why.call.plaintextRefused': {
    en: 'Plaintext refused: {mtls}. The server’s sidecar accepts only mTLS and reset the connection.',
    ko: '평문 연결 거부: {mtls}. 서버 사이드카는 mTLS만 받으므로 연결을 끊었습니다.',
  },
  'why.call.handshakeFailed': {
    en: 'The TLS handshake failed.',
    ko: 'TLS 핸드셰이크에 실패했습니다.',
  },
  'why.call.handshakeFailedAt': {
    en: 'The TLS handshake failed. {failure}.',
    ko: 'TLS 핸드셰이크에 실패했습니다. {failure}.',
  },
  'why.call.denied': {
    en: 'HTTP 403 (RBAC: access denied). {decision}',
    ko: 'HTTP 403: RBAC 필터가 접근을 거부했습니다. {decision}',
  },
  'why.note.judgedLater': {
    en: 'The server judged the certificate at {at}, after its notAfter.',
    ko: '서버는 notAfter가 지난 {at} 시점에 인증서를 검사했습니다.',
  },
  'why.note.impostor': {
    en: '{impostor} answered for {service} with its own valid SVID.',
    ko: '{impostor|이/가} 자기 자신의 유효한 SVID로 {service} 대신 응답했습니다.',
  },
  'why.attack.noCertToReplay': {
    en: '{pod} has no certificate to replay.',
    ko: '{pod}에는 재사용할 인증서가 없습니다.',
  },
  'why.attack.victimNotRunning': {
    en: '{pod} is not running, so there is no live token to steal.',
    ko: '{pod|이/가} 실행 중이 아니어서 훔칠 수 있는 유효한 토큰이 없습니다.',
  },
  'why.attack.noRetiredToken': {
    en: 'There is no token of a deleted or recreated pod {pod} to replay.',
    ko: '삭제되거나 다시 만들어진 Pod {pod}의 토큰이 없어 재사용할 수 없습니다.',
  },
  'why.attack.issued': {
    en: 'TokenReview authenticated {user}; istiod issued {issued}.',
    ko: 'TokenReview가 {user|을/를} 인증했고 istiod가 {issued|을/를} 발급했습니다.',
  },
  'why.attack.issuedIgnoringSan': {
    en: 'TokenReview authenticated {user}. The CSR asked for {requested}, but istiod ignored it and issued the token’s identity {issued}.',
    ko: 'TokenReview가 {user|을/를} 인증했습니다. CSR은 {requested|을/를} 요청했지만 istiod는 이를 무시하고 토큰의 신원 {issued|을/를} 발급했습니다.',
  },
  'why.matrix.noCert': {
    en: 'The {side} {pod} has no certificate yet.',
    ko: '{side} {pod}에 아직 인증서가 없습니다.',
  },
  'why.matrix.certExpired': {
    en: 'The {side}’s certificate ({pod}) expired at {at}.',
    ko: '{side} {pod}의 인증서가 {at}에 만료되었습니다.',
  },
  'why.matrix.decision': { en: '{decision}', ko: '{decision}' },
  'why.csr.istiodUnreachable': {
    en: 'istiod is unreachable.',
    ko: 'istiod에 연결할 수 없습니다.',
  },
  'why.csr.istiodRefused': {
    en: 'istiod is unreachable: the connection to {address} was refused.',
    ko: 'istiod에 연결할 수 없습니다: {address} 연결이 거부되었습니다.',
  },
  'why.csr.istiodWentAway': {
    en: 'istiod went away before it answered.',
    ko: 'istiod가 응답하기 전에 중단되었습니다.',
  },
  'why.csr.noToken': {
    en: 'The request carried no Bearer token in its authorization header.',
    ko: '요청의 인증 헤더에 Bearer 토큰이 없습니다.',
  },
  'why.csr.notAuthenticated': {
    en: 'TokenReview did not authenticate the token.',
    ko: 'TokenReview가 토큰을 인증하지 않았습니다.',
  },
  'why.csr.notAuthenticatedBecause': {
    en: 'TokenReview did not authenticate the token: {cause}',
    ko: 'TokenReview가 토큰을 인증하지 않았습니다: {cause}',
  },
  'why.csr.unexpectedUsername': {
    en: 'The token’s user {username} is not of the form system:serviceaccount:NS:SA.',
    ko: '토큰의 사용자 {username|은/는} system:serviceaccount:NS:SA 형식이 아닙니다.',
  },
  'why.csr.notServiceAccount': {
    en: 'The token of {username} is not a ServiceAccount token.',
    ko: '{username}의 토큰은 ServiceAccount 토큰이 아닙니다.',
  },
  'why.csr.invalidCsr': {
    en: 'istiod rejected the CSR ({code}): it is malformed, unsupported or its signature does not verify.',
    ko: 'istiod가 CSR을 거부했습니다({code}): 형식이 잘못되었거나 지원하지 않거나 서명이 검증되지 않습니다.',
  },
  'why.csr.rootExpired': {
    en: 'istiod’s {what} certificate (serial {serial}) expired at {at}: nothing can be signed under it until it is replaced.',
    ko: 'istiod의 {what} 인증서(일련번호 {serial})가 {at}에 만료되었습니다. 교체하기 전에는 그 아래로 아무것도 서명할 수 없습니다.',
  },
  'why.csr.rootExpiring': {
    en: 'istiod’s {what} certificate (serial {serial}) expires at {at}: under a second is left, too little to sign under it.',
    ko: 'istiod의 {what} 인증서(일련번호 {serial})가 {at}에 만료됩니다. 남은 시간이 1초도 안 되어 그 아래로 서명할 수 없습니다.',
  },
  'why.csr.ttlTooLong': {
    en: 'The requested lifetime of {requested} h is longer than the maximum of {max} h.',
    ko: '요청한 유효 기간 {requested}시간이 최대 {max}시간보다 깁니다.',
  },
  'why.token.expired': {
    en: 'The token has expired (exp).',
    ko: '토큰의 만료 시각이 지났습니다.',
  },
  'why.token.badSignature': {
    en: 'The token’s signature does not verify.',
    ko: '토큰의 서명이 검증되지 않습니다.',
  },
  'why.token.claimInvalid': {
    en: 'The token’s {claim} claim is invalid.',
    ko: '토큰의 {claim} 클레임이 올바르지 않습니다.',
  },
  'why.token.invalid': {
    en: 'The token is invalid: {detail}',
    ko: '토큰이 올바르지 않습니다: {detail}',
  },
  'why.token.wrongAudience': {
    en: 'The token’s audience ({audiences}) is not the one asked for ({wanted}).',
    ko: '토큰의 audience({audiences})가 요구한 값({wanted})과 다릅니다.',
  },
  'why.token.podNotFound': {
    en: 'The pod the token is bound to, {pod}, no longer exists.',
    ko: '토큰이 묶인 Pod {pod|이/가} 더 이상 없습니다.',
  },
  'why.token.podRecreated': {
    en: 'The pod {pod} was recreated since the token was issued: the token names UID {boundUid}, the pod now has UID {uid}.',
    ko: '토큰 발급 뒤 Pod {pod|이/가} 다시 만들어졌습니다. 토큰의 UID는 {boundUid}, 지금 Pod의 UID는 {uid}입니다.',
  },
  'why.token.serviceAccountNotFound': {
    en: 'The ServiceAccount the token is bound to, {serviceAccount}, no longer exists.',
    ko: '토큰이 묶인 ServiceAccount {serviceAccount|이/가} 더 이상 없습니다.',
  },
  'why.cacerts.notCertificate': {
    en: 'It does not hold a readable certificate.',
    ko: '읽을 수 있는 인증서가 들어 있지 않습니다.',
  },
  'why.cacerts.notCa': {
    en: '“{subject}” is not a CA certificate (no CA:TRUE or keyCertSign), so it cannot sign workload certificates.',
    ko: '“{subject}”: CA 인증서가 아니어서(CA:TRUE나 keyCertSign 없음) 워크로드 인증서를 서명할 수 없습니다.',
  },
  'why.cacerts.badKey': {
    en: 'It is not a PKCS#8 RSA or ECDSA private key.',
    ko: 'PKCS#8 형식의 RSA나 ECDSA 개인 키가 아닙니다.',
  },
  'why.cacerts.keyMismatch': {
    en: 'The private key does not match the public key of ca-cert.pem.',
    ko: '개인 키가 ca-cert.pem의 공개 키와 맞지 않습니다.',
  },
  'why.cacerts.noRoot': {
    en: 'It holds no certificate.',
    ko: '인증서가 하나도 없습니다.',
  },
  'why.cacerts.notYetValid': {
    en: '“{subject}” is not valid before {at} (now {now}).',
    ko: '“{subject}”의 유효 기간은 {at}부터입니다(지금 {now}).',
  },
  'why.cacerts.expired': {
    en: '“{subject}” expired at {at} (now {now}).',
    ko: '“{subject}”의 유효 기간이 {at}에 끝났습니다(지금 {now}).',
  },
  'why.cacerts.notSignedByRoot': {
    en: '“{subject}” (issued by “{issuer}”) is not signed by any root in root-cert.pem, directly or through cert-chain.pem.',
    ko: '“{subject}”(발급자 “{issuer}”)의 서명을 root-cert.pem의 어느 루트로도, cert-chain.pem을 거쳐서도 검증할 수 없습니다.',
  },
  'why.cacerts.other': {
    en: 'istiod cannot load it.',
    ko: 'istiod가 읽어 들일 수 없습니다.',
  },
  // parts of a reason
  'why.part.root': { en: 'root', ko: '루트' },
  'why.part.intermediate': { en: 'intermediate', ko: '중간 CA' },
  'why.withNote': { en: '{text} ({note})', ko: '{text} ({note})' },
  'why.secureNaming': {
    en: 'Secure naming: the server presented {presented}, which is not an identity of service {service} (expected {expected}).',
    ko: 'secure naming: 서버가 보인 {presented|은/는} 서비스 {service}의 신원이 아닙니다(기대한 신원 {expected}).',
  },
  'why.rejectedCert': {
    en: 'The refused certificate names {presented}.',
    ko: '거부된 인증서의 ID는 {presented}입니다.',
  },
  'why.secureNaming.none': { en: 'none: it has no endpoints', ko: '없음: 엔드포인트가 없음' },
  'why.check.expired': {
    en: 'The certificate is past its notAfter at the time it was checked.',
    ko: '검사한 시점에 인증서의 notAfter가 지났습니다.',
  },
  'why.check.not-yet-valid': {
    en: 'The certificate is not yet valid at the time it was checked.',
    ko: '검사한 시점에 인증서가 아직 유효하지 않습니다.',
  },
  'why.check.unknown-authority': {
    en: 'No root the receiver trusts signed this certificate.',
    ko: '받는 쪽이 신뢰하는 어느 루트도 이 인증서를 서명하지 않았습니다.',
  },
  'why.check.bad-signature': {
    en: 'The certificate’s signature does not verify with its issuer’s key.',
    ko: '인증서의 서명이 발급자의 키로 검증되지 않습니다.',
  },
  'why.check.trust-domain-mismatch': {
    en: 'The certificate’s SPIFFE ID is in a trust domain the receiver does not accept.',
    ko: '인증서의 SPIFFE ID가 받는 쪽이 인정하지 않는 신뢰 도메인에 속합니다.',
  },
  'why.check.no-bundle': {
    en: 'The receiver holds no trust bundle for the certificate’s trust domain.',
    ko: '받는 쪽에 그 인증서의 신뢰 도메인에 대한 신뢰 번들이 없습니다.',
  },
  'why.check.empty-chain': {
    en: 'No certificate was presented.',
    ko: '인증서가 하나도 오지 않았습니다.',
  },
  'why.check.parse': {
    en: 'A certificate could not be parsed.',
    ko: '인증서를 해석할 수 없습니다.',
  },
  'why.check.no-pem': {
    en: 'No PEM certificate block was found.',
    ko: 'PEM 인증서 블록이 없습니다.',
  },
  'why.check.no-uri-san': {
    en: 'The leaf has no URI SAN, so it carries no SPIFFE ID.',
    ko: '리프 인증서에 URI SAN이 없어 SPIFFE ID가 없습니다.',
  },
  'why.check.multiple-uri-san': {
    en: 'The leaf has more than one URI SAN; an SVID has exactly one.',
    ko: '리프 인증서에 URI SAN이 둘 이상입니다. SVID에는 정확히 하나만 있어야 합니다.',
  },
  'why.check.bad-spiffe-id': {
    en: 'The leaf’s URI SAN is not a valid SPIFFE ID.',
    ko: '리프 인증서의 URI SAN이 올바른 SPIFFE ID가 아닙니다.',
  },
  'why.check.root-path': {
    en: 'The leaf’s SPIFFE ID has no path: it names the trust domain, not a workload.',
    ko: '리프 인증서의 SPIFFE ID에 경로가 없어 워크로드가 아니라 신뢰 도메인을 가리킵니다.',
  },
  'why.check.leaf-ca': {
    en: 'The leaf says CA:TRUE; a workload certificate must not be a CA.',
    ko: '리프 인증서가 CA:TRUE입니다. 워크로드 인증서는 CA일 수 없습니다.',
  },
  'why.check.leaf-no-digital-signature': {
    en: 'The leaf lacks the digitalSignature key usage it needs to sign the handshake.',
    ko: '리프 인증서에 핸드셰이크 서명에 필요한 digitalSignature 키 용도가 없습니다.',
  },
  'why.check.leaf-key-cert-sign': {
    en: 'The leaf may sign certificates (keyCertSign), which a leaf must not.',
    ko: '리프 인증서에 keyCertSign 키 용도가 있습니다. 리프는 인증서를 서명할 수 없어야 합니다.',
  },
  'why.check.leaf-crl-sign': {
    en: 'The leaf may sign CRLs (cRLSign), which a leaf must not.',
    ko: '리프 인증서에 cRLSign 키 용도가 있습니다. 리프에는 없어야 합니다.',
  },
  'why.check.signer-not-ca': {
    en: 'A certificate that signs the chain is not a CA.',
    ko: '체인을 서명한 인증서가 CA가 아닙니다.',
  },
  'why.check.signer-no-key-cert-sign': {
    en: 'A certificate that signs the chain lacks the keyCertSign key usage.',
    ko: '체인을 서명한 인증서에 keyCertSign 키 용도가 없습니다.',
  },
  'why.check.san-not-critical': {
    en: 'The leaf’s Subject is empty, so its SAN extension must be critical, and it is not.',
    ko: '리프 인증서의 Subject가 비어 있으니 SAN 확장이 critical이어야 하는데 그렇지 않습니다.',
  },
  'why.check.key-usage-not-critical': {
    en: 'The leaf’s key usage extension is not marked critical.',
    ko: '리프 인증서의 키 용도 확장이 critical로 표시되어 있지 않습니다.',
  },
  'why.check.bad-trust-domain': {
    en: 'The expected trust domain is not a valid name.',
    ko: '기대한 신뢰 도메인이 올바른 이름이 아닙니다.',
  },
  'why.check.bundle-parse': {
    en: 'A certificate in the trust bundle could not be parsed.',
    ko: '신뢰 번들의 인증서를 해석할 수 없습니다.',
  },
  'why.check.path-len': {
    en: 'The path has more intermediate CAs than a CA’s pathLenConstraint allows.',
    ko: '경로의 중간 CA 수가 어느 CA의 pathLenConstraint가 허용하는 것보다 많습니다.',
  },
  'why.check.unhandled-critical-extension': {
    en: 'A certificate has a critical extension the validator does not process, so it must be refused.',
    ko: '처리하지 못하는 critical 확장이 있는 인증서는 거부해야 합니다.',
  },
  'why.check.rfc5280-profile': {
    en: 'A certificate breaks the RFC 5280 profile.',
    ko: 'RFC 5280 규격을 어긴 인증서가 있습니다.',
  },
  'why.check.name-constraints': {
    en: 'A certificate breaks the name constraints of a CA above it.',
    ko: '위쪽 CA의 이름 제약을 어긴 인증서가 있습니다.',
  },
  'why.check.key-parse': {
    en: 'The private key could not be parsed.',
    ko: '개인 키를 해석할 수 없습니다.',
  },
  'why.check.no-private-key': {
    en: 'No private key was found.',
    ko: '개인 키가 없습니다.',
  },
  'why.check.key-mismatch': {
    en: 'The private key does not belong to the leaf certificate.',
    ko: '개인 키가 리프 인증서의 것이 아닙니다.',
  },
  'why.check.san-mismatch': {
    en: 'Secure naming: the server’s identity is not one the service runs as.',
    ko: '보안 이름 검사: 서버의 신원이 그 서비스가 쓰는 신원이 아닙니다.',
  },
} as const satisfies Dictionary;
