import type { MeshSimulation } from '../sim/mesh/mesh-simulation';
import type { CallRecord } from '../sim/mesh/types';
import type { AttackSpec } from '../sim/scenario/types';
import type { MeshBridge } from './mesh-bridge';
import { performOp } from './ops';
import type { AttackCommand, LoggedOp, TrafficOp, UserOp } from './protocol';

/** Whether a logged op is traffic (a call or an attack) rather than a change to the mesh. */
export function isTraffic(op: UserOp | TrafficOp): op is TrafficOp {
  return op.kind === 'call' || op.kind === 'attack';
}

/** An attack command with the defaults SCENARIO-FORMAT gives a missing method, path and port. */
export function attackSpec(attack: AttackCommand): AttackSpec {
  return { method: 'GET', path: '/', port: 8080, ...attack } as AttackSpec;
}

/** A call record without its wire bytes (the UI never shows them; they are large). */
export function stripWire<T>(record: T): T {
  const r = record as { handshake?: { messages: { wire?: unknown }[] } };
  for (const m of r.handshake?.messages ?? []) delete m.wire;
  return record;
}

/** Sends one logged call or attack again; returns its record (an issuance attack has none). */
export async function replayTraffic(
  sim: MeshSimulation,
  mesh: MeshBridge,
  op: TrafficOp,
): Promise<CallRecord | undefined> {
  if (op.kind === 'call') return stripWire(await mesh.performCall(sim, op.call));
  const { performAttack } = await import('../sim/mesh/attacks');
  const { record } = await performAttack(sim, attackSpec(op.attack));
  return record && stripWire(record);
}

/**
 * Replays an applied log: runs to each entry's time and performs it. An op refused the first
 * time is never logged; one refused now is skipped, exactly as it would be refused again.
 * Returns the records of the calls replayed, for the mesh's call edges.
 */
export async function replayLog(
  sim: MeshSimulation,
  mesh: MeshBridge,
  log: readonly LoggedOp[],
): Promise<CallRecord[]> {
  const records: CallRecord[] = [];
  for (const { t, op } of log) {
    await sim.runUntil(t);
    try {
      if (!isTraffic(op)) await performOp(sim, op);
      else {
        const record = await replayTraffic(sim, mesh, op);
        if (record) records.push(record);
      }
    } catch {
      // Refused again on replay, exactly as it was refused the first time.
    }
  }
  return records;
}
