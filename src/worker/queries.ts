import type { MeshSimulation } from '../sim/mesh/mesh-simulation';
import { checkPolicyDraft } from '../sim/policy/editor';
import type { AttackSpec } from '../sim/scenario/types';
import { podDetail } from './detail';
import type { MeshBridge } from './mesh-bridge';
import type { Command, Reply } from './protocol';

/**
 * The worker's read-only questions: a pod's artefacts, a call between two workloads (which
 * emits a `call` event but changes no state), and a dry-run check of policy YAML.
 */
export async function handleQuery(
  sim: MeshSimulation,
  mesh: MeshBridge,
  cmd: Command,
  post: (reply: Reply) => void,
): Promise<void> {
  switch (cmd.type) {
    case 'detail':
      try {
        post({ type: 'detail', id: cmd.id, detail: podDetail(sim, cmd.pod) });
      } catch (error) {
        post({ type: 'detail', id: cmd.id, error: (error as Error).message });
      }
      return;
    case 'call':
      try {
        const record = await mesh.performCall(sim, cmd.call);
        post({ type: 'call', id: cmd.id, record: stripWire(record) });
      } catch (error) {
        post({ type: 'call', id: cmd.id, error: (error as Error).message });
      }
      return;
    case 'checkPolicies':
      post({ type: 'policyCheck', id: cmd.id, problems: checkPolicyDraft(sim, cmd.yaml) });
      return;
    case 'attack': {
      const { performAttack } = await import('../sim/mesh/attacks');
      const spec = { method: 'GET', path: '/', port: 8080, ...cmd.attack } as AttackSpec;
      try {
        const outcome = await performAttack(sim, spec);
        if (outcome.record) stripWire(outcome.record);
        post({ type: 'attack', id: cmd.id, outcome });
      } catch (error) {
        post({ type: 'attack', id: cmd.id, error: (error as Error).message });
      }
      return;
    }
    case 'export': {
      const { exportManifestsYaml, realClusterCommands } = await import('../sim/export-manifests');
      post({
        type: 'export',
        id: cmd.id,
        yaml: exportManifestsYaml(sim),
        commands: realClusterCommands(sim),
      });
      return;
    }
    default:
      return;
  }
}

function stripWire<T>(record: T): T {
  const r = record as { handshake?: { messages: { wire?: unknown }[] } };
  for (const m of r.handshake?.messages ?? []) delete m.wire;
  return record;
}
