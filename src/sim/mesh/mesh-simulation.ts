import type { IssuedToken } from '../apiserver';
import type { MeshConfig } from '../config';
import { emptyPolicyStore, type PolicyStore, registerPolicyKinds } from '../policy/store';
import { Simulation, type SimulationParts } from '../simulation';
import { serviceKind } from './services';
import type { CallRecord } from './types';

/** Calls kept for the UI, newest last. */
const KEPT_CALLS = 200;

/**
 * The whole mesh: the simulated cluster with Istio's security policies applied through
 * `apply`/`delete`, the calls made between workloads, and the tokens replay attacks can try.
 */
export class MeshSimulation extends Simulation {
  readonly policies: PolicyStore = emptyPolicyStore();
  /** The last token of each pod that was deleted or recreated, for replay attacks. */
  readonly retiredTokens = new Map<string, IssuedToken>();
  /** The latest calls and connection attacks, newest last (bounded). */
  readonly calls: CallRecord[] = [];
  private callCount = 0;

  protected constructor(parts: SimulationParts) {
    super(parts);
    registerPolicyKinds(this, this.policies);
    this.kinds.set('Service', serviceKind(this));
  }

  /** Boots a mesh: built-in namespaces, the apiserver's signing key, istiod's root. */
  static async create(
    config: Partial<MeshConfig> = {},
    opts: { keepEvents?: boolean } = {},
  ): Promise<MeshSimulation> {
    return new MeshSimulation(await Simulation.boot(config, opts));
  }

  /** Numbers calls 1, 2, 3… per simulation, so the same scenario gives the same ids. */
  nextCallId(): number {
    this.callCount += 1;
    return this.callCount;
  }

  /** Remembers a call for the UI, keeping the latest ones. */
  recordCall(record: CallRecord): void {
    this.calls.push(record);
    if (this.calls.length > KEPT_CALLS) this.calls.shift();
  }

  protected override retire(key: string): void {
    const token = this.proxies.get(key)?.token;
    if (token) this.retiredTokens.set(key, token);
    super.retire(key);
  }
}
