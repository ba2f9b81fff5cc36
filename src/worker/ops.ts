import { LineCounter, parseAllDocuments } from 'yaml';
import { runCaStep } from '../sim/ca/steps';
import type { Simulation } from '../sim/simulation';
import { yamlValue } from '../sim/yaml-text';
import type { UserOp } from './protocol';

/** A refused op: the message says what was wrong and where (a YAML line when known). */
export class OpError extends Error {}

/** Parses multi-document YAML as kubectl does; a syntax error refuses the whole input. */
export function parseManifests(text: string): unknown[] {
  const counter = new LineCounter();
  const docs = parseAllDocuments(text, { prettyErrors: false, lineCounter: counter });
  const list = Array.isArray(docs) ? docs : [docs];
  const out: unknown[] = [];
  for (const doc of list) {
    const first = doc.errors[0];
    if (first) {
      const line = first.linePos?.[0]?.line ?? counter.linePos(first.pos[0]).line;
      throw new OpError(`${line ? `line ${line}: ` : ''}${first.message.split('\n')[0]}`);
    }
    let value: unknown;
    try {
      value = yamlValue(doc);
    } catch (error) {
      throw new OpError((error as Error).message);
    }
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value))
      throw new OpError(
        'each YAML document must be a manifest (a map with apiVersion, kind, metadata)',
      );
    out.push(value);
  }
  if (out.length === 0) throw new OpError('nothing to apply: the text holds no manifest');
  return out;
}

/**
 * Performs one user op on the simulation. Returns notes (what each manifest did); throws
 * OpError when nothing could be done, so the op is not recorded.
 */
export async function performOp(sim: Simulation, op: UserOp): Promise<string[]> {
  switch (op.kind) {
    case 'apply': {
      const outcomes = sim.apply(parseManifests(op.yaml));
      const errors = outcomes.filter((o) => o.error);
      const notes = outcomes.map((o) =>
        o.error ? `${o.resource}: ${o.error}` : `${o.resource} ${o.action ?? 'unchanged'}`,
      );
      if (errors.length === outcomes.length) throw new OpError(notes.join('\n'));
      return notes;
    }
    case 'delete':
      return guard(() => sim.delete(op.ref));
    case 'restart':
      return guard(() => sim.restart(op.pod));
    case 'rollout':
      return guard(() => sim.rollout(op.namespace, op.name));
    case 'scale':
      return guard(() => sim.scale(op.namespace, op.name, op.replicas));
    case 'istiod':
      sim.setIstiod(op.up);
      return [];
    case 'ca': {
      const refused = await runCaStep(sim, op.action, op.root, op.cluster);
      if (refused) throw new OpError(refused);
      return [];
    }
  }
}

function guard(run: () => unknown): string[] {
  try {
    run();
    return [];
  } catch (error) {
    throw new OpError((error as Error).message);
  }
}
