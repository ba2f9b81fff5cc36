import { readCertificate } from '../pki/cert-summary';
import type { Pod } from './cluster';
import type { MeshConfig } from './config';
import type { Istiod } from './istiod';
import type { ProxyStage } from './proxy';
import type { Simulation } from './simulation';

/** A pod as the UI draws it: plain data, safe to post from a worker. */
export interface PodView {
  key: string;
  name: string;
  namespace: string;
  uid: string;
  ip: string;
  node: string;
  labels: Record<string, string>;
  serviceAccount: string;
  deployment?: string;
  /** The cluster it runs in, in a multi-cluster mesh. */
  cluster?: string;
  stage: ProxyStage;
  spiffeId?: string;
  rotations: number;
  cert?: {
    serial: string;
    notBefore: number;
    notAfter: number;
    installedAt: number;
    renewAt: number;
  };
  /** When the projected token expires (a new token means new artefacts to fetch). */
  token?: { expiresAt: number };
  /** Serials of the roots in the proxy's SDS `ROOTCA`, as it holds them now. */
  trustBundle: string[];
}

/** A CA certificate as the panels show it (its PEM is part of a pod's detail). */
export interface CaCertView {
  serial: string;
  notBefore: number;
  notAfter: number;
}

/** One istiod's CA as the panels show it. */
export interface IstiodView {
  up: boolean;
  trustDomain: string;
  root: { notBefore: number; notAfter: number; keyAlgorithm: string };
  mode: 'self-signed' | 'plugged-in';
  /** The plugged-in intermediate istiod signs with (absent when the root signs). */
  intermediate?: CaCertView & { keyAlgorithm: string };
  /** root-cert.pem: the roots istiod distributes. */
  bundle: CaCertView[];
}

/** The mesh apart from its pods at one simulated instant (pods travel as `PodView`s). */
export interface MeshSnapshot {
  now: number;
  config: MeshConfig;
  /** The first cluster's istiod (the only one of a one-cluster mesh). */
  istiod: IstiodView;
  /** Every cluster and its istiod, in a multi-cluster mesh. */
  clusters?: { name: string; istiod: IstiodView }[];
  namespaces: { name: string; labels: Record<string, string> }[];
  serviceAccounts: { namespace: string; name: string }[];
  deployments: { namespace: string; name: string; replicas: number; serviceAccount: string }[];
  /** Time of the next scheduled action (for "next event"). */
  nextAt?: number;
}

const viewCache = new WeakMap<Uint8Array, CaCertView>();
function caView(der: Uint8Array): CaCertView {
  let view = viewCache.get(der);
  if (!view) {
    const { serialHex, notBefore, notAfter } = readCertificate(der);
    view = { serial: serialHex, notBefore, notAfter };
    viewCache.set(der, view);
  }
  return view;
}

function istiodView(istiod: Istiod): IstiodView {
  const { root, signer } = istiod;
  return {
    up: istiod.up,
    trustDomain: istiod.trustDomain,
    root: { notAfter: root.notAfter, notBefore: root.notBefore, keyAlgorithm: root.keyAlgorithm },
    mode: istiod.mode,
    ...(signer.certDer === root.certDer
      ? {}
      : { intermediate: { ...caView(signer.certDer), keyAlgorithm: signer.keyAlgorithm } }),
    bundle: istiod.rootCerts.map(caView),
  };
}

/** Serials of the roots in a proxy's SDS `ROOTCA`. */
function trustBundleOf(sim: Simulation, key: string): string[] {
  return (sim.proxies.get(key)?.trustBundle ?? []).map((der) => caView(der).serial);
}

/** One pod as the screens draw it: only light fields (certificates and tokens are asked for). */
export function podView(sim: Simulation, pod: Pod): PodView {
  const proxy = sim.proxies.get(pod.key);
  const cert = proxy?.current;
  const view: PodView = {
    key: pod.key,
    name: pod.name,
    namespace: pod.namespace,
    uid: pod.uid,
    ip: pod.ip,
    node: pod.node.name,
    labels: pod.labels,
    serviceAccount: pod.serviceAccount,
    stage: proxy?.stage ?? 'starting',
    rotations: proxy?.rotations ?? 0,
    trustBundle: trustBundleOf(sim, pod.key),
  };
  if (pod.deployment) view.deployment = pod.deployment;
  if (pod.cluster) view.cluster = pod.cluster;
  if (cert) {
    view.spiffeId = cert.spiffeId;
    view.cert = {
      serial: cert.serial,
      notBefore: cert.notBefore,
      notAfter: cert.notAfter,
      installedAt: cert.installedAt,
      renewAt: cert.renewAt,
    };
  }
  if (proxy?.token) view.token = { expiresAt: proxy.token.expiresAt };
  return view;
}

/** What of a pod's view can change while it lives: equal marks mean nothing to send. */
export function podMark(sim: Simulation, pod: Pod): string {
  const proxy = sim.proxies.get(pod.key);
  return `${pod.uid}|${pod.ip}|${proxy?.stage ?? 'starting'}|${proxy?.rotations ?? 0}|${proxy?.current?.serial ?? ''}|${proxy?.token?.expiresAt ?? ''}|${trustBundleOf(sim, pod.key).join(',')}`;
}

/** The mesh apart from its pods, as plain data safe to post from a worker. */
export function snapshot(sim: Simulation): MeshSnapshot {
  const next = sim.scheduler.nextAt();
  return {
    now: sim.now,
    config: sim.config,
    istiod: istiodView(sim.istiod),
    ...(sim.planes.length > 1
      ? { clusters: sim.planes.map((p) => ({ name: p.name, istiod: istiodView(p.istiod) })) }
      : {}),
    namespaces: [...sim.cluster.namespaces.values()].map((n) => ({
      name: n.name,
      labels: n.labels,
    })),
    serviceAccounts: [...sim.cluster.serviceAccounts.values()].map((s) => ({
      namespace: s.namespace,
      name: s.name,
    })),
    deployments: [...sim.cluster.deployments.values()].map((d) => ({
      namespace: d.namespace,
      name: d.name,
      replicas: d.replicas,
      serviceAccount: d.template.serviceAccountName,
    })),
    ...(next === undefined ? {} : { nextAt: next }),
  };
}
