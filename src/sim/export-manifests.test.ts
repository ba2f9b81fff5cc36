import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { exportManifestsYaml, realClusterCommands } from './export-manifests';
import { secureNamingFor } from './mesh/secure-naming';
import { loadScenario } from './scenario/load';
import { runScenario } from './scenario/run';

const scenarioPath = join(import.meta.dirname, '../../scenarios/order-calls-payment.yaml');

describe('exportManifests', () => {
  it('produces manifests kubectl takes, matching the scenario', async () => {
    const scenario = loadScenario(readFileSync(scenarioPath, 'utf8'), 'order-calls-payment.yaml');
    const { sim } = await runScenario(scenario);
    // biome-ignore lint/suspicious/noExplicitAny: the test walks arbitrary manifest YAML.
    type Doc = Record<string, any>;
    const docs = parseAllDocuments(exportManifestsYaml(sim)).map((d) => d.toJS() as Doc);
    for (const doc of docs) {
      expect(typeof doc.apiVersion).toBe('string');
      expect(typeof doc.kind).toBe('string');
      expect(doc.metadata.name).toMatch(/^[a-z0-9-]+$/);
      if (doc.kind !== 'Namespace') expect(typeof doc.metadata.namespace).toBe('string');
    }
    const names = docs.map((d) => `${d.kind} ${d.metadata.namespace ?? ''}/${d.metadata.name}`);
    expect(names).toEqual([
      'Namespace /default',
      'Namespace /production',
      'ServiceAccount production/order-sa',
      'ServiceAccount production/pay-sa',
      'Pod production/order-1',
      'Pod production/payment-1',
      'Pod default/legacy',
      'Service production/order',
      'Service production/payment',
      'Service default/legacy',
      'AuthorizationPolicy production/payment-allow-order',
    ]);
    const production = docs.find(
      (d) => d.kind === 'Namespace' && d.metadata.name === 'production',
    )!;
    expect(production.metadata.labels['istio-injection']).toBe('enabled');
    const order = docs.find((d) => d.metadata.name === 'order-1')!;
    expect(order.spec.serviceAccountName).toBe('order-sa');
    const policy = docs.at(-1)!;
    expect(policy.spec.rules[0].from[0].source.principals).toEqual([
      'cluster.local/ns/production/sa/order-sa',
    ]);
    // Re-applied, the export rebuilds the same identities.
    const again = await runScenario({ ...scenario, resources: docs, steps: [] });
    const ids = [...again.sim.proxies.values()].map((p) => p.current?.spiffeId).sort();
    expect(ids).toEqual([
      'spiffe://cluster.local/ns/default/sa/default',
      'spiffe://cluster.local/ns/production/sa/order-sa',
      'spiffe://cluster.local/ns/production/sa/pay-sa',
    ]);
  });

  it('re-applied, the Services give every client the same expected server identities', async () => {
    const path = join(import.meta.dirname, '../../scenarios/impersonated-server.yaml');
    const scenario = loadScenario(readFileSync(path, 'utf8'), 'impersonated-server.yaml');
    const { sim } = await runScenario({ ...scenario, steps: [] });
    const docs = parseAllDocuments(exportManifestsYaml(sim)).map((d) => d.toJS());
    const again = await runScenario({ ...scenario, resources: docs, steps: [] });
    for (const ref of ['production/payment', 'production/payments', 'production/order']) {
      expect(secureNamingFor(again.sim, ref)).toEqual(secureNamingFor(sim, ref));
      expect(secureNamingFor(sim, ref)?.expected.length).toBeGreaterThan(0);
    }
  });

  it('gives commands for a real cluster', async () => {
    const scenario = loadScenario(readFileSync(scenarioPath, 'utf8'), 'order-calls-payment.yaml');
    const { sim } = await runScenario(scenario);
    expect(realClusterCommands(sim)[1]).toBe('istioctl proxy-config secret order-1 -n production');
  });
});
