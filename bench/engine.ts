// `npm run bench`: issuance pipeline against the bare WebCrypto floor, and a fleet run.
// Prints one JSON object; the figures are measurements of this machine, not assertions.
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { createCsr } from '../src/pki/csr';
import { generateKeyPair } from '../src/pki/keys';
import { ISTIO_CA_AUDIENCE } from '../src/sim/apiserver';
import { MeshSimulation } from '../src/sim/mesh/mesh-simulation';
import type { LoggedOp } from '../src/worker/protocol';
import { EngineSession } from '../src/worker/session';

const subtle = globalThis.crypto.subtle;
const EC = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIG = { name: 'ECDSA', hash: 'SHA-256' } as const;

async function timePerOp(n: number, op: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(50, n); i++) await op();
  const start = performance.now();
  for (let i = 0; i < n; i++) await op();
  return (performance.now() - start) / n;
}

/** One issuance through the engine: key pair, CSR, TokenReview, CSR check, signing, install. */
async function pipeline(sim: MeshSimulation, token: string) {
  const keys = await generateKeyPair('ECDSA_P256');
  const csr = await createCsr(keys, { uriSans: ['spiffe://cluster.local/ns/bench/sa/bench-sa'] });
  const auth = await sim.istiod.authenticate(token, {
    apiserver: sim.apiserver,
    cluster: sim.cluster,
    now: sim.now,
  });
  if (!auth.ok) throw new Error(auth.reason);
  const signed = await sim.istiod.sign(csr, auth.caller, {
    ttlMs: sim.config.certTtlMs,
    now: sim.now,
  });
  if (!signed.ok) throw new Error(signed.reason);
  return { keys, chain: signed.certChain };
}

/**
 * The same WebCrypto calls with nothing around them: generate, export the public key (into
 * the CSR), sign the CSR, import the CSR's key at istiod, verify the CSR, verify the token's
 * signature, sign the certificate.
 */
async function floor(
  caKey: CryptoKeyPair,
  tokenKey: CryptoKeyPair,
  tbs: Uint8Array<ArrayBuffer>,
  tokenSig: ArrayBuffer,
) {
  const keys = await subtle.generateKey(EC, true, ['sign', 'verify']);
  const spki = await subtle.exportKey('spki', keys.publicKey);
  const csrSig = await subtle.sign(SIG, keys.privateKey, tbs);
  const imported = await subtle.importKey('spki', spki, EC, true, ['verify']);
  await subtle.verify(SIG, imported, csrSig, tbs);
  await subtle.verify(SIG, tokenKey.publicKey, tokenSig, tbs);
  await subtle.sign(SIG, caKey.privateKey, tbs);
}

async function issuance(n: number) {
  const sim = await MeshSimulation.create({ seed: 1 });
  sim.apply([
    { kind: 'Namespace', metadata: { name: 'bench' } },
    { kind: 'ServiceAccount', metadata: { name: 'bench-sa', namespace: 'bench' } },
    {
      kind: 'Pod',
      metadata: { name: 'bench-1', namespace: 'bench' },
      spec: { serviceAccountName: 'bench-sa' },
    },
  ]);
  await sim.settle();
  const pod = sim.cluster.pods.get('bench/bench-1')!;
  const token = (
    await sim.apiserver.issueToken(pod, {
      audience: ISTIO_CA_AUDIENCE,
      ttlMs: 43_200_000,
      now: sim.now,
      serviceAccountUid: sim.cluster.serviceAccounts.get('bench/bench-sa')!.uid,
      jti: 'bench',
    })
  ).token;
  const caKey = await subtle.generateKey(EC, true, ['sign', 'verify']);
  const tokenKey = await subtle.generateKey(EC, true, ['sign', 'verify']);
  const tbs = new Uint8Array(400).fill(7);
  const tokenSig = await subtle.sign(SIG, tokenKey.privateKey, tbs);
  // Alternate the two measurements so that drift in machine load hits both alike.
  let pipelineMs = 0;
  let floorMs = 0;
  const rounds = 5;
  for (let r = 0; r < rounds; r++) {
    pipelineMs += await timePerOp(n / rounds, () => pipeline(sim, token));
    floorMs += await timePerOp(n / rounds, () => floor(caKey, tokenKey, tbs, tokenSig));
  }
  pipelineMs /= rounds;
  floorMs /= rounds;
  return {
    perSecond: Math.round(1000 / pipelineMs),
    floorPerSecond: Math.round(1000 / floorMs),
    ratio: Number((pipelineMs / floorMs).toFixed(2)),
    msPerIssuance: Number(pipelineMs.toFixed(3)),
    floorMsPerIssuance: Number(floorMs.toFixed(3)),
  };
}

async function fleet(pods: number, simDays: number) {
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const start = performance.now();
  const sim = await MeshSimulation.create({ seed: 1 }, { keepEvents: false });
  let issuances = 0;
  let expired = 0;
  sim.on((e) => {
    if (e.type === 'cert.issued') issuances++;
    if (e.type === 'cert.expired') expired++;
  });
  sim.apply([
    { kind: 'Namespace', metadata: { name: 'fleet' } },
    { kind: 'ServiceAccount', metadata: { name: 'fleet-sa', namespace: 'fleet' } },
  ]);
  for (let i = 0; i < pods; i++) {
    sim.apply({
      kind: 'Pod',
      metadata: { name: `pod-${i + 1}`, namespace: 'fleet' },
      spec: { serviceAccountName: `fleet-sa` },
    });
  }
  await sim.settle();
  await sim.advance(simDays * 86_400_000);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return {
    pods,
    simDays,
    wallSeconds: Number(((performance.now() - start) / 1000).toFixed(2)),
    issuances,
    expired,
    peakRssMB: Math.round(peakRss / 1_048_576),
  };
}

/**
 * A rewind as the timeline does it: the worker rebuilds the lesson cluster from its scenario
 * and replays a week of the learner's log (a call every 6 h, and `replicas` order pods).
 */
async function rewind(replicas: number, simDays: number) {
  const yaml = readFileSync(new URL('../scenarios/lesson-cluster.yaml', import.meta.url), 'utf8');
  const start = Date.parse('2025-12-10T09:00:00Z');
  const log: LoggedOp[] = [
    { t: start, op: { kind: 'scale', namespace: 'production', name: 'order', replicas } },
  ];
  const call = { from: 'production/order-1', to: 'production/payment-1', method: 'GET', path: '/' };
  for (let h = 6; h < simDays * 24; h += 6)
    log.push({ t: start + h * 3_600_000, op: { kind: 'call', call } });
  let events = 0;
  const session = new EngineSession((reply) => {
    if (reply.type === 'tick') events += reply.events.length;
    if (reply.type === 'result' && !reply.ok) throw new Error(reply.error);
  });
  const began = performance.now();
  const cmd = { type: 'load', yaml, file: 'lesson-cluster.yaml', preset: 'lesson' } as const;
  const until = start + simDays * 86_400_000;
  await session.submit({ ...cmd, id: 1, log, until });
  const wallSeconds = Number(((performance.now() - began) / 1000).toFixed(2));
  const eventsInFirstFrame = events;
  // Then, with the background checkpoints built, a rewind to half a day before the end.
  const built = performance.now();
  const checkpoints = await session.checkpointsBuilt();
  const buildSeconds = Number(((performance.now() - built) / 1000).toFixed(2));
  const back = until - 43_200_000;
  const rewound = performance.now();
  await session.submit({ ...cmd, id: 2, log: log.filter((e) => e.t <= back), until: back });
  return {
    pods: replicas + 2,
    simDays,
    loggedOps: log.length,
    wallSeconds,
    eventsInFirstFrame,
    checkpoints,
    checkpointBuildSeconds: buildSeconds,
    rewindFromCheckpointSeconds: Number(((performance.now() - rewound) / 1000).toFixed(2)),
    rewoundFromDay:
      session.rewoundFrom === undefined ? null : (session.rewoundFrom - start) / 86_400_000,
  };
}

/**
 * A rewind straight out of playback: the lesson cluster with `replicas` order pods played for
 * `simDays` at `speed` (the worker keeps a checkpoint up beside it while playback keeps up),
 * then half a day back, unpaused.
 */
async function rewindOutOfPlayback(simDays: number, replicas = 2, speed = 345_600) {
  const yaml = readFileSync(new URL('../scenarios/lesson-cluster.yaml', import.meta.url), 'utf8');
  let now = 0;
  let effective = 0;
  const session = new EngineSession((reply) => {
    if (reply.type === 'tick') {
      now = reply.delta.now;
      if (reply.playing) effective = reply.effectiveSpeed;
    }
    if (reply.type === 'result' && !reply.ok) throw new Error(reply.error);
  });
  const cmd = { type: 'load', yaml, file: 'lesson-cluster.yaml', preset: 'lesson' } as const;
  await session.submit({ ...cmd, id: 1, log: [] });
  const start = now;
  const log: LoggedOp[] = [];
  if (replicas !== 2) {
    const op = { kind: 'scale', namespace: 'production', name: 'order', replicas } as const;
    await session.submit({ type: 'op', id: 2, op });
    log.push({ t: now, op });
  }
  await session.submit({ type: 'play', speed });
  while (now < start + simDays * 86_400_000) await new Promise((r) => setTimeout(r, 20));
  const back = now - 43_200_000;
  const began = performance.now();
  await session.submit({ ...cmd, id: 3, log, until: back });
  return {
    pods: replicas + 2,
    simDays,
    speedX: speed,
    effectiveSpeedX: Math.round(effective),
    rewindSeconds: Number(((performance.now() - began) / 1000).toFixed(2)),
    rewoundFromDay:
      session.rewoundFrom === undefined ? null : (session.rewoundFrom - start) / 86_400_000,
  };
}

const n = Number(process.env.BENCH_ISSUANCES ?? 2000);
const only = process.env.BENCH_ONLY;
const result = {
  node: process.version,
  ...(only && only !== 'issuance' ? {} : { issuance: await issuance(n) }),
  ...(only && only !== 'fleet'
    ? {}
    : {
        fleet: await fleet(
          Number(process.env.BENCH_PODS ?? 1000),
          Number(process.env.BENCH_DAYS ?? 7),
        ),
      }),
  ...(only && only !== 'rewind'
    ? {}
    : {
        rewind: {
          coldStart: await rewind(2, 1),
          lessonWeek: await rewind(2, 7),
          fleetWeek: await rewind(198, 7),
          lessonWeekOutOfPlayback: await rewindOutOfPlayback(7),
          fleetWeekOutOfPlayback: await rewindOutOfPlayback(7, 198, 86_400),
        },
      }),
};
console.log(JSON.stringify(result, null, 2));
