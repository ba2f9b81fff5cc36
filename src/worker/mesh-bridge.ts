/**
 * The mesh layer (calls, access matrix, Istio policy kinds) is found by name among the modules
 * of src/sim/mesh, loaded lazily: the worker keeps working while the engine grows it.
 */
import type { AccessCell, CallRecord } from '../sim/mesh/types';
import type { Simulation } from '../sim/simulation';

/** What the worker uses from src/sim/mesh, each part optional until the engine provides it. */
export interface MeshBridge {
  performCall?: (
    sim: Simulation,
    request: { from: string; to: string; method?: string; path?: string },
  ) => Promise<CallRecord>;
  accessMatrix?: (sim: Simulation) => AccessCell[] | Promise<AccessCell[]>;
  registerPolicyKinds?: (sim: Simulation) => void;
}

const modules = import.meta.glob(['../sim/mesh/*.ts', '!../sim/mesh/*.test.ts']);

let bridge: Promise<MeshBridge> | undefined;

/** Loads every mesh module once and picks the functions the worker knows by name. */
export function loadMeshBridge(): Promise<MeshBridge> {
  bridge ??= (async () => {
    const found: Record<string, unknown> = {};
    for (const load of Object.values(modules)) {
      const mod = (await load()) as Record<string, unknown>;
      for (const name of ['performCall', 'accessMatrix', 'registerPolicyKinds']) {
        if (typeof mod[name] === 'function') found[name] = mod[name];
      }
    }
    return found as MeshBridge;
  })();
  return bridge;
}
