import {
  decodeJwt,
  decodeProtectedHeader,
  errors,
  type CryptoKey as JoseKey,
  jwtVerify,
  SignJWT,
} from 'jose';
import type { Cluster, Pod } from './cluster';
import { type Why, why } from './why';

/** The issuer Kubernetes writes into ServiceAccount tokens by default. */
export const TOKEN_ISSUER = 'https://kubernetes.default.svc.cluster.local';
/** Where the istio-proxy finds its projected token (injection template). */
export const ISTIO_TOKEN_PATH = '/var/run/secrets/tokens/istio-token';
/** The audience istiod asks TokenReview to check. */
export const ISTIO_CA_AUDIENCE = 'istio-ca';

/** Claims of a bound, projected ServiceAccount token (KEP-1205). */
export interface ProjectedTokenClaims {
  iss: string;
  sub: string;
  aud: string[];
  exp: number;
  iat: number;
  nbf: number;
  jti: string;
  'kubernetes.io': {
    namespace: string;
    node: { name: string };
    pod: { name: string; uid: string };
    serviceaccount: { name: string; uid: string };
  };
}

export interface IssuedToken {
  token: string;
  claims: ProjectedTokenClaims;
  audience: string;
  expiresAt: number;
}

/** status of an authentication.k8s.io/v1 TokenReview. */
export interface TokenReviewStatus {
  authenticated: boolean;
  user?: { username: string; uid: string; groups: string[] };
  audiences?: string[];
  error?: string;
  /** `error`, structured, for the app's languages. */
  why?: Why;
}

/**
 * The kube-apiserver's part in workload identity: it signs projected ServiceAccount tokens
 * (real JWTs on WebCrypto ECDSA P-256, ES256; real clusters mostly use RS256) and answers
 * TokenReview, which checks signature, expiry, audience and that the bound pod still exists.
 */
export class KubeApiServer {
  private constructor(
    private readonly privateKey: CryptoKey,
    readonly publicKey: CryptoKey,
    readonly keyId: string,
  ) {}

  /** Makes the service-account signing key. */
  static async create(keyId: string): Promise<KubeApiServer> {
    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ]);
    return new KubeApiServer(pair.privateKey, pair.publicKey, keyId);
  }

  /** The kubelet's TokenRequest for a pod: a token bound to the pod's name and UID. */
  async issueToken(
    pod: Pod,
    opts: { audience: string; ttlMs: number; now: number; serviceAccountUid: string; jti: string },
  ): Promise<IssuedToken> {
    const iat = Math.floor(opts.now / 1000);
    const exp = iat + Math.floor(opts.ttlMs / 1000);
    const claims: ProjectedTokenClaims = {
      aud: [opts.audience],
      exp,
      iat,
      iss: TOKEN_ISSUER,
      jti: opts.jti,
      'kubernetes.io': {
        namespace: pod.namespace,
        node: { name: pod.node.name },
        pod: { name: pod.name, uid: pod.uid },
        serviceaccount: { name: pod.serviceAccount, uid: opts.serviceAccountUid },
      },
      nbf: iat,
      sub: `system:serviceaccount:${pod.namespace}:${pod.serviceAccount}`,
    };
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: this.keyId })
      .sign(this.privateKey as JoseKey);
    return { token, claims, audience: opts.audience, expiresAt: exp * 1000 };
  }

  /**
   * TokenReview (authentication.k8s.io/v1): signature, iss, exp/nbf at `now`, the audiences
   * asked for, then the binding: the pod must still exist with the same UID.
   */
  async reviewToken(
    token: string,
    opts: { audiences: string[]; now: number; cluster: Cluster },
  ): Promise<TokenReviewStatus> {
    return this.checkBinding(await this.verifyJwt(token, opts.now), opts);
  }

  /** The stateless half of TokenReview: the JWT's signature, issuer and times at `now`. */
  async verifyJwt(token: string, now: number): Promise<VerifiedJwt> {
    try {
      const verified = await jwtVerify(token, this.publicKey as JoseKey, {
        issuer: TOKEN_ISSUER,
        currentDate: new Date(now),
        algorithms: ['ES256'],
      });
      return { ok: true, claims: verified.payload as unknown as ProjectedTokenClaims };
    } catch (error) {
      return {
        ok: false,
        error: `invalid bearer token, ${describeJoseError(error)}`,
        why: joseWhy(error),
      };
    }
  }

  /** The stateful half: audiences, and that the bound pod and ServiceAccount still exist. */
  checkBinding(
    jwt: VerifiedJwt,
    opts: { audiences: string[]; cluster: Cluster },
  ): TokenReviewStatus {
    if (!jwt.ok) return { authenticated: false, error: jwt.error, why: jwt.why };
    const claims = jwt.claims;
    const audiences = claims.aud.filter((a) => opts.audiences.includes(a));
    if (audiences.length === 0) {
      return {
        authenticated: false,
        error: `invalid bearer token, token audiences ${JSON.stringify(claims.aud)} is invalid for the target audiences ${JSON.stringify(opts.audiences)}`,
        why: why('token.wrongAudience', {
          audiences: claims.aud.join(', '),
          wanted: opts.audiences.join(', '),
        }),
      };
    }
    const bound = claims['kubernetes.io'];
    const pod = opts.cluster.pods.get(`${bound.namespace}/${bound.pod.name}`);
    if (!pod) {
      return {
        authenticated: false,
        error: `invalid bearer token, pods "${bound.pod.name}" not found`,
        why: why('token.podNotFound', { pod: `${bound.namespace}/${bound.pod.name}` }),
      };
    }
    if (pod.uid !== bound.pod.uid) {
      return {
        authenticated: false,
        error: `invalid bearer token, the UID in the bound object reference (${bound.pod.uid}) does not match the UID in record (${pod.uid}); the pod was recreated since this token was issued`,
        why: why('token.podRecreated', { pod: pod.key, boundUid: bound.pod.uid, uid: pod.uid }),
      };
    }
    const sa = opts.cluster.serviceAccounts.get(`${bound.namespace}/${bound.serviceaccount.name}`);
    if (!sa || sa.uid !== bound.serviceaccount.uid) {
      return {
        authenticated: false,
        error: `invalid bearer token, serviceaccounts "${bound.serviceaccount.name}" not found`,
        why: why('token.serviceAccountNotFound', {
          serviceAccount: `${bound.namespace}/${bound.serviceaccount.name}`,
        }),
      };
    }
    return {
      authenticated: true,
      audiences,
      user: {
        username: claims.sub,
        uid: sa.uid,
        groups: [
          'system:serviceaccounts',
          `system:serviceaccounts:${bound.namespace}`,
          'system:authenticated',
        ],
      },
    };
  }
}

/** A JWT whose signature, issuer and times were checked (or why not). */
export type VerifiedJwt =
  | { ok: true; claims: ProjectedTokenClaims }
  | { ok: false; error: string; why: Why };

/** Header and claims of a JWT, without verifying it (for display). */
export function decodeToken(token: string): {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
} {
  return {
    header: decodeProtectedHeader(token) as Record<string, unknown>,
    claims: decodeJwt(token),
  };
}

function joseWhy(error: unknown): Why {
  if (error instanceof errors.JWTExpired) return why('token.expired');
  if (error instanceof errors.JWSSignatureVerificationFailed) return why('token.badSignature');
  if (error instanceof errors.JWTClaimValidationFailed)
    return why('token.claimInvalid', { claim: error.claim });
  return why('token.invalid', { detail: describeJoseError(error) });
}

function describeJoseError(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'token is expired (exp)';
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return 'signature verification failed';
  if (error instanceof errors.JWTClaimValidationFailed)
    return `claim ${error.claim} is invalid: ${error.reason}`;
  if (error instanceof errors.JOSEError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
