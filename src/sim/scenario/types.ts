import type { MeshConfig } from '../config';

/** A call between two pods (`from`/`to`: `ns/pod` or `ns/deployment`). */
export interface CallSpec {
  from: string;
  to: string;
  method: string;
  path: string;
  port: number;
  headers: Record<string, string>;
}

export interface CallExpectation {
  result?: 'allowed' | 'denied' | 'failed';
  reason?: string;
  peer?: string;
  policy?: string;
  status?: number;
}

export const ATTACK_KINDS = [
  'forged-cert',
  'foreign-trust-domain',
  'expired-cert',
  'plaintext',
  'impersonated-server',
  'csr-other-identity',
  'stolen-token',
  'replayed-token',
  'wrong-audience-token',
] as const;
export type AttackKind = (typeof ATTACK_KINDS)[number];

export interface AttackSpec {
  kind: AttackKind;
  from: string;
  to?: string;
  as?: string;
  victim?: string;
  /** `impersonated-server`: the pod (ns/pod) that answers in the service's place. */
  impostor?: string;
  method: string;
  path: string;
  port: number;
}

export interface AttackExpectation {
  result?: 'allowed' | 'denied' | 'failed' | 'issued' | 'rejected';
  reason?: string;
  spiffeId?: string;
  peer?: string;
}

/** Checks on a pod's state at a point in the scenario. */
export interface PodExpectation {
  pod: string;
  exists?: boolean;
  spiffeId?: string;
  certValid?: boolean;
  rotations?: number;
  ip?: string;
  serviceAccount?: string;
}

/** A resource reference for `delete`. */
export interface ResourceRef {
  kind: string;
  namespace?: string;
  name: string;
}

export type Step =
  | { kind: 'wait'; ms: number; text: string }
  | { kind: 'apply'; manifests: unknown[]; expectError?: string }
  | { kind: 'delete'; ref: ResourceRef }
  | { kind: 'restart'; pod: string }
  | { kind: 'rollout'; deployment: string }
  | { kind: 'scale'; deployment: string; replicas: number }
  | { kind: 'istiod'; up: boolean }
  | {
      kind: 'ca';
      action: 'addRoot' | 'useRoot' | 'removeRoot';
      root: string;
      /** The cluster whose `cacerts` changes, in a multi-cluster mesh (else the first). */
      cluster?: string;
    }
  | { kind: 'call'; call: CallSpec; expect?: CallExpectation }
  | { kind: 'attack'; attack: AttackSpec; expect?: AttackExpectation }
  | { kind: 'expect'; expect: PodExpectation }
  | { kind: 'repeat'; times: number; steps: Step[] };

/** A scenario file, validated: every key known, every value of the right shape. */
export interface Scenario {
  name: string;
  description?: string;
  mesh: MeshConfig;
  resources: unknown[];
  steps: (Step & { line?: number; note?: string })[];
}
