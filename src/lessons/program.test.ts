import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadScenario } from '../sim/scenario/load';
import { actionsOf, stageYaml, toCommands, withSteps } from './program';

const FILE = `# a comment that stays
scenario: demo
mesh: {renewAt: 0.75}
resources:
  - {apiVersion: v1, kind: Namespace, metadata: {name: production}}
steps:
  - wait: 1h
  - note: hi
    expect: {pod: production/a, exists: true}
`;

describe('toCommands turns scenario steps into the app commands', () => {
  it('maps every kind a lesson uses', () => {
    expect(toCommands({ wait: '1h30m' })).toEqual([{ kind: 'advance', ms: 5_400_000 }]);
    expect(toCommands({ restart: 'production/order-1' })).toEqual([
      { kind: 'op', op: { kind: 'restart', pod: 'production/order-1' } },
    ]);
    expect(toCommands({ istiod: 'down' })).toEqual([
      { kind: 'op', op: { kind: 'istiod', up: false } },
    ]);
    expect(toCommands({ scale: { deployment: 'production/order', replicas: 3 } })).toEqual([
      { kind: 'op', op: { kind: 'scale', namespace: 'production', name: 'order', replicas: 3 } },
    ]);
    expect(toCommands({ delete: { kind: 'Pod', namespace: 'default', name: 'legacy' } })).toEqual([
      {
        kind: 'op',
        op: { kind: 'delete', ref: { kind: 'Pod', namespace: 'default', name: 'legacy' } },
      },
    ]);
    expect(toCommands({ ca: { useRoot: 'root-2' } })).toEqual([
      { kind: 'op', op: { kind: 'ca', action: 'useRoot', root: 'root-2' } },
    ]);
    // In a multi-cluster mesh the step names its cluster, before or after the change.
    expect(toCommands({ ca: { cluster: 'cluster-a', addRoot: 'root-b' } })).toEqual([
      { kind: 'op', op: { kind: 'ca', action: 'addRoot', root: 'root-b', cluster: 'cluster-a' } },
    ]);
    expect(toCommands({ call: { from: 'a/b', to: 'c/d' } })).toEqual([
      { kind: 'call', call: { from: 'a/b', to: 'c/d', method: 'GET', path: '/' } },
    ]);
    expect(
      toCommands({ attack: { kind: 'plaintext', from: 'a/b', to: 'c/d' }, expect: {} }),
    ).toEqual([{ kind: 'attack', attack: { kind: 'plaintext', from: 'a/b', to: 'c/d' } }]);
  });

  it('applies a list of manifests as one multi-document YAML', () => {
    const [cmd] = toCommands({
      apply: [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a' } },
        { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 's', namespace: 'a' } },
      ],
    });
    expect(cmd?.kind).toBe('op');
    const yaml = cmd?.kind === 'op' && cmd.op.kind === 'apply' ? cmd.op.yaml : '';
    expect(yaml.split('---\n').map((d) => parse(d).kind)).toEqual(['Namespace', 'ServiceAccount']);
  });

  it('drops checks and refuses what it cannot run', () => {
    expect(toCommands({ expect: { pod: 'a/b' }, note: 'x' })).toEqual([]);
    expect(() => toCommands({ repeat: { times: 2, steps: [] } })).toThrow(/cannot run a 'repeat'/);
    expect(() => toCommands({ wait: '1h', restart: 'a/b' })).toThrow(/one thing/);
    expect(() => toCommands({ wait: '1 hour' })).toThrow(/cannot read duration/);
  });
});

describe('stage and steps', () => {
  it('the stage keeps mesh, resources and comments, and has no steps', () => {
    const stage = stageYaml(FILE);
    expect(stage).toContain('# a comment that stays');
    expect(stage).not.toContain('steps');
    const scenario = loadScenario(stage, 'stage.yaml');
    expect(scenario.steps).toEqual([]);
    expect(scenario.mesh.renewAt).toBe(0.75);
    expect(scenario.resources).toHaveLength(1);
  });

  it('actionsOf drops expect-only steps and the expect/note keys', () => {
    expect(
      actionsOf([{ wait: '1h' }, { note: 'n', expect: {} }, { call: {}, expect: {} }]),
    ).toEqual([{ wait: '1h' }, { call: {} }]);
  });

  it('withSteps replaces the steps', () => {
    const text = withSteps(FILE, [{ wait: '2h' }]);
    expect(loadScenario(text).steps.map((s) => s.kind)).toEqual(['wait']);
  });
});
