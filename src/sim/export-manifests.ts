import { stringify } from 'yaml';
import { BUILTIN_NAMESPACES } from './cluster';
import type { MeshSimulation } from './mesh/mesh-simulation';
import { listServices } from './mesh/services';

/**
 * The sandbox as manifests `kubectl apply -f` takes: Namespaces, ServiceAccounts, Deployments
 * (and bare Pods), then the PeerAuthentications and AuthorizationPolicies as they were applied.
 * Namespaces get `istio-injection: enabled` so their pods receive the istio-proxy sidecar.
 */
export function exportManifests(sim: MeshSimulation): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const ns of sim.cluster.namespaces.values()) {
    if ((BUILTIN_NAMESPACES as readonly string[]).includes(ns.name) && ns.name !== 'default')
      continue;
    if (ns.name === 'default') {
      if ([...sim.cluster.pods.values()].some((p) => p.namespace === 'default')) {
        out.push({
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: { name: 'default', labels: { ...ns.labels, 'istio-injection': 'enabled' } },
        });
      }
      continue;
    }
    out.push({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: ns.name, labels: { ...ns.labels, 'istio-injection': 'enabled' } },
    });
  }
  for (const sa of sim.cluster.serviceAccounts.values()) {
    if (sa.name === 'default') continue;
    out.push({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: sa.name, namespace: sa.namespace },
    });
  }
  for (const d of sim.cluster.deployments.values()) {
    const labels = Object.keys(d.template.labels).length > 0 ? d.template.labels : { app: d.name };
    out.push({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: d.name, namespace: d.namespace },
      spec: {
        replicas: d.replicas,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: podSpec(d.template.serviceAccountName, d.template.containers, d.name),
        },
      },
    });
  }
  for (const pod of sim.cluster.pods.values()) {
    if (pod.deployment) continue;
    out.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: pod.name, namespace: pod.namespace, labels: pod.labels },
      spec: podSpec(pod.serviceAccount, pod.containers, pod.name),
    });
  }
  out.push(...services(sim));
  for (const [key, manifest] of sim.policies.manifests) {
    if (key.startsWith('PeerAuthentication/')) out.push(manifest);
  }
  for (const [key, manifest] of sim.policies.manifests) {
    if (key.startsWith('AuthorizationPolicy/')) out.push(manifest);
  }
  return out;
}

/**
 * The simulation has no images: where a scenario named none, a placeholder that answers HTTP
 * on 8080 (Kubernetes' own e2e test image, `agnhost netexec`), to be replaced by the real app.
 */
const PLACEHOLDER_IMAGE = 'registry.k8s.io/e2e-test-images/agnhost:2.53';

/** The containers a pod runs, with a placeholder where the scenario named none. */
function containersOf(containers: { name: string; image: string }[], name: string) {
  return containers.length > 0 ? containers : [{ name, image: '' }];
}

function podSpec(
  serviceAccountName: string,
  containers: { name: string; image: string }[],
  name: string,
) {
  const port = [{ containerPort: 8080 }];
  return {
    serviceAccountName,
    containers: containersOf(containers, name).map((c) =>
      c.image
        ? { name: c.name, image: c.image, ports: port }
        : {
            name: c.name,
            image: PLACEHOLDER_IMAGE,
            args: ['netexec', '--http-port=8080'],
            ports: port,
          },
    ),
  };
}

/**
 * The Services the mesh routes by: the applied ones as they were given (selector and ports),
 * and one per workload `app` for the rest, so every call has the DNS name it had here.
 */
function services(sim: MeshSimulation): Record<string, unknown>[] {
  return listServices(sim).map((svc) => {
    const applied = sim.cluster.services.get(`${svc.namespace}/${svc.name}`);
    const ports = applied?.ports.length
      ? applied.ports
      : [{ name: 'http', port: 8080, targetPort: 8080 }];
    return {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: svc.name, namespace: svc.namespace },
      spec: { selector: svc.selector, ports },
    };
  });
}

/** The manifests as one multi-document YAML stream. */
export function exportManifestsYaml(sim: MeshSimulation): string {
  return exportManifests(sim)
    .map((m) => stringify(m, { lineWidth: 0 }))
    .join('---\n');
}

/** Commands that show the same things on a real mesh, for the first pod of each workload. */
export function realClusterCommands(sim: MeshSimulation): string[] {
  const pods = [...sim.cluster.pods.values()];
  const first = pods[0];
  if (!first) return [];
  const pod = first.name;
  const ns = first.namespace;
  const container = containersOf(first.containers, first.name)[0]!.name;
  const target = pods.find((p) => p !== first && p.labels.app);
  const url = target
    ? `http://${target.labels.app}.${target.namespace}:8080/`
    : 'http://<service>.<namespace>:8080/';
  return [
    `kubectl apply -f svid-lab.yaml`,
    `istioctl proxy-config secret ${pod} -n ${ns}`,
    `istioctl proxy-config secret ${pod} -n ${ns} -o json | jq -r '.dynamicActiveSecrets[] | select(.name=="default") | .secret.tlsCertificate.certificateChain.inlineBytes' | base64 -d > chain.pem`,
    `openssl x509 -in chain.pem -noout -text | grep -A1 "Subject Alternative Name"`,
    `kubectl get configmap istio-ca-root-cert -n ${ns} -o jsonpath='{.data.root-cert\\.pem}' > root-cert.pem`,
    `openssl verify -CAfile root-cert.pem chain.pem`,
    `kubectl exec ${pod} -n ${ns} -c ${container} -- curl -s -o /dev/null -w '%{http_code}\\n' ${url}   # 403 when a policy denies (needs curl in that image)`,
    `kubectl logs <server-pod> -n <namespace> -c istio-proxy | grep rbac_access_denied   # the denial, with the matched policy`,
  ];
}
