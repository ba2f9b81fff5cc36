import { describe, expect, it } from 'vitest';
import { ignoredPaths, ManifestError, readKubeObject } from './manifests';

describe('readKubeObject', () => {
  it('reads a real Deployment and lists what it ignores', () => {
    const read = readKubeObject({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'order', namespace: 'production', annotations: { team: 'a' } },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: 'order' } },
        template: {
          metadata: { labels: { app: 'order' } },
          spec: {
            serviceAccountName: 'order-sa',
            containers: [{ name: 'order', image: 'order:1', ports: [{ containerPort: 8080 }] }],
          },
        },
      },
    });
    expect(read?.object).toMatchObject({
      kind: 'Deployment',
      name: 'order',
      replicas: 2,
      template: { serviceAccountName: 'order-sa' },
    });
    expect(read?.ignored).toEqual([
      'metadata.annotations.team',
      'spec.template.spec.containers[].ports[].containerPort',
    ]);
  });

  it('defaults the namespace and the ServiceAccount as Kubernetes does', () => {
    const read = readKubeObject({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'x' },
      spec: { containers: [] },
    });
    expect(read?.object).toMatchObject({ namespace: 'default', serviceAccountName: 'default' });
  });

  it('returns null for kinds it does not model', () => {
    expect(
      readKubeObject({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } }),
    ).toBeNull();
  });

  it('refuses invalid names with the path and the rule', () => {
    expect(() => readKubeObject({ kind: 'Pod', metadata: { name: 'Order_1' } })).toThrow(
      new ManifestError(
        'metadata.name',
        "'Order_1' is not a valid name: use at most 63 lowercase letters, digits and '-', starting and ending with a letter or digit",
      ),
    );
    expect(() =>
      readKubeObject({ kind: 'Deployment', metadata: { name: 'd' }, spec: { replicas: -1 } }),
    ).toThrow('spec.replicas');
  });
});

describe('ignoredPaths', () => {
  it('keeps modelled prefixes and collapses list indexes', () => {
    expect(
      ignoredPaths({ a: { b: 1, c: [{ d: 1 }, { d: 2, e: 3 }] } }, ['a.b', 'a.c[].d']),
    ).toEqual(['a.c[].e']);
  });
});
