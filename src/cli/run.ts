import { exportPrivateKeyPem } from '../pki/keys';
import { toPem } from '../pki/pem';
import { CacertsError } from '../sim/ca/signer';
import { toWire } from '../sim/events';
import type { Istiod } from '../sim/istiod';
import type { MeshSimulation } from '../sim/mesh/mesh-simulation';
import { loadScenario, ScenarioError } from '../sim/scenario/load';
import { describeCall, formatEvent } from '../sim/scenario/log';
import { runScenario } from '../sim/scenario/run';
import { type CliIo, fsReason } from './io';

const USAGE = 'usage: svid run FILE [--json] [--export DIR]';

/** `svid run FILE [--json] [--export DIR]`: exit 0 all expectations held, 1 one failed, 2 invalid. */
export async function runCommand(args: string[], io: CliIo): Promise<number> {
  let file: string | undefined;
  let json = false;
  let exportDir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--export') {
      exportDir = args[++i];
      if (!exportDir) return usage(io, '--export needs a directory');
    } else if (arg.startsWith('-')) return usage(io, `unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else return usage(io, `one scenario file at a time (got ${file} and ${arg})`);
  }
  if (!file) return usage(io, 'which scenario file?');

  let text: string;
  try {
    text = await io.readText(file);
  } catch (error) {
    io.stderr(`${file}: cannot read the file: ${fsReason(error)}`);
    return 2;
  }
  let scenario: ReturnType<typeof loadScenario>;
  try {
    scenario = loadScenario(text, file);
  } catch (error) {
    if (error instanceof ScenarioError) {
      io.stderr(error.message);
      return 2;
    }
    throw error;
  }

  if (exportDir) {
    const problem = await io.prepareDir(exportDir);
    if (problem) {
      io.stderr(`${exportDir}: cannot export the certificates there: ${problem}`);
      return 2;
    }
  }
  const start = scenario.mesh.start;
  let result: Awaited<ReturnType<typeof runScenario>>;
  try {
    result = await runScenario(scenario, {
      keepEvents: false,
      onStart: () => {
        if (!json)
          io.stdout(
            `scenario ${scenario.name}${scenario.description ? `: ${scenario.description}` : ''}`,
          );
      },
      onEvent: (event, sim) => {
        if (json) return io.stdout(JSON.stringify(toWire(event)));
        io.stdout(formatEvent(event, start));
        const call = (event.type === 'call' || event.type === 'attack') && sim.calls.at(-1);
        if (call && call.t === event.t) for (const line of describeCall(call)) io.stdout(line);
      },
      onStep: json
        ? undefined
        : (i, step) =>
            io.stdout(`-- step ${i + 1}: ${step.kind}${step.note ? `: ${step.note}` : ''}`),
    });
  } catch (error) {
    if (!(error instanceof CacertsError)) throw error;
    io.stderr(`${file}: ${error.at}: ${error.message}`);
    return 2;
  }
  if (exportDir) {
    try {
      await exportCertificates(result.sim, exportDir, io);
    } catch (error) {
      io.stderr(
        `${(error as { path?: string }).path ?? exportDir}: cannot write: ${fsReason(error)}`,
      );
      return 2;
    }
  }
  if (!json) {
    io.stdout(
      result.ok ? 'PASS: every expectation held' : `FAIL: ${result.failures.length} problem(s)`,
    );
    for (const failure of result.failures) io.stdout(`  - ${failure}`);
  } else {
    for (const failure of result.failures) io.stderr(failure);
  }
  return result.ok ? 0 : 1;
}

/**
 * `DIR/root-cert.pem` (istiod's trust bundle) and `DIR/<ns>/<pod>/cert-chain.pem` (leaf first),
 * as they stand now; under a plugged-in CA also the `cacerts` secret's other files,
 * `DIR/cacerts/{ca-cert,ca-key,cert-chain,root-cert}.pem`. In a multi-cluster mesh those are the
 * first cluster's, and every other cluster's are under `DIR/clusters/<name>/`.
 */
async function exportCertificates(sim: MeshSimulation, dir: string, io: CliIo): Promise<void> {
  for (const [i, plane] of sim.planes.entries())
    await exportCa(plane.istiod, i === 0 ? dir : `${dir}/clusters/${plane.name}`, io);
  for (const [key, proxy] of sim.proxies) {
    const chain = proxy.current?.chain;
    if (chain)
      await io.writeText(`${dir}/${key}/cert-chain.pem`, chain.map((der) => toPem(der)).join(''));
  }
}

/** One istiod's `root-cert.pem`, and its `cacerts` when plugged in. */
async function exportCa(istiod: Istiod, dir: string, io: CliIo): Promise<void> {
  const roots = istiod.rootCerts.map((der) => toPem(der)).join('');
  await io.writeText(`${dir}/root-cert.pem`, roots);
  if (istiod.mode !== 'plugged-in') return;
  await io.writeText(`${dir}/cacerts/ca-cert.pem`, toPem(istiod.signer.certDer));
  await io.writeText(`${dir}/cacerts/ca-key.pem`, await exportPrivateKeyPem(istiod.signer.keys));
  const chain = istiod.certChain.map((der) => toPem(der)).join('');
  await io.writeText(`${dir}/cacerts/cert-chain.pem`, chain);
  await io.writeText(`${dir}/cacerts/root-cert.pem`, roots);
}

function usage(io: CliIo, problem: string): number {
  io.stderr(`svid run: ${problem}\n${USAGE}`);
  return 2;
}
