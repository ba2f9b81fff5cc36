import { createCsr } from '../pki/csr';
import { generateKeyPair, type KeyPair } from '../pki/keys';
import { buildSpiffeId } from '../pki/spiffe-id';
import {
  ISTIO_CA_AUDIENCE,
  ISTIO_TOKEN_PATH,
  type IssuedToken,
  type KubeApiServer,
  type TokenReviewStatus,
  type VerifiedJwt,
} from './apiserver';
import type { Cluster, Pod } from './cluster';
import {
  CSR_RETRY_INITIAL_MS,
  CSR_RETRY_MAX_MS,
  CSR_RETRY_ROOT_EXPIRED_MAX_MS,
  type MeshConfig,
  TOKEN_REFRESH_FRACTION,
} from './config';
import type { SimEvent } from './events';
import type { CertPlan, CsrCheck, Istiod, SignedChain } from './istiod';
import type { Rng } from './rng';
import type { Scheduler, Timer } from './scheduler';
import { type Why, why } from './why';

/** What a proxy needs from the simulation around it. */
export interface ProxyContext {
  scheduler: Scheduler;
  config: MeshConfig;
  cluster: Cluster;
  apiserver: KubeApiServer;
  istiod: Istiod;
  rng: Rng;
  emit(event: SimEvent): void;
}

interface PendingRequest {
  keys: KeyPair;
  csr: Uint8Array;
}

/** A certificate held in the proxy's memory: SDS secret `default` (key + chain). */
export interface InstalledCert {
  chain: Uint8Array[];
  keys: KeyPair;
  spiffeId: string;
  serial: string;
  notBefore: number;
  notAfter: number;
  installedAt: number;
  renewAt: number;
}

/** The four issuance stages of the lesson, plus what can happen around them. */
export type ProxyStage =
  | 'starting'
  | 'token-mounted'
  | 'csr-sent'
  | 'reviewed'
  | 'ready'
  | 'renewing'
  | 'retrying'
  | 'expired'
  | 'stopped';

/** The artefacts of the latest issuance attempt, for the inspector and the step-through. */
export interface IssuanceTrace {
  attempt: number;
  startedAt: number;
  token: string;
  keyAlgorithm: string;
  csr?: Uint8Array;
  review?: TokenReviewStatus;
  spiffeId?: string;
  requestedSans?: string[];
  chain?: Uint8Array[];
  error?: string;
  /** `error`, structured, for the app's languages. */
  why?: Why;
}

/**
 * istio-proxy in one pod (pilot-agent + Envoy): the four steps of issuance, the SDS secrets
 * `default` and `ROOTCA` in memory, rotation at `renewAt` of the lifetime with a new key, and
 * retries with backoff while istiod does not answer. Each step is its own scheduled action,
 * so the steps are separate, ordered events even when no simulated time passes between them.
 */
export class IstioProxy {
  stage: ProxyStage = 'starting';
  token?: IssuedToken;
  current?: InstalledCert;
  /**
   * SDS `ROOTCA`: the roots this proxy trusts, as istiod sent them with its latest certificate
   * (the last entry of CreateCertificate's chain, security/pkg/nodeagent/cache). A root added
   * or removed at istiod reaches the proxy when it next renews.
   */
  trustBundle: readonly Uint8Array[] = [];
  rotations = 0;
  issuances = 0;
  /** How often this pod's istio-proxy container has restarted. */
  restarts = 0;
  trace?: IssuanceTrace;
  private attempt = 0;
  private mounts = 0;
  /** Key and CSR of the request under way, reused across retries until a certificate arrives. */
  private pending?: PendingRequest;
  private timers: Timer[] = [];
  private stopped = false;

  constructor(
    readonly pod: Pod,
    private readonly ctx: ProxyContext,
  ) {}

  /** Step 1 (Pod start): the kubelet mounts the projected token; the sidecar starts. */
  start(): void {
    this.mountToken(() => this.requestCertificate());
  }

  /**
   * The istio-proxy container came back in the same pod: the in-memory key and certificate are
   * gone, the projected token stays mounted (the kubelet keeps refreshing it), so the sidecar
   * goes straight to a new key and CSR.
   */
  restartFrom(previous: IstioProxy | undefined): void {
    const token = previous?.token;
    if (!previous || !token) {
      this.start();
      return;
    }
    this.restarts = previous.restarts + 1;
    this.mounts = previous.mounts;
    this.token = token;
    this.stage = 'token-mounted';
    const now = this.ctx.scheduler.now;
    const issuedAt = token.expiresAt - this.ctx.config.tokenTtlMs;
    const refreshAt = issuedAt + this.ctx.config.tokenTtlMs * TOKEN_REFRESH_FRACTION;
    this.mountToken(undefined, Math.max(0, refreshAt - now));
    this.requestCertificate();
  }

  /** The pod is gone: the proxy and its in-memory secrets go with it. */
  stop(): void {
    this.stopped = true;
    this.stage = 'stopped';
    for (const timer of this.timers) timer.cancel();
    this.timers = [];
  }

  get alive(): boolean {
    return !this.stopped;
  }

  /** The certificate is in place and within its validity at `now` (both ends inclusive). */
  hasValidCert(now: number): boolean {
    return !!this.current && now >= this.current.notBefore && now <= this.current.notAfter;
  }

  /** The kubelet's TokenRequest, then again at 80% of the token's lifetime. */
  private mountToken(then?: () => void, delay = 0): void {
    const { apiserver, config, cluster, scheduler } = this.ctx;
    const sa = cluster.serviceAccounts.get(`${this.pod.namespace}/${this.pod.serviceAccount}`);
    this.mounts += 1;
    const jti = `${this.pod.uid.slice(0, 24)}${this.mounts.toString(16).padStart(12, '0')}`;
    this.later(
      delay,
      'kubelet: mount token',
      (token: IssuedToken) => {
        this.token = token;
        if (this.stage === 'starting') this.stage = 'token-mounted';
        this.ctx.emit({
          type: 'token.mounted',
          pod: this.pod.key,
          audience: token.audience,
          expiresAt: token.expiresAt,
          path: ISTIO_TOKEN_PATH,
        });
        this.mountToken(undefined, config.tokenTtlMs * TOKEN_REFRESH_FRACTION);
        then?.();
      },
      () =>
        apiserver.issueToken(this.pod, {
          audience: ISTIO_CA_AUDIENCE,
          ttlMs: config.tokenTtlMs,
          now: scheduler.now,
          serviceAccountUid: sa?.uid ?? '',
          jti,
        }),
    );
  }

  /** Step 2 (CSR sent): a new key pair and PKCS#10 CSR, sent with the token. */
  private requestCertificate(): void {
    const { config } = this.ctx;
    const pending = this.pending;
    this.later(
      0,
      'istio-proxy: CSR',
      (request: PendingRequest) => {
        this.pending = request;
        this.attempt += 1;
        const token = this.token!.token;
        this.trace = {
          attempt: this.attempt,
          startedAt: this.ctx.scheduler.now,
          token,
          keyAlgorithm: config.keyAlgorithm,
          csr: request.csr,
        };
        if (this.stage !== 'expired') this.stage = this.current ? 'renewing' : 'csr-sent';
        this.ctx.emit({
          type: 'csr.sent',
          pod: this.pod.key,
          keyAlgorithm: config.keyAlgorithm,
          attempt: this.attempt,
        });
        if (!this.ctx.istiod.up) {
          return this.retry(
            'istiod is unreachable: connection refused (istiod.istio-system.svc:15012)',
            why('csr.istiodRefused', { address: 'istiod.istio-system.svc:15012' }),
          );
        }
        this.review(request, token);
      },
      async () => {
        if (pending) return pending;
        const keys = await generateKeyPair(config.keyAlgorithm);
        return { keys, csr: await createCsr(keys, { uriSans: [this.ownSpiffeId()] }) };
      },
    );
  }

  /** Step 3 (verify and issue): TokenReview, SPIFFE ID from namespace and SA, signature. */
  private review(request: PendingRequest, token: string): void {
    const { istiod, apiserver, cluster, scheduler, config } = this.ctx;
    this.later(
      0,
      'istiod: TokenReview',
      ([jwt, csr]: [VerifiedJwt, CsrCheck]) => {
        if (!istiod.up)
          return this.retry('istiod went away before answering', why('csr.istiodWentAway'));
        const review = apiserver.checkBinding(jwt, { audiences: [ISTIO_CA_AUDIENCE], cluster });
        const auth = istiod.callerFrom(review);
        if (this.trace) this.trace.review = review;
        this.ctx.emit({
          type: 'token.reviewed',
          pod: this.pod.key,
          authenticated: auth.ok,
          username: review.user?.username ?? '',
          ...(auth.ok ? {} : { error: auth.reason, why: auth.why }),
        });
        const plan = !auth.ok
          ? auth
          : !csr.ok
            ? csr
            : istiod.plan(auth.caller, csr.csr, { ttlMs: config.certTtlMs, now: scheduler.now });
        if (!plan.ok) {
          this.ctx.emit({
            type: 'csr.rejected',
            pod: this.pod.key,
            reason: plan.reason,
            why: plan.why,
          });
          const rootExpired = 'rootExpired' in plan && plan.rootExpired;
          return this.retry(
            plan.reason,
            plan.why,
            rootExpired ? CSR_RETRY_ROOT_EXPIRED_MAX_MS : undefined,
          );
        }
        if (this.stage === 'csr-sent') this.stage = 'reviewed';
        this.sign(plan, request);
      },
      () => Promise.all([apiserver.verifyJwt(token, scheduler.now), istiod.checkCsr(request.csr)]),
    );
  }

  private sign(plan: Extract<CertPlan, { ok: true }>, request: PendingRequest): void {
    this.later(
      0,
      'istiod: sign',
      (signed: SignedChain) => {
        if (this.trace) {
          this.trace.spiffeId = signed.spiffeId;
          this.trace.requestedSans = signed.requestedSans;
          this.trace.chain = signed.certChain;
        }
        this.ctx.emit({
          type: 'cert.issued',
          pod: this.pod.key,
          spiffeId: signed.spiffeId,
          serial: signed.serialHex,
          notBefore: signed.notBefore,
          notAfter: signed.notAfter,
          ...(signed.certChain.length > 2 ? { chainLength: signed.certChain.length } : {}),
        });
        this.later(0, 'istio-proxy: install', () => {
          this.trustBundle = signed.rootCerts;
          this.install({
            chain: signed.certChain,
            keys: request.keys,
            spiffeId: signed.spiffeId,
            serial: signed.serialHex,
            notBefore: signed.notBefore,
            notAfter: signed.notAfter,
          });
        });
      },
      () => this.ctx.istiod.signPlanned(plan),
    );
  }

  /**
   * Step 4 (received): held in memory as SDS `default`; the old certificate served until this
   * moment. Rotation at expiry - (1 - renewAt +/- jitter) x lifetime, lifetime counted from
   * receipt (secretcache.go rotateTime).
   */
  private install(cert: Omit<InstalledCert, 'installedAt' | 'renewAt'>): void {
    const { scheduler, config, rng } = this.ctx;
    const now = scheduler.now;
    const lifetime = cert.notAfter - now;
    const jitter = config.renewJitter > 0 ? (rng.float() * 2 - 1) * config.renewJitter : 0;
    const renewAt = now + Math.round(lifetime * (config.renewAt + jitter));
    const previous = this.current;
    this.current = { ...cert, installedAt: now, renewAt };
    this.attempt = 0;
    this.pending = undefined;
    this.issuances += 1;
    this.stage = 'ready';
    this.clearTimers('rotate', 'expire', 'retry');
    this.ctx.emit({
      type: 'cert.installed',
      pod: this.pod.key,
      serial: cert.serial,
      renewAt,
      notAfter: cert.notAfter,
    });
    if (previous) {
      this.rotations += 1;
      this.ctx.emit({
        type: 'cert.rotated',
        pod: this.pod.key,
        oldSerial: previous.serial,
        newSerial: cert.serial,
      });
    }
    this.later(renewAt - now, 'rotate', () => this.requestCertificate());
    // RFC 5280 4.1.2.5: notAfter itself is still inside the validity period; the first second
    // after it is not.
    this.later(cert.notAfter + 1000 - now, 'expire', () => {
      this.stage = 'expired';
      this.ctx.emit({ type: 'cert.expired', pod: this.pod.key, serial: cert.serial });
    });
  }

  /** Exponential backoff, capped, until istiod answers (the old certificate keeps serving). */
  private retry(reason: string, cause: Why, maxDelay = CSR_RETRY_MAX_MS): void {
    const delay = Math.min(CSR_RETRY_INITIAL_MS * 2 ** (this.attempt - 1), maxDelay);
    const retryAt = this.ctx.scheduler.now + delay;
    if (this.trace) {
      this.trace.error = reason;
      this.trace.why = cause;
    }
    if (this.stage !== 'expired') this.stage = 'retrying';
    this.ctx.emit({
      type: 'csr.retry',
      pod: this.pod.key,
      reason,
      why: cause,
      attempt: this.attempt,
      retryAt,
    });
    this.later(delay, 'retry', () => this.requestCertificate());
  }

  private ownSpiffeId(): string {
    return buildSpiffeId(this.ctx.config.trustDomain, this.pod.namespace, this.pod.serviceAccount);
  }

  /** Schedules a step of this proxy; `prepare` is its pure crypto, run ahead in parallel. */
  private later<T = void>(
    delay: number,
    label: string,
    run: (prepared: T) => void | Promise<void>,
    prepare?: () => Promise<T>,
  ): void {
    const timer = this.ctx.scheduler.after<T>(
      delay,
      label,
      (prepared) => {
        this.timers = this.timers.filter((t) => t !== timer);
        if (!this.stopped) return run(prepared);
      },
      prepare && (() => (this.stopped ? Promise.resolve(undefined as T) : prepare())),
    );
    this.timers.push(timer);
  }

  private clearTimers(...labels: string[]): void {
    for (const timer of this.timers) if (labels.includes(timer.label)) timer.cancel();
    this.timers = this.timers.filter((t) => !labels.includes(t.label));
  }
}
