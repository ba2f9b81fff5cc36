import { toHex } from '../pki/hex';
import { Ipam, type NodeInfo } from './ipam';
import type { DeploymentSpec, PodTemplate, ServiceSpec } from './manifests';
import type { Rng } from './rng';

/** Kubernetes' answer when a request is refused, worded as kubectl prints it. */
export class KubeError extends Error {}

export interface Namespace {
  name: string;
  uid: string;
  labels: Record<string, string>;
}
export interface ServiceAccount {
  namespace: string;
  name: string;
  uid: string;
}
export interface Pod extends PodTemplate {
  /** `namespace/name` */
  key: string;
  name: string;
  namespace: string;
  uid: string;
  ip: string;
  node: NodeInfo;
  serviceAccount: string;
  /** The Deployment that owns this pod, if any. */
  deployment?: string;
  /** The cluster it runs in, in a multi-cluster mesh (`topology.istio.io/cluster`). */
  cluster?: string;
  createdAt: number;
}

/** The namespaces every cluster starts with. */
export const BUILTIN_NAMESPACES = ['default', 'kube-system', 'istio-system'] as const;

/**
 * The API objects the simulation models: namespaces, ServiceAccounts (each namespace gets
 * `default`, as the ServiceAccount controller does), pods with IPs, and Deployments.
 */
export class Cluster {
  readonly namespaces = new Map<string, Namespace>();
  readonly serviceAccounts = new Map<string, ServiceAccount>();
  readonly pods = new Map<string, Pod>();
  readonly deployments = new Map<string, DeploymentSpec>();
  /** Services applied as `kind: Service` (the implicit ones are derived, see mesh/services). */
  readonly services = new Map<string, ServiceSpec>();
  readonly ipam: Ipam;

  constructor(private readonly rng: Rng) {
    this.ipam = new Ipam(rng);
    for (const name of BUILTIN_NAMESPACES) this.applyNamespace(name, {});
  }

  /** A UUID v4 drawn from the seeded PRNG, so runs repeat. */
  newUid(): string {
    const b = this.rng.bytes(16);
    b[6] = (b[6]! & 0x0f) | 0x40;
    b[8] = (b[8]! & 0x3f) | 0x80;
    const hex = toHex(b);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** Creates or updates a namespace; a new one gets its `default` ServiceAccount. */
  applyNamespace(name: string, labels: Record<string, string>): 'created' | 'configured' {
    const existing = this.namespaces.get(name);
    if (existing) {
      existing.labels = labels;
      return 'configured';
    }
    this.namespaces.set(name, { name, uid: this.newUid(), labels });
    this.applyServiceAccount(name, 'default');
    return 'created';
  }

  /** Creates a ServiceAccount (idempotent, as `kubectl apply` is). */
  applyServiceAccount(namespace: string, name: string): 'created' | 'configured' {
    this.requireNamespace(namespace);
    const key = `${namespace}/${name}`;
    if (this.serviceAccounts.has(key)) return 'configured';
    this.serviceAccounts.set(key, { namespace, name, uid: this.newUid() });
    return 'created';
  }

  /** Deletes a namespace with everything in it; returns the pods that went with it. */
  deleteNamespace(name: string): Pod[] {
    if (!this.namespaces.has(name)) throw new KubeError(`namespaces "${name}" not found`);
    const pods = [...this.pods.values()].filter((p) => p.namespace === name);
    for (const pod of pods) this.deletePod(pod.key);
    for (const [key, sa] of this.serviceAccounts)
      if (sa.namespace === name) this.serviceAccounts.delete(key);
    for (const [key, d] of this.deployments) if (d.namespace === name) this.deployments.delete(key);
    for (const [key, svc] of this.services) if (svc.namespace === name) this.services.delete(key);
    this.namespaces.delete(name);
    return pods;
  }

  /**
   * Admits and schedules a pod. As the ServiceAccount admission plugin does, a pod naming a
   * ServiceAccount that does not exist is refused.
   */
  createPod(
    input: PodTemplate & { name: string; namespace: string; deployment?: string; cluster?: string },
    now: number,
  ): Pod {
    this.requireNamespace(input.namespace);
    const key = `${input.namespace}/${input.name}`;
    if (this.pods.has(key)) throw new KubeError(`pods "${input.name}" already exists`);
    if (!this.serviceAccounts.has(`${input.namespace}/${input.serviceAccountName}`)) {
      throw new KubeError(
        `pods "${input.name}" is forbidden: error looking up service account ${input.namespace}/${input.serviceAccountName}: serviceaccount "${input.serviceAccountName}" not found`,
      );
    }
    const node = this.ipam.schedule(input.nodeName);
    const pod: Pod = {
      ...input,
      key,
      uid: this.newUid(),
      node,
      ip: this.ipam.allocate(node),
      serviceAccount: input.serviceAccountName,
      createdAt: now,
    };
    this.pods.set(key, pod);
    return pod;
  }

  /** Creates or updates a Service (`kubectl apply`). */
  applyService(spec: ServiceSpec): 'created' | 'configured' | 'unchanged' {
    this.requireNamespace(spec.namespace);
    const key = `${spec.namespace}/${spec.name}`;
    const before = this.services.get(key);
    this.services.set(key, spec);
    if (!before) return 'created';
    return JSON.stringify(before) === JSON.stringify(spec) ? 'unchanged' : 'configured';
  }

  /** Removes a pod and frees its IP for the next pod scheduled on that node. */
  deletePod(key: string): Pod {
    const pod = this.pods.get(key);
    if (!pod)
      throw new KubeError(
        `pods "${key.split('/')[1]}" not found in namespace ${key.split('/')[0]}`,
      );
    this.pods.delete(key);
    this.ipam.release(pod.ip);
    return pod;
  }

  /** Pods of a Deployment, in replica order. */
  podsOf(namespace: string, deployment: string): Pod[] {
    return [...this.pods.values()]
      .filter((p) => p.namespace === namespace && p.deployment === deployment)
      .sort((a, b) => replicaIndex(a.name) - replicaIndex(b.name));
  }

  private requireNamespace(name: string): void {
    if (!this.namespaces.has(name)) throw new KubeError(`namespaces "${name}" not found`);
  }
}

function replicaIndex(name: string): number {
  return Number(name.slice(name.lastIndexOf('-') + 1)) || 0;
}
