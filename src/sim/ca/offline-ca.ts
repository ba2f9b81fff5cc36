import { createIntermediateCa, createRootCa, type RootCa } from '../../pki/ca';
import type { Cacerts } from '../../pki/cacerts';
import { generateKeyPair, type KeyPair } from '../../pki/keys';
import type { CacertsFlaw, MeshConfig } from '../config';
import type { Rng } from '../rng';

const DAY = 86_400_000;

async function pkcs8(keys: KeyPair): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.exportKey('pkcs8', keys.privateKey));
}

/**
 * The operator's offline roots (never inside istiod) and the `cacerts` secrets made from them:
 * an intermediate signed by one root, with cert-chain.pem = intermediate + that root and
 * root-cert.pem = every root the mesh is to trust.
 */
/** Roots by name, keys included: what stays on the operator's offline machine. */
export type OfflineRoots = Map<string, RootCa>;

export class OfflineCa {
  /** The `cacerts` secret as last handed to istiod. */
  current?: Cacerts;
  /** The root the current intermediate is signed by. */
  signingRoot: string;
  /** The roots in root-cert.pem, by name. */
  trusted: string[];

  /** `roots` may be shared: clusters plugged in under the same root name share that root. */
  constructor(
    private readonly config: MeshConfig,
    private readonly rng: Rng,
    readonly roots: OfflineRoots = new Map(),
  ) {
    this.signingRoot = config.ca.rootName;
    this.trusted = [config.ca.rootName];
  }

  /** The first `cacerts`: an intermediate under the configured root, that root alone trusted. */
  async initial(now: number): Promise<Cacerts> {
    this.current = await this.cacerts(this.signingRoot, this.trusted, now, this.config.ca.flaw);
    return this.current;
  }

  /** `cacerts` with root-cert.pem = `names` (same intermediate). */
  async withBundle(names: string[], now: number): Promise<Cacerts> {
    const rootCerts: Uint8Array[] = [];
    for (const name of names) rootCerts.push((await this.root(name, now)).certDer);
    return { ...this.current!, rootCerts };
  }

  /**
   * `cacerts` with a new intermediate under `name`. If `name` is not yet in root-cert.pem the
   * secret is replaced whole, root-cert.pem holding only the new root: the unsafe order.
   */
  async signedBy(name: string, now: number): Promise<{ files: Cacerts; trusted: string[] }> {
    const trusted = this.trusted.includes(name) ? this.trusted : [name];
    return { files: await this.cacerts(name, trusted, now), trusted };
  }

  /** The named root, made now if it does not exist yet (rootKeyAlgorithm, rootCertTTL). */
  async root(name: string, now: number): Promise<RootCa> {
    const have = this.roots.get(name);
    if (have) return have;
    const root = await this.makeRoot(name, now);
    this.roots.set(name, root);
    return root;
  }

  private makeRoot(name: string, now: number): Promise<RootCa> {
    return createRootCa({
      trustDomain: this.config.trustDomain,
      commonName: name,
      algorithm: this.config.rootKeyAlgorithm,
      notBefore: now,
      ttlMs: this.config.rootCertTtlMs,
      serial: this.rng.bytes(16),
    });
  }

  /**
   * `cacerts` for istiod: a new intermediate under `signingRoot`, trusted roots `bundle`.
   * A `flaw` builds the files wrong in one way, for istiod to refuse.
   */
  async cacerts(
    signingRoot: string,
    bundle: string[],
    now: number,
    flaw?: CacertsFlaw,
  ): Promise<Cacerts> {
    const root = await this.root(signingRoot, now);
    // Same name, other key: the subject chains, the signature does not.
    const issuer = flaw === 'not-signed-by-root' ? await this.makeRoot(signingRoot, now) : root;
    const ttlMs = this.config.ca.intermediateTtlMs;
    const intermediate = await createIntermediateCa({
      issuer,
      trustDomain: this.config.trustDomain,
      commonName: `${signingRoot} intermediate`,
      algorithm: this.config.ca.intermediateKeyAlgorithm,
      notBefore: flaw === 'expired' ? now - ttlMs - DAY : now,
      ttlMs,
      serial: this.rng.bytes(16),
      isCa: flaw !== 'not-a-ca',
    });
    const key =
      flaw === 'key-mismatch'
        ? await generateKeyPair(this.config.ca.intermediateKeyAlgorithm)
        : intermediate.keys;
    const rootCerts: Uint8Array[] = [];
    for (const name of bundle) rootCerts.push((await this.root(name, now)).certDer);
    return {
      caCert: intermediate.certDer,
      caKey: await pkcs8(key),
      certChain: [intermediate.certDer, root.certDer],
      rootCerts,
    };
  }
}
