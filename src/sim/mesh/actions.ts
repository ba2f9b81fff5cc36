import type { MeshActions } from '../scenario/run';
import { performAttack } from './attacks';
import { performCall } from './call';

/** Calls and attacks for the scenario runner, done by the mesh layer. */
export const meshActions: MeshActions = {
  call: (sim, spec) => performCall(sim, spec),
  attack: (sim, spec) => performAttack(sim, spec),
};
