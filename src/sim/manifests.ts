/**
 * Kubernetes manifests as kubectl takes them: the fields the simulation models are read, every
 * other field is accepted and reported as ignored, so a real manifest pastes in unchanged.
 */

import { replicasProblem } from './limits';

export class ManifestError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(path ? `${path}: ${message}` : message);
  }
}

export interface NamespaceSpec {
  kind: 'Namespace';
  name: string;
  labels: Record<string, string>;
}
export interface ServiceAccountSpec {
  kind: 'ServiceAccount';
  name: string;
  namespace: string;
}
export interface PodTemplate {
  labels: Record<string, string>;
  serviceAccountName: string;
  nodeName?: string;
  containers: { name: string; image: string }[];
}
export interface PodSpec extends PodTemplate {
  kind: 'Pod';
  name: string;
  namespace: string;
}
export interface DeploymentSpec {
  kind: 'Deployment';
  name: string;
  namespace: string;
  replicas: number;
  template: PodTemplate;
}
/** A v1 Service: the pods its selector picks answer for `<name>.<namespace>.svc`. */
export interface ServiceSpec {
  kind: 'Service';
  name: string;
  namespace: string;
  selector: Record<string, string>;
  ports: { name?: string; port: number; targetPort?: number }[];
}
export type KubeObject = NamespaceSpec | ServiceAccountSpec | PodSpec | DeploymentSpec;

/** A manifest read into what the simulation models, plus the field paths it ignored. */
export interface ReadManifest<T> {
  object: T;
  ignored: string[];
}

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks an RFC 1123 label name (namespaces, pods, ServiceAccounts) as Kubernetes does. */
export function checkName(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '')
    throw new ManifestError(path, 'a name is required');
  if (value.length > 63 || !NAME.test(value)) {
    throw new ManifestError(
      path,
      `'${value}' is not a valid name: use at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit`,
    );
  }
  return value;
}

function readLabels(value: unknown, path: string): Record<string, string> {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new ManifestError(path, 'expected a map of label names to strings');
  const labels: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      throw new ManifestError(`${path}.${key}`, 'a label value must be a string');
    }
    labels[key] = String(v);
  }
  return labels;
}

/** Every leaf path of `value` not under one of `modelled` (exact paths or `prefix.*`). */
export function ignoredPaths(value: unknown, modelled: string[], path = ''): string[] {
  const covered = (raw: string) => {
    const p = raw.replace(/\[\d+\]/g, '[]');
    return modelled.some((m) => m === p || (m.endsWith('.*') && p.startsWith(m.slice(0, -1))));
  };
  if (path && covered(path)) return [];
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([key, v]) =>
      ignoredPaths(v, modelled, path ? `${path}.${key}` : key),
    );
  }
  if (Array.isArray(value) && value.some((v) => isRecord(v))) {
    return value.flatMap((v, i) => ignoredPaths(v, modelled, `${path}[${i}]`));
  }
  return path ? [path.replace(/\[\d+\]/g, '[]')] : [];
}

function unique(paths: string[]): string[] {
  return [...new Set(paths)];
}

const META = ['apiVersion', 'kind', 'metadata.name', 'metadata.namespace', 'metadata.labels.*'];

function readTemplate(spec: unknown, labels: unknown, path: string): PodTemplate {
  if (!isRecord(spec)) throw new ManifestError(path, 'expected the pod spec as a map');
  const sa = spec.serviceAccountName ?? spec.serviceAccount ?? 'default';
  const containersRaw = spec.containers ?? [];
  if (!Array.isArray(containersRaw))
    throw new ManifestError(`${path}.containers`, 'expected a list');
  const containers = containersRaw.map((c, i) => {
    if (!isRecord(c)) throw new ManifestError(`${path}.containers[${i}]`, 'expected a map');
    return {
      name: checkName(c.name, `${path}.containers[${i}].name`),
      image: String(c.image ?? ''),
    };
  });
  const template: PodTemplate = {
    labels: readLabels(labels, 'metadata.labels'),
    serviceAccountName: checkName(sa, `${path}.serviceAccountName`),
    containers,
  };
  if (spec.nodeName !== undefined) template.nodeName = String(spec.nodeName);
  return template;
}

const POD_SPEC_FIELDS = [
  'serviceAccountName',
  'serviceAccount',
  'nodeName',
  'containers[].name',
  'containers[].image',
];

/** Reads a Namespace, ServiceAccount, Pod or apps/v1 Deployment; null for other kinds. */
export function readKubeObject(manifest: unknown): ReadManifest<KubeObject> | null {
  if (!isRecord(manifest))
    throw new ManifestError('', 'a manifest must be a map with apiVersion, kind and metadata');
  const kind = manifest.kind;
  if (typeof kind !== 'string') throw new ManifestError('kind', 'every manifest needs a kind');
  const meta = isRecord(manifest.metadata) ? manifest.metadata : {};
  const namespace =
    meta.namespace === undefined ? 'default' : checkName(meta.namespace, 'metadata.namespace');
  switch (kind) {
    case 'Namespace':
      return {
        object: {
          kind,
          name: checkName(meta.name, 'metadata.name'),
          labels: readLabels(meta.labels, 'metadata.labels'),
        },
        ignored: ignoredPaths(manifest, META),
      };
    case 'ServiceAccount':
      return {
        object: { kind, name: checkName(meta.name, 'metadata.name'), namespace },
        ignored: ignoredPaths(manifest, META),
      };
    case 'Pod': {
      const template = readTemplate(manifest.spec ?? {}, meta.labels, 'spec');
      return {
        object: { kind, name: checkName(meta.name, 'metadata.name'), namespace, ...template },
        ignored: unique(
          ignoredPaths(manifest, [...META, ...POD_SPEC_FIELDS.map((f) => `spec.${f}`)]),
        ),
      };
    }
    case 'Deployment': {
      const spec = isRecord(manifest.spec) ? manifest.spec : {};
      const replicas = spec.replicas ?? 1;
      const problem = replicasProblem(replicas);
      if (problem) throw new ManifestError('spec.replicas', problem);
      const tpl = isRecord(spec.template) ? spec.template : {};
      const tplMeta = isRecord(tpl.metadata) ? tpl.metadata : {};
      const template = readTemplate(tpl.spec ?? {}, tplMeta.labels, 'spec.template.spec');
      return {
        object: {
          kind,
          name: checkName(meta.name, 'metadata.name'),
          namespace,
          replicas: replicas as number,
          template,
        },
        ignored: unique(
          ignoredPaths(manifest, [
            ...META,
            'spec.replicas',
            'spec.selector.*',
            'spec.template.metadata.labels.*',
            ...POD_SPEC_FIELDS.map((f) => `spec.template.spec.${f}`),
          ]),
        ),
      };
    }
    default:
      return null;
  }
}

/** Reads a v1 Service: name, namespace, `spec.selector` and `spec.ports`. */
export function readService(manifest: unknown): ReadManifest<ServiceSpec> {
  if (!isRecord(manifest))
    throw new ManifestError('', 'a manifest must be a map with apiVersion, kind and metadata');
  const meta = isRecord(manifest.metadata) ? manifest.metadata : {};
  const namespace =
    meta.namespace === undefined ? 'default' : checkName(meta.namespace, 'metadata.namespace');
  const spec = isRecord(manifest.spec) ? manifest.spec : {};
  const portsRaw = spec.ports ?? [];
  if (!Array.isArray(portsRaw)) throw new ManifestError('spec.ports', 'expected a list');
  const ports = portsRaw.map((p, i) => {
    const at = `spec.ports[${i}]`;
    if (!isRecord(p)) throw new ManifestError(at, 'expected a map with port');
    const port = p.port;
    if (!Number.isInteger(port) || (port as number) < 1 || (port as number) > 65535)
      throw new ManifestError(`${at}.port`, `expected a port from 1 to 65535, got ${String(port)}`);
    return {
      ...(p.name === undefined ? {} : { name: String(p.name) }),
      port: port as number,
      ...(Number.isInteger(p.targetPort) ? { targetPort: p.targetPort as number } : {}),
    };
  });
  return {
    object: {
      kind: 'Service',
      name: checkName(meta.name, 'metadata.name'),
      namespace,
      selector: readLabels(spec.selector, 'spec.selector'),
      ports,
    },
    ignored: unique(
      ignoredPaths(manifest, [
        ...META,
        'spec.selector.*',
        'spec.ports[].name',
        'spec.ports[].port',
        'spec.ports[].targetPort',
      ]),
    ),
  };
}
