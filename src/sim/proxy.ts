import { createCsr } from '../pki/csr';
import { generateKeyPair, type KeyPair } from '../pki/keys';
import type { TokenReviewStatus } from './apiserver';
import {
  ISTIO_CA_AUDIENCE,
  ISTIO_TOKEN_PATH,
  type IssuedToken,
  type KubeApiServer,
} from './apiserver';
import type { Cluster, Pod } from './cluster';
import {
  CSR_RETRY_INITIAL_MS,
  CSR_RETRY_MAX_MS,
  type MeshConfig,
  TOKEN_REFRESH_FRACTION,
} from './config';
import type { SimEvent } from './events';
import type { Istiod } from './istiod';
import type { Rng } from './rng';
import type { Scheduler, Timer } from './scheduler';

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
  rotations = 0;
  issuances = 0;
  trace?: IssuanceTrace;
  private attempt = 0;
  /** Key and CSR of the request under way, reused across retries until a certificate arrives. */
  private pending?: { keys: KeyPair; csr: Uint8Array };
  private timers: Timer[] = [];
  private stopped = false;

  constructor(
    readonly pod: Pod,
    private readonly ctx: ProxyContext,
  ) {}

  /** Step 1 (Pod start): the kubelet mounts the projected token; the sidecar starts. */
  start(): void {
    this.later(0, 'kubelet: mount token', async () => {
      await this.mountToken();
      this.requestCertificate();
    });
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

  private async mountToken(): Promise<void> {
    const { apiserver, config, cluster, scheduler } = this.ctx;
    const sa = cluster.serviceAccounts.get(`${this.pod.namespace}/${this.pod.serviceAccount}`);
    this.token = await apiserver.issueToken(this.pod, {
      audience: ISTIO_CA_AUDIENCE,
      ttlMs: config.tokenTtlMs,
      now: scheduler.now,
      serviceAccountUid: sa?.uid ?? '',
      jti: cluster.newUid(),
    });
    if (this.stage === 'starting') this.stage = 'token-mounted';
    this.ctx.emit({
      type: 'token.mounted',
      pod: this.pod.key,
      audience: this.token.audience,
      expiresAt: this.token.expiresAt,
      path: ISTIO_TOKEN_PATH,
    });
    this.later(config.tokenTtlMs * TOKEN_REFRESH_FRACTION, 'kubelet: refresh token', () =>
      this.mountToken(),
    );
  }

  /** Step 2 (CSR sent): a new key pair and PKCS#10 CSR, sent with the token. */
  private requestCertificate(): void {
    this.later(0, 'istio-proxy: CSR', async () => {
      const { config, istiod } = this.ctx;
      this.attempt += 1;
      if (!this.pending) {
        const keys = await generateKeyPair(config.keyAlgorithm);
        this.pending = { keys, csr: await createCsr(keys, { uriSans: [this.ownSpiffeId()] }) };
      }
      const { keys, csr } = this.pending;
      const token = this.token!;
      this.trace = {
        attempt: this.attempt,
        startedAt: this.ctx.scheduler.now,
        token: token.token,
        keyAlgorithm: config.keyAlgorithm,
        csr,
      };
      if (this.stage !== 'expired') this.stage = this.current ? 'renewing' : 'csr-sent';
      this.ctx.emit({
        type: 'csr.sent',
        pod: this.pod.key,
        keyAlgorithm: config.keyAlgorithm,
        attempt: this.attempt,
      });
      if (!istiod.up)
        return this.retry(
          'istiod is unreachable: connection refused (istiod.istio-system.svc:15012)',
        );
      this.later(0, 'istiod: TokenReview', () => this.review(keys, csr, token.token));
    });
  }

  /** Step 3a (verify): istiod asks the kube-apiserver whether the token is genuine. */
  private async review(keys: KeyPair, csr: Uint8Array, token: string): Promise<void> {
    const { istiod, apiserver, cluster, scheduler } = this.ctx;
    if (!istiod.up) return this.retry('istiod went away before answering');
    const auth = await istiod.authenticate(token, { apiserver, cluster, now: scheduler.now });
    const review = auth.review;
    if (this.trace && review) this.trace.review = review;
    this.ctx.emit({
      type: 'token.reviewed',
      pod: this.pod.key,
      authenticated: auth.ok,
      username: review?.user?.username ?? '',
      ...(auth.ok ? {} : { error: auth.reason }),
    });
    if (!auth.ok) {
      this.ctx.emit({ type: 'csr.rejected', pod: this.pod.key, reason: auth.reason });
      return this.retry(auth.reason);
    }
    this.stage = this.stage === 'csr-sent' ? 'reviewed' : this.stage;
    this.later(0, 'istiod: sign', async () => {
      const signing = await istiod.sign(csr, auth.caller, {
        ttlMs: this.ctx.config.certTtlMs,
        now: scheduler.now,
      });
      if (!signing.ok) {
        this.ctx.emit({ type: 'csr.rejected', pod: this.pod.key, reason: signing.reason });
        return this.retry(signing.reason);
      }
      Object.assign(this.trace ?? {}, {
        spiffeId: signing.spiffeId,
        requestedSans: signing.requestedSans,
        chain: signing.certChain,
      });
      this.ctx.emit({
        type: 'cert.issued',
        pod: this.pod.key,
        spiffeId: signing.spiffeId,
        serial: signing.serialHex,
        notBefore: signing.notBefore,
        notAfter: signing.notAfter,
      });
      this.later(0, 'istio-proxy: install', () =>
        this.install({
          chain: signing.certChain,
          keys,
          spiffeId: signing.spiffeId,
          serial: signing.serialHex,
          notBefore: signing.notBefore,
          notAfter: signing.notAfter,
        }),
      );
    });
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
  private retry(reason: string): void {
    const delay = Math.min(CSR_RETRY_INITIAL_MS * 2 ** (this.attempt - 1), CSR_RETRY_MAX_MS);
    const retryAt = this.ctx.scheduler.now + delay;
    if (this.trace) this.trace.error = reason;
    if (this.stage !== 'expired') this.stage = 'retrying';
    this.ctx.emit({ type: 'csr.retry', pod: this.pod.key, reason, attempt: this.attempt, retryAt });
    this.later(delay, 'retry', () => this.requestCertificate());
  }

  private ownSpiffeId(): string {
    const { trustDomain } = this.ctx.config;
    return `spiffe://${trustDomain}/ns/${this.pod.namespace}/sa/${this.pod.serviceAccount}`;
  }

  private later(delay: number, label: string, run: () => void | Promise<void>): void {
    const timer = this.ctx.scheduler.after(delay, label, () => {
      this.timers = this.timers.filter((t) => t !== timer);
      if (!this.stopped) return run();
    });
    this.timers.push(timer);
  }

  private clearTimers(...labels: string[]): void {
    for (const timer of this.timers) if (labels.includes(timer.label)) timer.cancel();
    this.timers = this.timers.filter((t) => !labels.includes(t.label));
  }
}
