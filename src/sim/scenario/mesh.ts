import { validateTrustDomain } from '../../pki/spiffe-id';
import { readCa } from '../ca/load-config';
import { type ClusterConfig, LESSON_DEFAULTS, type MeshConfig } from '../config';
import { formatDuration, parseDuration } from '../duration';
import { MAX_WORKLOAD_CERT_TTL_MS } from '../istiod';
import { EARLIEST_TIME, LATEST_TIME, MIN_CERT_TTL_MS, MIN_TOKEN_TTL_MS } from '../limits';
import { isRecord } from '../manifests';
import { FieldError, onlyKeys, shown } from './fields';
import { iso } from './totals';

const MESH_KEYS = [
  'trustDomain',
  'trustDomainAliases',
  'certTTL',
  'renewAt',
  'renewJitter',
  'keyAlgorithm',
  'rootKeyAlgorithm',
  'rootCertTTL',
  'tokenTTL',
  'start',
  'seed',
  'ca',
  'clusters',
];
const CLUSTER_KEYS = ['name', 'trustDomain', 'trustDomainAliases', 'ca'];
const CLUSTER_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** svid-lab's limit: each cluster has its own istiod and kube-apiserver to simulate. */
export const MAX_CLUSTERS = 4;
const KEY_ALGORITHMS = ['ECDSA_P256', 'RSA_2048'] as const;

/** The `mesh:` block: every key known, every value within what Istio and Kubernetes take. */
export function readMesh(value: unknown): MeshConfig {
  if (value === undefined || value === null) return { ...LESSON_DEFAULTS };
  if (!isRecord(value)) throw new FieldError(['mesh'], 'expected a map of settings');
  onlyKeys(value, MESH_KEYS, ['mesh']);
  const mesh = { ...LESSON_DEFAULTS };
  const duration = (key: string, fallback: number, min: number, minWhy: string) => {
    const raw = value[key];
    if (raw === undefined) return fallback;
    let ms: number;
    try {
      ms = parseDuration(String(raw));
    } catch (error) {
      throw new FieldError(['mesh', key], (error as Error).message);
    }
    if (ms < min) {
      throw new FieldError(
        ['mesh', key],
        `${shown(raw)} is shorter than the minimum ${formatDuration(min)}: ${minWhy}`,
      );
    }
    return ms;
  };
  const fraction = (key: string, fallback: number, min: number, max: number) => {
    const raw = value[key];
    if (raw === undefined) return fallback;
    if (typeof raw !== 'number' || !(raw >= min && raw <= max)) {
      throw new FieldError(
        ['mesh', key],
        `expected a number from ${min} to ${max}, got ${shown(raw)}`,
      );
    }
    return raw;
  };
  const algorithm = (key: string, fallback: MeshConfig['keyAlgorithm']) => {
    const raw = value[key];
    if (raw === undefined) return fallback;
    if (!KEY_ALGORITHMS.includes(raw as never)) {
      throw new FieldError(
        ['mesh', key],
        `expected ${KEY_ALGORITHMS.join(' or ')}, got ${shown(raw)}`,
      );
    }
    return raw as MeshConfig['keyAlgorithm'];
  };
  if (value.trustDomain !== undefined)
    mesh.trustDomain = readTrustDomain(value.trustDomain, ['mesh', 'trustDomain']);
  if (value.trustDomainAliases !== undefined)
    mesh.trustDomainAliases = readAliases(value.trustDomainAliases, ['mesh', 'trustDomainAliases']);
  mesh.certTtlMs = duration(
    'certTTL',
    mesh.certTtlMs,
    MIN_CERT_TTL_MS,
    "svid-lab's shortest workload certificate",
  );
  if (mesh.certTtlMs > MAX_WORKLOAD_CERT_TTL_MS) {
    throw new FieldError(
      ['mesh', 'certTTL'],
      `${shown(value.certTTL)} is longer than istiod allows: "requested TTL ${mesh.certTtlMs / 3_600_000}h is greater than the max allowed TTL ${MAX_WORKLOAD_CERT_TTL_MS / 3_600_000}h" (90d at most)`,
    );
  }
  mesh.rootCertTtlMs = duration(
    'rootCertTTL',
    mesh.rootCertTtlMs,
    1000,
    'a root lives whole seconds',
  );
  mesh.tokenTtlMs = duration(
    'tokenTTL',
    mesh.tokenTtlMs,
    MIN_TOKEN_TTL_MS,
    'Kubernetes: "may not specify a duration less than 10 minutes"',
  );
  mesh.renewAt = fraction('renewAt', mesh.renewAt, 0.01, 0.99);
  mesh.renewJitter = fraction('renewJitter', mesh.renewJitter, 0, 0.2);
  mesh.keyAlgorithm = algorithm('keyAlgorithm', mesh.keyAlgorithm);
  mesh.rootKeyAlgorithm = algorithm('rootKeyAlgorithm', mesh.rootKeyAlgorithm);
  if (value.start !== undefined) {
    const start =
      value.start instanceof Date ? value.start.getTime() : Date.parse(String(value.start));
    if (Number.isNaN(start)) {
      throw new FieldError(
        ['mesh', 'start'],
        `expected an ISO date-time like "2025-12-10T00:00:00Z", got ${shown(value.start)}`,
      );
    }
    mesh.start = start;
  }
  if (mesh.start < EARLIEST_TIME || mesh.start + mesh.rootCertTtlMs > LATEST_TIME) {
    throw new FieldError(
      value.start === undefined ? ['mesh', 'rootCertTTL'] : ['mesh', 'start'],
      `the root certificate would be valid from ${iso(mesh.start)} to ${iso(mesh.start + mesh.rootCertTtlMs)}; certificates here must fall between ${iso(EARLIEST_TIME)} and ${iso(LATEST_TIME)}`,
    );
  }
  if (value.seed !== undefined) {
    if (!Number.isInteger(value.seed) || (value.seed as number) < 0) {
      throw new FieldError(['mesh', 'seed'], `expected a whole number, got ${shown(value.seed)}`);
    }
    mesh.seed = value.seed as number;
  }
  mesh.ca = readCa(value.ca, mesh);
  if (value.clusters !== undefined) mesh.clusters = readClusters(value.clusters, mesh);
  return mesh;
}

function readTrustDomain(raw: unknown, at: (string | number)[]): string {
  if (typeof raw !== 'string')
    throw new FieldError(at, `expected a trust domain such as cluster.local, got ${shown(raw)}`);
  const problem = validateTrustDomain(raw);
  if (problem) throw new FieldError(at, problem.message);
  return raw;
}

function readAliases(raw: unknown, at: (string | number)[]): string[] {
  if (!Array.isArray(raw)) {
    throw new FieldError(
      at,
      `expected a list of trust domains such as [old.example.com], got ${shown(raw)}`,
    );
  }
  return raw.map((alias, i) => readTrustDomain(alias, [...at, i]));
}

/**
 * `mesh.clusters`: the clusters of a multi-primary mesh, each with its own istiod. A cluster
 * takes the mesh's trust domain, aliases and CA unless it names its own.
 */
function readClusters(raw: unknown, mesh: MeshConfig): ClusterConfig[] {
  const at = ['mesh', 'clusters'];
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new FieldError(
      at,
      `expected a list of clusters such as [{name: cluster-a}, {name: cluster-b, trustDomain: cluster-b.local}], got ${shown(raw)}`,
    );
  }
  if (raw.length > MAX_CLUSTERS) {
    throw new FieldError(
      at,
      `${raw.length} clusters: svid-lab simulates at most ${MAX_CLUSTERS}, each with its own istiod`,
    );
  }
  const names = new Set<string>();
  return raw.map((entry, i) => {
    const here = [...at, i];
    if (!isRecord(entry))
      throw new FieldError(here, 'expected {name, trustDomain, trustDomainAliases, ca}');
    onlyKeys(entry, CLUSTER_KEYS, here);
    if (typeof entry.name !== 'string' || !CLUSTER_NAME.test(entry.name)) {
      throw new FieldError(
        [...here, 'name'],
        `expected a cluster name like cluster-a, got ${shown(entry.name)}`,
      );
    }
    if (names.has(entry.name))
      throw new FieldError([...here, 'name'], `cluster ${entry.name} is listed twice`);
    names.add(entry.name);
    return {
      name: entry.name,
      trustDomain:
        entry.trustDomain === undefined
          ? mesh.trustDomain
          : readTrustDomain(entry.trustDomain, [...here, 'trustDomain']),
      trustDomainAliases:
        entry.trustDomainAliases === undefined
          ? mesh.trustDomainAliases
          : readAliases(entry.trustDomainAliases, [...here, 'trustDomainAliases']),
      ca: readCa(entry.ca, mesh, [...here, 'ca']),
    };
  });
}
