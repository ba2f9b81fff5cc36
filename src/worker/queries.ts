import { LineCounter, parseAllDocuments } from 'yaml';
import type { MeshSimulation } from '../sim/mesh/mesh-simulation';
import { lintMesh } from '../sim/policy/lint-mesh';
import { validatePolicyManifest } from '../sim/policy/validate';
import type { AttackSpec } from '../sim/scenario/types';
import { lineOfPath } from '../sim/yaml-lines';
import { yamlValue } from '../sim/yaml-text';
import { podDetail } from './detail';
import type { MeshBridge } from './mesh-bridge';
import type { Command, PolicyProblem, Reply } from './protocol';

/**
 * The worker's read-only questions: a pod's artefacts, a call between two workloads (which
 * emits a `call` event but changes no state), and a dry-run check of policy YAML.
 */
export async function handleQuery(
  sim: MeshSimulation,
  bridge: MeshBridge,
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
      if (!bridge.performCall) {
        post({ type: 'call', id: cmd.id, error: 'calls are not available in this engine yet' });
        return;
      }
      try {
        const record = await bridge.performCall(sim, cmd.call);
        post({ type: 'call', id: cmd.id, record: stripWire(record) });
      } catch (error) {
        post({ type: 'call', id: cmd.id, error: (error as Error).message });
      }
      return;
    case 'checkPolicies':
      post({ type: 'policyCheck', id: cmd.id, problems: checkPolicies(sim, cmd.yaml) });
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

/** Webhook errors and lint warnings for each document of `yaml`, placed on their lines. */
export function checkPolicies(sim: MeshSimulation, yaml: string): PolicyProblem[] {
  const counter = new LineCounter();
  const docs = parseAllDocuments(yaml, { lineCounter: counter, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [docs];
  const problems: PolicyProblem[] = [];
  for (const doc of list) {
    const syntax = doc.errors[0];
    if (syntax) {
      const line = syntax.linePos?.[0]?.line ?? counter.linePos(syntax.pos[0]).line;
      problems.push({
        ...(line ? { line } : {}),
        severity: 'error',
        message: syntax.message.split('\n')[0] ?? '',
      });
      continue;
    }
    let value: unknown;
    try {
      value = yamlValue(doc);
    } catch (error) {
      problems.push({ severity: 'error', message: (error as Error).message });
      continue;
    }
    if (value === null || value === undefined) continue;
    const lineOf = (path: string): number | undefined => {
      const parts = path
        .split(/[.[\]]+/)
        .filter(Boolean)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      const start = doc.contents?.range?.[0];
      const top = start === undefined ? undefined : counter.linePos(start).line;
      return lineOfPath(doc, counter, parts) ?? top;
    };
    const result = validatePolicyManifest(value);
    const place = (text: string, severity: PolicyProblem['severity']) => {
      const path = text.split(':')[0] ?? '';
      const line = lineOf(path);
      problems.push({ ...(line ? { line } : {}), severity, message: text });
    };
    if (!result.ok) for (const e of result.errors) place(e, 'error');
    for (const w of result.warnings) place(w, 'warning');
    if (result.ok && result.value.kind === 'AuthorizationPolicy') {
      const warnings = lintMesh(sim, [result.value]);
      for (const w of warnings) {
        const line = lineOf(w.path);
        problems.push({
          ...(line ? { line } : {}),
          severity: 'warning',
          message: `${w.path}: ${w.message}${w.suggestion ? ` ${w.suggestion}` : ''}`,
        });
      }
    }
  }
  return problems;
}
