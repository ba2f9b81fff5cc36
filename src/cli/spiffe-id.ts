import { parseSpiffeId } from '../pki/spiffe-id';
import type { CliIo } from './io';

/**
 * `svid spiffe-id [ID ...]`: validates SPIFFE IDs from the arguments or, with none, one per line
 * of standard input. An empty line is the empty ID (invalid); only the final newline ends the
 * input, so `printf 'a\n\n'` is two IDs and `printf ''` is none. One JSON line each, in order:
 * {"input":…,"ok":true,"trustDomain":…,"path":…} or {"input":…,"ok":false,"error":…}.
 * Exit 0 if all were valid, 1 if any was not, 2 if there was nothing to check.
 */
export async function spiffeIdCommand(args: string[], io: CliIo): Promise<number> {
  const inputs = args.length > 0 ? args : stdinLines(await io.readStdin());
  if (inputs.length === 0) {
    io.stderr(
      'spiffe-id: no SPIFFE IDs given: pass them as arguments or one per line on standard input',
    );
    return 2;
  }
  let allValid = true;
  for (const input of inputs) {
    const r = parseSpiffeId(input);
    if (r.ok) {
      io.stdout(JSON.stringify({ input, ok: true, trustDomain: r.trustDomain, path: r.path }));
    } else {
      allValid = false;
      io.stdout(JSON.stringify({ input, ok: false, error: r.error.message }));
    }
  }
  return allValid ? 0 : 1;
}

/** Lines of standard input; the newline after the last line ends the input and adds none. */
function stdinLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  if (text.endsWith('\n')) lines.pop();
  return lines;
}
