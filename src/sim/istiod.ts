import {
  type CaCertificate,
  createRootCa,
  positiveSerial,
  type RootCa,
  signWorkloadCertificate,
  type WorkloadCertRequest,
} from '../pki/ca';
import type { Cacerts } from '../pki/cacerts';
import { CsrError, type VerifiedCsr, verifyCsr } from '../pki/csr';
import { toHex } from '../pki/hex';
import type { KeyAlgorithm } from '../pki/keys';
import { buildSpiffeId } from '../pki/spiffe-id';
import { ISTIO_CA_AUDIENCE, type KubeApiServer, type TokenReviewStatus } from './apiserver';
import { caCertificate, loadSigner } from './ca/signer';
import type { Cluster } from './cluster';
import type { Rng } from './rng';
import { type Why, why } from './why';

/** Istio's longest workload certificate: a longer request is rejected, not shortened. */
export const MAX_WORKLOAD_CERT_TTL_MS = 90 * 86_400_000;
/** notBefore is backdated by this much for clock skew (generate_cert.go). */
export const CLOCK_SKEW_GRACE_MS = 2 * 60_000;
/** The gRPC method pilot-agent calls (istio/api security/v1alpha1/ca.proto). */
export const CREATE_CERTIFICATE_RPC = '/istio.v1.auth.IstioCertificateService/CreateCertificate';
/** istiod's CA address as a proxy dials it. */
export const ISTIOD_CA_ADDRESS = 'istiod.istio-system.svc:15012';

/** The caller identity istiod derives from a TokenReview (kube_jwt.go). */
export interface CallerIdentity {
  namespace: string;
  serviceAccount: string;
  spiffeId: string;
}

export type Authentication =
  | { ok: true; review: TokenReviewStatus; caller: CallerIdentity }
  | { ok: false; review?: TokenReviewStatus; reason: string; why: Why };

export interface SignedChain {
  /** SDS `default`'s chain: the leaf, then cert-chain.pem (intermediates and their root). */
  certChain: Uint8Array[];
  /** The roots istiod sends with it (root-cert.pem), which become the proxy's `ROOTCA`. */
  rootCerts: Uint8Array[];
  spiffeId: string;
  serialHex: string;
  notBefore: number;
  notAfter: number;
  requestedSans: string[];
}

export type Signing = ({ ok: true } & SignedChain) | { ok: false; reason: string; why: Why };

/** What istiod signs with and hands out (Istio's KeyCertBundle). */
interface KeyCertBundle {
  /** ca-cert.pem and ca-key.pem: the self-signed root, or a plugged-in intermediate. */
  signer: RootCa;
  /** cert-chain.pem: what follows a leaf in its chain, up to and including the root. */
  certChain: Uint8Array[];
  /** root-cert.pem: the trust bundle, one root or more while a root is rotated. */
  rootCerts: Uint8Array[];
}

/**
 * istiod as the mesh's CA: a self-signed root or a plugged-in intermediate, and
 * `CreateCertificate`, which authenticates the caller by TokenReview, takes the identity from
 * the token (never from the CSR, whose signature alone is checked) and signs a leaf with
 * Istio's profile.
 */
export class Istiod {
  up = true;
  private bundle: KeyCertBundle;
  /** The root the signing certificate chains to. */
  root: CaCertificate;

  private constructor(
    readonly trustDomain: string,
    readonly mode: 'self-signed' | 'plugged-in',
    bundle: KeyCertBundle,
    private readonly rng: Rng,
  ) {
    this.bundle = bundle;
    this.root = rootOf(bundle);
  }

  /** Generates the self-signed root, as istiod does on first start without `cacerts`. */
  static async create(opts: {
    trustDomain: string;
    rootKeyAlgorithm: KeyAlgorithm;
    rootTtlMs: number;
    now: number;
    rng: Rng;
  }): Promise<Istiod> {
    const root = await createRootCa({
      trustDomain: opts.trustDomain,
      algorithm: opts.rootKeyAlgorithm,
      notBefore: opts.now,
      ttlMs: opts.rootTtlMs,
      serial: opts.rng.bytes(16),
    });
    const bundle = { signer: root, certChain: [root.certDer], rootCerts: [root.certDer] };
    return new Istiod(opts.trustDomain, 'self-signed', bundle, opts.rng);
  }

  /** Starts with a plugged-in `cacerts`; throws CacertsError, as istiod exits, when it is bad. */
  static async plugged(opts: {
    trustDomain: string;
    cacerts: Cacerts;
    now: number;
    rng: Rng;
  }): Promise<Istiod> {
    const signer = await loadSigner(opts.cacerts, opts.trustDomain, opts.now);
    const { certChain, rootCerts } = opts.cacerts;
    return new Istiod(opts.trustDomain, 'plugged-in', { signer, certChain, rootCerts }, opts.rng);
  }

  /** The signing CA: the self-signed root, or the plugged-in intermediate. */
  get signer(): RootCa {
    return this.bundle.signer;
  }

  /** cert-chain.pem: the certificates after a leaf, up to the root. */
  get certChain(): readonly Uint8Array[] {
    return this.bundle.certChain;
  }

  /** root-cert.pem: the roots istiod distributes. */
  get rootCerts(): readonly Uint8Array[] {
    return this.bundle.rootCerts;
  }

  /**
   * A changed `cacerts` secret, reloaded as istiod does when the mounted files change
   * (pilot/pkg/bootstrap/istio_ca.go watches them): checked first; a bad one is refused with
   * a CacertsError and the current CA keeps signing.
   */
  async reload(cacerts: Cacerts, now: number): Promise<void> {
    const signer = await loadSigner(cacerts, this.trustDomain, now);
    this.replace({ signer, certChain: cacerts.certChain, rootCerts: cacerts.rootCerts });
  }

  /** Installs a new bundle (a reload, or the self-signed root re-issued). */
  replace(bundle: KeyCertBundle): void {
    this.bundle = bundle;
    this.root = rootOf(bundle);
  }

  /**
   * Authenticates a caller from its bearer token: TokenReview with audience `istio-ca`; the
   * user must be `system:serviceaccount:<ns>:<sa>` in group `system:serviceaccounts`.
   */
  async authenticate(
    token: string | undefined,
    ctx: { apiserver: KubeApiServer; cluster: Cluster; now: number },
  ): Promise<Authentication> {
    if (!token)
      return {
        ok: false,
        reason: 'no bearer token in the authorization header',
        why: why('csr.noToken'),
      };
    const review = await ctx.apiserver.reviewToken(token, {
      audiences: [ISTIO_CA_AUDIENCE],
      now: ctx.now,
      cluster: ctx.cluster,
    });
    return this.callerFrom(review);
  }

  /** The caller's identity from a TokenReview answer (kube_jwt.go). */
  callerFrom(review: TokenReviewStatus): Authentication {
    if (!review.authenticated || !review.user) {
      return {
        ok: false,
        review,
        reason: `TokenReview: not authenticated: ${review.error ?? 'unknown'}`,
        why: { ...why('csr.notAuthenticated'), ...(review.why ? { cause: review.why } : {}) },
      };
    }
    const parts = review.user.username.split(':');
    if (parts.length !== 4 || parts[0] !== 'system' || parts[1] !== 'serviceaccount') {
      return {
        ok: false,
        review,
        reason: `unexpected username ${review.user.username}`,
        why: why('csr.unexpectedUsername', { username: review.user.username }),
      };
    }
    if (!review.user.groups.includes('system:serviceaccounts')) {
      return {
        ok: false,
        review,
        reason: 'the token is not a ServiceAccount token',
        why: why('csr.notServiceAccount', { username: review.user.username }),
      };
    }
    const namespace = parts[2]!;
    const serviceAccount = parts[3]!;
    const spiffeId = buildSpiffeId(this.trustDomain, namespace, serviceAccount);
    return { ok: true, review, caller: { namespace, serviceAccount, spiffeId } };
  }

  /** Checks the CSR's self-signature (the only thing istiod takes from it besides the key). */
  async checkCsr(csr: Uint8Array): Promise<CsrCheck> {
    try {
      return { ok: true, csr: await verifyCsr(csr) };
    } catch (error) {
      const detail = error instanceof CsrError ? error.message : String(error);
      const code = error instanceof CsrError ? error.code : 'malformed';
      return { ok: false, reason: `CSR rejected: ${detail}`, why: why('csr.invalidCsr', { code }) };
    }
  }

  /**
   * Decides the certificate: identity from the caller (the CSR's SANs are ignored), serial
   * from the PRNG, notBefore backdated 2 min, notAfter capped at the root's. TTL above the
   * maximum is refused, not shortened.
   */
  plan(caller: CallerIdentity, csr: VerifiedCsr, opts: { ttlMs: number; now: number }): CertPlan {
    const rootExpired = this.rootExpiry(opts.now);
    if (rootExpired)
      return {
        ok: false,
        reason: rootExpired,
        why: this.rootExpiryWhy(opts.now)!,
        rootExpired: true,
      };
    if (opts.ttlMs > MAX_WORKLOAD_CERT_TTL_MS) {
      const requested = opts.ttlMs / 3_600_000;
      const max = MAX_WORKLOAD_CERT_TTL_MS / 3_600_000;
      return {
        ok: false,
        reason: `requested TTL ${requested}h is greater than the max allowed TTL ${max}h`,
        why: why('csr.ttlTooLong', { requested, max }),
      };
    }
    const now = Math.floor(opts.now / 1000) * 1000;
    const serial = positiveSerial(this.rng.bytes(16));
    return {
      ok: true,
      request: {
        subjectPublicKeyInfo: csr.spki,
        spiffeId: caller.spiffeId,
        serial,
        notBefore: now - CLOCK_SKEW_GRACE_MS,
        notAfter: Math.min(now + opts.ttlMs, this.root.notAfter, this.signer.notAfter),
      },
      requestedSans: csr.uriSans,
    };
  }

  /**
   * Why nothing can be signed at `now`, or undefined while the root has time left. Certificate
   * times are whole seconds, so a leaf capped to a root with under a second left would be dead
   * on arrival; refusing then also ends the ever-shorter renewals the cap causes near the end.
   */
  rootExpiry(now: number): string | undefined {
    const found = this.expiringCa(now);
    if (!found) return undefined;
    const { what, serial, at, expired } = found;
    return expired
      ? `istiod's ${what} certificate (serial ${serial}) expired at ${at}: nothing can be signed under it until the ${what} is replaced`
      : `istiod's ${what} certificate (serial ${serial}) expires at ${at}: under a second is left, too little to sign a certificate under it`;
  }

  /** `rootExpiry`, structured. */
  rootExpiryWhy(now: number): Why | undefined {
    const found = this.expiringCa(now);
    if (!found) return undefined;
    const { what, serial, at, expired } = found;
    return why(expired ? 'csr.rootExpired' : 'csr.rootExpiring', { what, serial, at });
  }

  /** The root, or the intermediate signing under it, with under a second of life left. */
  private expiringCa(
    now: number,
  ): { what: 'root' | 'intermediate'; serial: string; at: string; expired: boolean } | undefined {
    const signer = this.signer;
    const checks: [CaCertificate, 'root' | 'intermediate'][] = [[this.root, 'root']];
    if (signer.certDer !== this.root.certDer) checks.push([signer, 'intermediate']);
    for (const [{ notAfter, serialHex }, what] of checks) {
      if (notAfter - now >= 1000) continue;
      const at = new Date(notAfter).toISOString();
      return { what, serial: serialHex, at, expired: now > notAfter };
    }
    return undefined;
  }

  /**
   * Signs a planned certificate with the signing key; the chain is leaf first, then
   * cert-chain.pem, root last (security/pkg/server/ca/server.go CreateCertificate), and the
   * trust bundle goes with it.
   */
  async signPlanned(plan: Extract<CertPlan, { ok: true }>): Promise<SignedChain> {
    const { request } = plan;
    const { signer, certChain, rootCerts } = this.bundle;
    const leaf = await signWorkloadCertificate(signer, request);
    return {
      certChain: [leaf, ...certChain],
      rootCerts,
      spiffeId: request.spiffeId,
      serialHex: toHex(request.serial),
      notBefore: request.notBefore,
      notAfter: request.notAfter,
      requestedSans: plan.requestedSans,
    };
  }

  /** CreateCertificate after authentication: check the CSR, plan, sign. */
  async sign(
    csr: Uint8Array,
    caller: CallerIdentity,
    opts: { ttlMs: number; now: number },
  ): Promise<Signing> {
    const checked = await this.checkCsr(csr);
    if (!checked.ok) return checked;
    const plan = this.plan(caller, checked.csr, opts);
    if (!plan.ok) return plan;
    return { ok: true, ...(await this.signPlanned(plan)) };
  }
}

function rootOf(bundle: KeyCertBundle): CaCertificate {
  const last = bundle.certChain.at(-1);
  return !last || last === bundle.signer.certDer ? bundle.signer : caCertificate(last);
}

export type CsrCheck = { ok: true; csr: VerifiedCsr } | { ok: false; reason: string; why: Why };
export type CertPlan =
  | { ok: true; request: WorkloadCertRequest; requestedSans: string[] }
  | { ok: false; reason: string; why: Why; rootExpired?: true };
