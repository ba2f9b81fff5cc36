import { KubeApiServer } from './apiserver';
import { bootCa } from './ca/boot';
import type { OfflineCa, OfflineRoots } from './ca/offline-ca';
import { startRootRotator } from './ca/root-rotator';
import { CacertsError } from './ca/signer';
import { Cluster, KubeError, type Pod } from './cluster';
import { CLUSTER_LABEL, LESSON_DEFAULTS, type MeshConfig } from './config';
import type { SimEvent, TimedEvent } from './events';
import type { Istiod } from './istiod';
import { podQuotaProblem, replicasProblem } from './limits';
import {
  type DeploymentSpec,
  isRecord,
  ManifestError,
  type PodSpec,
  readKubeObject,
} from './manifests';
import { IstioProxy, type ProxyContext } from './proxy';
import { Rng } from './rng';
import { Scheduler } from './scheduler';

export type EventListener = (event: TimedEvent) => void;

/** What `apply` did with one manifest. */
export interface ApplyOutcome {
  resource: string;
  action?: 'created' | 'configured' | 'unchanged';
  ignored: string[];
  error?: string;
}

/** Handlers for kinds beyond the Kubernetes core; the layers above register theirs (Istio policies). */
export interface KindHandler {
  apply(manifest: Record<string, unknown>): ApplyOutcome;
  delete(namespace: string, name: string): boolean;
}

/**
 * One cluster's control plane: its kube-apiserver (which signs and reviews its pods' tokens) and
 * its istiod, with the settings they run with (the mesh's, with the cluster's trust domain,
 * aliases and CA).
 */
export interface ClusterPlane {
  /** The cluster's name; '' when the mesh is one cluster. */
  name: string;
  config: MeshConfig;
  apiserver: KubeApiServer;
  istiod: Istiod;
  /** The operator's offline roots, when istiod runs on plugged-in `cacerts`. */
  offlineCa?: OfflineCa;
}

/** What a booted mesh is made of. */
export interface SimulationParts {
  config: MeshConfig;
  scheduler: Scheduler;
  rng: Rng;
  cluster: Cluster;
  /** The clusters' control planes, the first being where unlabelled pods run. */
  planes: ClusterPlane[];
  keepEvents: boolean;
}

/**
 * The simulated cluster: clock, cluster, kube-apiserver, istiod and one proxy per pod.
 * Commands (apply, delete, restart, rollout, istiod down/up) act at the current simulated time; time
 * moves only through `advance`, `runUntil` and `step`. Kinds beyond the Kubernetes core are
 * handled by whatever registers into `kinds`; `MeshSimulation` (sim/mesh) is the whole mesh.
 */
export class Simulation {
  readonly events: TimedEvent[] = [];
  readonly proxies = new Map<string, IstioProxy>();
  readonly kinds = new Map<string, KindHandler>();
  readonly config: MeshConfig;
  readonly scheduler: Scheduler;
  readonly rng: Rng;
  readonly cluster: Cluster;
  /** Every cluster's control plane; one unless `mesh.clusters` lists more. */
  readonly planes: readonly ClusterPlane[];
  private readonly keepEvents: boolean;
  private listeners = new Set<EventListener>();
  /** Highest replica number used per Deployment: a replacement pod gets a new name. */
  private replicaCounters = new Map<string, number>();

  protected constructor(parts: SimulationParts) {
    this.config = parts.config;
    this.scheduler = parts.scheduler;
    this.rng = parts.rng;
    this.cluster = parts.cluster;
    this.planes = parts.planes;
    this.keepEvents = parts.keepEvents;
    for (const plane of this.planes) {
      if (plane.config.ca.mode === 'self-signed' && plane.config.ca.rootCheckIntervalMs > 0)
        startRootRotator(this.proxyContext(plane));
    }
  }

  /** The first cluster's control plane (the only one of a one-cluster mesh). */
  get primary(): ClusterPlane {
    return this.planes[0]!;
  }

  get apiserver(): KubeApiServer {
    return this.primary.apiserver;
  }

  get istiod(): Istiod {
    return this.primary.istiod;
  }

  get offlineCa(): OfflineCa | undefined {
    return this.primary.offlineCa;
  }

  /** The control plane of the cluster a pod runs in. */
  planeOf(pod: Pick<Pod, 'cluster'> | undefined): ClusterPlane {
    return this.planes.find((p) => p.name === pod?.cluster) ?? this.primary;
  }

  /** The control plane of the cluster named `name` ('' or absent: the first). */
  plane(name?: string): ClusterPlane | undefined {
    return name ? this.planes.find((p) => p.name === name) : this.primary;
  }

  /**
   * Boots the mesh's parts: built-in namespaces and, per cluster, the apiserver's signing key and
   * istiod's CA. Clusters plugged in under a root of the same name share that offline root.
   */
  protected static async boot(
    config: Partial<MeshConfig>,
    opts: { keepEvents?: boolean },
  ): Promise<SimulationParts> {
    const full: MeshConfig = { ...LESSON_DEFAULTS, ...config };
    const rng = new Rng(full.seed);
    const scheduler = new Scheduler(full.start);
    const cluster = new Cluster(rng);
    const roots: OfflineRoots = new Map();
    const planes: ClusterPlane[] = [];
    const clusters = full.clusters.length > 0 ? full.clusters : [undefined];
    for (const [i, own] of clusters.entries()) {
      const planeConfig: MeshConfig = own
        ? {
            ...full,
            trustDomain: own.trustDomain,
            trustDomainAliases: own.trustDomainAliases,
            ca: own.ca,
          }
        : full;
      const apiserver = await KubeApiServer.create(
        i === 0 ? `sa-key-${full.seed}` : `sa-key-${full.seed}-${own?.name}`,
      );
      const ca = await bootCa(planeConfig, rng, roots).catch((error: unknown) => {
        if (own && error instanceof CacertsError) error.at = `mesh.clusters[${i}].ca`;
        throw error;
      });
      planes.push({ name: own?.name ?? '', config: planeConfig, apiserver, ...ca });
    }
    return {
      config: planes[0]!.config,
      scheduler,
      rng,
      cluster,
      planes,
      keepEvents: opts.keepEvents ?? true,
    };
  }

  get now(): number {
    return this.scheduler.now;
  }

  /** Subscribes to every event as it happens; returns the unsubscribe function. */
  on(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: SimEvent): void {
    const timed = { ...event, t: this.scheduler.now } as TimedEvent;
    if (this.keepEvents) this.events.push(timed);
    for (const listener of this.listeners) listener(timed);
  }

  /** Runs everything due at the current instant (the steps that take no simulated time). */
  settle(): Promise<void> {
    return this.scheduler.runUntil(this.scheduler.now);
  }

  advance(ms: number): Promise<void> {
    return this.scheduler.advance(ms);
  }

  runUntil(time: number): Promise<void> {
    return this.scheduler.runUntil(time);
  }

  /** `kubectl apply` of one manifest or a list; each outcome says what happened or why not. */
  apply(manifests: unknown): ApplyOutcome[] {
    const list = Array.isArray(manifests) ? manifests : [manifests];
    return list.map((manifest) => this.applyOne(manifest));
  }

  private applyOne(manifest: unknown): ApplyOutcome {
    const resource = resourceName(manifest);
    try {
      const handler = isRecord(manifest) ? this.kinds.get(String(manifest.kind)) : undefined;
      const outcome = handler
        ? handler.apply(manifest as Record<string, unknown>)
        : this.applyKube(manifest, resource);
      if (outcome.error)
        this.emit({ type: 'apply.failed', resource: outcome.resource, reason: outcome.error });
      else if (outcome.ignored.length > 0) {
        this.emit({ type: 'apply.ignored', resource: outcome.resource, fields: outcome.ignored });
      }
      return outcome;
    } catch (error) {
      if (error instanceof ManifestError || error instanceof KubeError) {
        this.emit({ type: 'apply.failed', resource, reason: error.message });
        return { resource, ignored: [], error: error.message };
      }
      throw error;
    }
  }

  private applyKube(manifest: unknown, resource: string): ApplyOutcome {
    const read = readKubeObject(manifest);
    if (!read) {
      const kind = isRecord(manifest) ? String(manifest.kind) : '?';
      return { resource, action: 'unchanged', ignored: [`kind ${kind} (not modelled)`] };
    }
    const { object, ignored } = read;
    switch (object.kind) {
      case 'Namespace':
        return {
          resource,
          ignored,
          action: this.cluster.applyNamespace(object.name, object.labels),
        };
      case 'ServiceAccount':
        return {
          resource,
          ignored,
          action: this.cluster.applyServiceAccount(object.namespace, object.name),
        };
      case 'Pod': {
        if (this.cluster.pods.has(`${object.namespace}/${object.name}`))
          return { resource, ignored, action: 'unchanged' };
        const quota = podQuotaProblem(object.name, this.cluster.pods.size, 1);
        if (quota) throw new KubeError(quota);
        this.startPod(object);
        return { resource, ignored, action: 'created' };
      }
      case 'Deployment':
        return { resource, ignored, action: this.applyDeployment(object) };
    }
  }

  private applyDeployment(spec: DeploymentSpec): 'created' | 'configured' {
    const key = `${spec.namespace}/${spec.name}`;
    const action = this.cluster.deployments.has(key) ? 'configured' : 'created';
    if (
      !this.cluster.serviceAccounts.has(`${spec.namespace}/${spec.template.serviceAccountName}`)
    ) {
      throw new KubeError(
        `deployment "${spec.name}": pods are forbidden: error looking up service account ${spec.namespace}/${spec.template.serviceAccountName}: serviceaccount "${spec.template.serviceAccountName}" not found`,
      );
    }
    const pods = this.cluster.podsOf(spec.namespace, spec.name);
    const quota = podQuotaProblem(
      `${spec.name}-${(this.replicaCounters.get(key) ?? 0) + 1}`,
      this.cluster.pods.size,
      Math.max(0, spec.replicas - pods.length),
    );
    if (quota) throw new KubeError(quota);
    this.cluster.deployments.set(key, spec);
    for (const pod of pods.slice(spec.replicas).reverse()) this.deletePod(pod.key, false);
    for (let have = Math.min(pods.length, spec.replicas); have < spec.replicas; have++) {
      const n = (this.replicaCounters.get(key) ?? 0) + 1;
      this.replicaCounters.set(key, n);
      this.startPod(
        { kind: 'Pod', name: `${spec.name}-${n}`, namespace: spec.namespace, ...spec.template },
        spec.name,
      );
    }
    return action;
  }

  /** Scales a Deployment (kubectl scale). */
  scale(namespace: string, name: string, replicas: number): void {
    const spec = this.cluster.deployments.get(`${namespace}/${name}`);
    if (!spec) throw new KubeError(`deployments.apps "${name}" not found`);
    const problem = replicasProblem(replicas);
    if (problem)
      throw new KubeError(`The Deployment "${name}" is invalid: spec.replicas: ${problem}`);
    this.applyDeployment({ ...spec, replicas });
  }

  private startPod(spec: PodSpec, deployment?: string): Pod {
    const { kind: _kind, ...template } = spec;
    const cluster = this.clusterFor(spec);
    const pod = this.cluster.createPod(
      { ...template, ...(deployment ? { deployment } : {}), ...(cluster ? { cluster } : {}) },
      this.now,
    );
    this.launchProxy(pod);
    return pod;
  }

  /**
   * The cluster a new pod runs in: the one its `topology.istio.io/cluster` label names, else the
   * first; undefined in a one-cluster mesh.
   */
  private clusterFor(spec: PodSpec): string | undefined {
    if (this.planes.length === 1) return undefined;
    const named = spec.labels[CLUSTER_LABEL];
    if (named === undefined) return this.primary.name;
    if (!this.plane(named)) {
      const known = this.planes.map((p) => p.name).join(', ');
      throw new KubeError(
        `pods "${spec.name}": label ${CLUSTER_LABEL}=${named} names no cluster of this mesh (mesh.clusters: ${known})`,
      );
    }
    return named;
  }

  /** `pod.started`, then the pod's istio-proxy begins its four steps. */
  private launchProxy(pod: Pod): void {
    this.emit({
      type: 'pod.started',
      pod: pod.key,
      ip: pod.ip,
      serviceAccount: pod.serviceAccount,
      node: pod.node.name,
      ...(pod.cluster ? { cluster: pod.cluster } : {}),
    });
    const proxy = new IstioProxy(pod, this.proxyContext(this.planeOf(pod)));
    this.proxies.set(pod.key, proxy);
    proxy.start();
  }

  private proxyContext(plane: ClusterPlane): ProxyContext {
    return {
      scheduler: this.scheduler,
      config: plane.config,
      cluster: this.cluster,
      apiserver: plane.apiserver,
      istiod: plane.istiod,
      rng: this.rng,
      emit: (event) => this.emit(event),
    };
  }

  /** `kubectl delete` of a pod, Deployment, namespace, ServiceAccount or registered kind. */
  delete(ref: { kind: string; namespace?: string; name: string }): void {
    const namespace = ref.namespace ?? 'default';
    const key = `${namespace}/${ref.name}`;
    switch (ref.kind) {
      case 'Pod':
        this.deletePod(key);
        return;
      case 'Deployment': {
        if (!this.cluster.deployments.has(key))
          throw new KubeError(`deployments.apps "${ref.name}" not found`);
        for (const pod of this.cluster.podsOf(namespace, ref.name)) this.deletePod(pod.key, false);
        this.cluster.deployments.delete(key);
        return;
      }
      case 'ServiceAccount':
        if (!this.cluster.serviceAccounts.delete(key))
          throw new KubeError(`serviceaccounts "${ref.name}" not found`);
        return;
      case 'Namespace':
        for (const pod of [...this.cluster.pods.values()].filter((p) => p.namespace === ref.name)) {
          this.deletePod(pod.key, false);
        }
        this.cluster.deleteNamespace(ref.name);
        return;
      default: {
        const handler = this.kinds.get(ref.kind);
        if (!handler) throw new KubeError(`the server doesn't have a resource type "${ref.kind}"`);
        if (!handler.delete(namespace, ref.name))
          throw new KubeError(`${ref.kind} "${ref.name}" not found`);
      }
    }
  }

  /** Deletes a pod; a Deployment's ReplicaSet then replaces it with a new pod and name. */
  private deletePod(key: string, reconcile = true): void {
    const pod = this.cluster.deletePod(key);
    this.retire(key);
    this.proxies.delete(key);
    this.emit({ type: 'pod.deleted', pod: key, ip: pod.ip });
    const owner =
      pod.deployment && this.cluster.deployments.get(`${pod.namespace}/${pod.deployment}`);
    if (reconcile && owner) this.applyDeployment(owner);
  }

  /**
   * A container restart of the pod's istio-proxy: the pod stays (name, UID, IP, its mounted
   * token); the new sidecar makes a new key and gets a new certificate.
   */
  restart(key: string): Pod {
    const pod = this.cluster.pods.get(key);
    if (!pod) throw new KubeError(`pods "${key.split('/')[1] ?? key}" not found`);
    const before = this.proxies.get(key);
    before?.stop();
    const restarts = (before?.restarts ?? 0) + 1;
    this.emit({
      type: 'container.restarted',
      pod: key,
      container: 'istio-proxy',
      ip: pod.ip,
      restarts,
    });
    const proxy = new IstioProxy(pod, this.proxyContext(this.planeOf(pod)));
    this.proxies.set(key, proxy);
    proxy.restartFrom(before);
    return pod;
  }

  /**
   * `kubectl rollout restart deployment/<name>`: every pod is replaced by a new one with a new
   * name, UID and IP; as maxSurge allows, the new pod starts before the old one is deleted.
   */
  rollout(namespace: string, name: string): Pod[] {
    const key = `${namespace}/${name}`;
    const spec = this.cluster.deployments.get(key);
    if (!spec) throw new KubeError(`deployments.apps "${name}" not found`);
    return this.cluster.podsOf(namespace, name).map((old) => {
      const n = (this.replicaCounters.get(key) ?? 0) + 1;
      this.replicaCounters.set(key, n);
      const pod = this.startPod(
        { kind: 'Pod', name: `${name}-${n}`, namespace, ...spec.template },
        name,
      );
      this.deletePod(old.key, false);
      return pod;
    });
  }

  /** Stops the proxy of a pod that is deleted. */
  protected retire(key: string): void {
    this.proxies.get(key)?.stop();
  }

  /** Takes istiod's CA down or brings it back (every cluster's istiod, in a multi-cluster mesh). */
  setIstiod(up: boolean): void {
    if (this.planes.every((p) => p.istiod.up === up)) return;
    for (const plane of this.planes) plane.istiod.up = up;
    this.emit({ type: up ? 'istiod.up' : 'istiod.down' });
  }

  /** Resolves `ns/pod` or `ns/deployment` (its first running pod) to a pod. */
  resolvePod(ref: string): Pod | undefined {
    const [namespace, name] = ref.split('/');
    if (!namespace || !name) return undefined;
    return this.cluster.pods.get(ref) ?? this.cluster.podsOf(namespace, name)[0];
  }
}

function resourceName(manifest: unknown): string {
  if (!isRecord(manifest)) return 'manifest';
  const meta = isRecord(manifest.metadata) ? manifest.metadata : {};
  const kind = String(manifest.kind ?? 'manifest');
  const ns = meta.namespace ?? (kind === 'Namespace' ? undefined : 'default');
  return `${kind} ${ns ? `${ns}/` : ''}${String(meta.name ?? '?')}`;
}
