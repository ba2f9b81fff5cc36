import type { MeshSimulation } from '../sim/mesh/mesh-simulation';
import { checkPolicyDraft } from '../sim/policy/editor';
import { podDetail } from './detail';
import type { MeshBridge } from './mesh-bridge';
import type { Command, Reply } from './protocol';
import { attackSpec, stripWire } from './rewind';

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
        post({ type: 'call', id: cmd.id, record: stripWire(record), t: sim.now });
      } catch (error) {
        post({ type: 'call', id: cmd.id, error: (error as Error).message });
      }
      return;
    case 'checkPolicies':
      post({ type: 'policyCheck', id: cmd.id, problems: checkPolicyDraft(sim, cmd.yaml) });
      return;
    case 'attack': {
      const { performAttack } = await import('../sim/mesh/attacks');
      const spec = attackSpec(cmd.attack);
      try {
        const outcome = await performAttack(sim, spec);
        if (outcome.record) stripWire(outcome.record);
        post({ type: 'attack', id: cmd.id, outcome, t: sim.now });
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
