import { exportManifestsYaml, realClusterCommands } from '../sim/export-manifests';
import { loadScenario, ScenarioError } from '../sim/scenario/load';
import { runScenario } from '../sim/scenario/run';
import type { CliIo } from './io';

/**
 * `svid manifests FILE [--commands]`: runs the scenario, then prints the sandbox as manifests
 * `kubectl apply -f -` takes; with `--commands`, the commands that show the same on a real mesh.
 */
export async function manifestsCommand(args: string[], io: CliIo): Promise<number> {
  const commands = args.includes('--commands');
  const files = args.filter((a) => a !== '--commands');
  const unknown = files.find((a) => a.startsWith('-'));
  if (unknown || files.length !== 1) {
    io.stderr(
      `svid manifests: ${unknown ? `unknown option ${unknown}` : 'one scenario file, please'}\nusage: svid manifests FILE [--commands]`,
    );
    return 2;
  }
  const file = files[0]!;
  let text: string;
  try {
    text = await io.readText(file);
  } catch {
    io.stderr(`${file}: cannot read the file`);
    return 2;
  }
  try {
    const { sim } = await runScenario(loadScenario(text, file), { keepEvents: false });
    io.stdout(exportManifestsYaml(sim).trimEnd());
    if (commands) for (const line of realClusterCommands(sim)) io.stdout(`# ${line}`);
    return 0;
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    io.stderr(error.message);
    return 2;
  }
}
