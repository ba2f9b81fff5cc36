/**
 * The typed message protocol between the UI (main thread) and the engine worker.
 * Commands go in; ticks (snapshot + events), results and details come out. Everything here is
 * plain data (structured-clone safe); the worker never posts a class instance.
 */
import type { CaAction } from '../sim/ca/actions';
import type { TimedEvent } from '../sim/events';
import type { IssuanceStop } from '../sim/issuance';
import type { AccessCell, CallRecord } from '../sim/mesh/types';
import type { PolicyProblem } from '../sim/policy/editor';
import type { Why } from '../sim/why';

export type { PolicyProblem } from '../sim/policy/editor';

import type { MeshDelta } from './delta';

/** Lesson defaults (24h, renew at 75%) or real Istio's (24h, 50% +-1%, RSA 2048). */
export type Preset = 'lesson' | 'istio';

/** A change the user made, kept in the applied log so a reload rebuilds the same state. */
export type UserOp =
  | { kind: 'apply'; yaml: string }
  | { kind: 'delete'; ref: { kind: string; namespace?: string; name: string } }
  | { kind: 'restart'; pod: string }
  | { kind: 'rollout'; namespace: string; name: string }
  | { kind: 'scale'; namespace: string; name: string; replicas: number }
  | { kind: 'istiod'; up: boolean }
  | { kind: 'ca'; action: CaAction; root: string; cluster?: string };

/**
 * Traffic the learner sent: it changes no resource, but it draws from the seeded random source
 * and leaves events, so a replay repeats it at the same time.
 */
export type TrafficOp =
  | { kind: 'call'; call: CallRequest }
  | { kind: 'attack'; attack: AttackCommand };

/** An op with the simulated time it was applied at. */
export interface LoggedOp {
  t: number;
  op: UserOp | TrafficOp;
}

/** A call between two workloads, as the handshake screen asks for it. */
export interface CallRequest {
  from: string;
  to: string;
  method: string;
  path: string;
}

/** Commands from the UI to the worker. `id` pairs a command with its reply. */
export type Command =
  | {
      type: 'load';
      id: number;
      yaml: string;
      file: string;
      preset: Preset;
      log: LoggedOp[];
      until?: number;
    }
  | { type: 'op'; id: number; op: UserOp }
  | { type: 'play'; speed: number }
  | { type: 'pause' }
  | { type: 'speed'; speed: number }
  | { type: 'nextEvent' }
  | { type: 'advance'; ms: number }
  | { type: 'stepIssuance'; id: number; pod: string; until: IssuanceStop }
  | { type: 'watch'; pod?: string }
  /** Teaching mode: playback also pauses at a rotation, an expiry and an istiod change. */
  | { type: 'teaching'; on: boolean }
  | { type: 'detail'; id: number; pod: string }
  | { type: 'call'; id: number; call: CallRequest }
  | { type: 'checkPolicies'; id: number; yaml: string }
  | { type: 'attack'; id: number; attack: AttackCommand }
  | { type: 'export'; id: number }
  /** Answered once every earlier command is handled (and its tick posted). */
  | { type: 'sync'; id: number };

/** An attack of SCENARIO-FORMAT, as the attack lab asks for it. */
export interface AttackCommand {
  kind: string;
  from: string;
  to?: string;
  as?: string;
  victim?: string;
  impostor?: string;
  method?: string;
  path?: string;
}

/** The Istio policies in force, as the policy screen lists them. */
export interface PolicyView {
  kind: 'AuthorizationPolicy' | 'PeerAuthentication';
  namespace: string;
  name: string;
  yaml: string;
}

/**
 * One frame of the engine: what changed in the mesh and the events since the previous frame.
 * Certificates and tokens never ride along: screens ask for them (`detail`).
 */
export interface Tick {
  type: 'tick';
  delta: MeshDelta;
  events: TimedEvent[];
  playing: boolean;
  /** Simulated ms per wall ms over the last second (0 when paused). */
  effectiveSpeed: number;
  /** The policies in force, only when they changed. */
  policies?: PolicyView[];
  matrix?: AccessCell[];
  /** Why playback stopped on its own (teaching mode reached a step). */
  pausedOn?: string;
}

/** Everything the issuance, inspector and certificate views show for one pod. */
export interface PodDetail {
  pod: string;
  token?: {
    jwt: string;
    header: Record<string, unknown>;
    claims: Record<string, unknown>;
    path: string;
    audience: string;
  };
  csrPem?: string;
  csrSans?: string[];
  attempt?: number;
  review?: {
    authenticated: boolean;
    user?: { username: string; uid: string; groups: string[] };
    audiences?: string[];
    error?: string;
  };
  spiffeId?: string;
  error?: string;
  /** `error`, structured, for the app's languages. */
  why?: Why;
  chainPem: string[];
  rootPem: string;
  openssl?: { text: string; fields: { key: string; startLine: number; endLine: number }[] };
  rootOpenssl?: { text: string; fields: { key: string; startLine: number; endLine: number }[] };
  /** The plugged-in intermediate of the chain (leaf, intermediate, root), when there is one. */
  intermediateOpenssl?: {
    text: string;
    fields: { key: string; startLine: number; endLine: number }[];
  };
  sdsRows: {
    resourceName: string;
    type: string;
    status: string;
    validCert: boolean;
    serialNumber: string;
    notAfter: string;
    notBefore: string;
  }[];
  sdsTable?: string;
  rpc: string;
  caAddress: string;
  renewAt?: number;
  notAfter?: number;
}

/** Replies from the worker. */
export type Reply =
  | Tick
  | {
      type: 'result';
      id: number;
      ok: boolean;
      error?: string;
      t?: number;
      created?: string[];
      notes?: string[];
      /** After a load: the calls its log replayed (the latest 100), for the mesh's edges. */
      calls?: CallRecord[];
    }
  | { type: 'detail'; id: number; detail?: PodDetail; error?: string }
  | { type: 'call'; id: number; record?: CallRecord; error?: string; t?: number }
  | { type: 'policyCheck'; id: number; problems: PolicyProblem[] }
  | {
      type: 'attack';
      id: number;
      outcome?: {
        result: string;
        reason?: string;
        spiffeId?: string;
        peer?: string;
        record?: CallRecord;
      };
      error?: string;
      t?: number;
    }
  | { type: 'export'; id: number; yaml: string; commands: string[] }
  | { type: 'fatal'; message: string };
