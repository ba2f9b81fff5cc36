// @peculiar/x509 reads decorator metadata through the Reflect API: load it first.
import 'reflect-metadata';
import { processIo } from './io';
import { manifestsCommand } from './manifests';
import { runCommand } from './run';
import { spiffeIdCommand } from './spiffe-id';
import { verifyCommand } from './verify';

const HELP = `svid: the svid-lab engine on the command line

  svid run FILE [--json] [--export DIR]     run a scenario; exit 0 ok, 1 an expectation failed, 2 invalid file
  svid spiffe-id [ID ...]                   validate SPIFFE IDs (arguments, or one per line on stdin)
  svid verify --bundle ROOT.pem --cert CHAIN.pem [--trust-domain TD] [--at ISO]
                                            validate an X.509-SVID chain
  svid verify --profile x509 --bundle ROOTS.pem --cert CHAIN.pem [--untrusted FILE] [--at ISO]
                                            validate a plain X.509 chain (RFC 5280, no SPIFFE rules)
  svid manifests FILE [--commands]          the scenario's end state as kubectl-ready manifests`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  switch (command) {
    case 'run':
      return runCommand(args, processIo);
    case 'spiffe-id':
      return spiffeIdCommand(args, processIo);
    case 'verify':
      return verifyCommand(args, processIo);
    case 'manifests':
      return manifestsCommand(args, processIo);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      processIo.stdout(HELP);
      return command === undefined ? 2 : 0;
    default:
      processIo.stderr(`svid: unknown command '${command}'\n\n${HELP}`);
      return 2;
  }
}

// A reader that stopped early (`svid run … | head -1`) closes the pipe: that ends the output,
// quietly, rather than an EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug of ours, not the user's input: say so in one line, without a stack trace.
    process.stderr.write(
      `svid: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 3;
  },
);
