/**
 * The mesh layer (calls, access matrix), loaded once on first use so that the worker's start
 * stays light.
 */

import type { MeshSimulation } from '../sim/mesh/mesh-simulation';
import type { AccessCell, CallRecord } from '../sim/mesh/types';

/** What the worker uses from src/sim/mesh. */
export interface MeshBridge {
  performCall: (
    sim: MeshSimulation,
    request: { from: string; to: string; method?: string; path?: string },
  ) => Promise<CallRecord>;
  accessMatrix: (sim: MeshSimulation) => AccessCell[] | Promise<AccessCell[]>;
}

let bridge: Promise<MeshBridge> | undefined;

/** Loads the mesh modules once. */
export function loadMeshBridge(): Promise<MeshBridge> {
  bridge ??= Promise.all([import('../sim/mesh/call'), import('../sim/mesh/matrix')]).then(
    ([call, matrix]) => ({ performCall: call.performCall, accessMatrix: matrix.accessMatrix }),
  );
  return bridge;
}
