import { PemError, parsePem } from '../pki/pem';
import { verifyCertificationPath } from '../pki/x509-path';
import { validateX509Svid } from '../pki/x509-svid';
import type { CliIo } from './io';

const USAGE = [
  'usage: svid verify --bundle ROOT.pem --cert CHAIN.pem [--trust-domain TD] [--at ISO-8601 time]',
  '       svid verify --profile x509 --bundle ROOTS.pem --cert CHAIN.pem [--untrusted FILE] [--at ISO-8601 time]',
].join('\n');
const FLAGS = ['--profile', '--bundle', '--cert', '--trust-domain', '--untrusted', '--at'] as const;
type Flag = (typeof FLAGS)[number];

/** Flags as `--flag value` or `--flag=value`; a string is the usage error to print. */
function parseArgs(args: string[]): Partial<Record<Flag, string>> | string {
  const out: Partial<Record<Flag, string>> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const name = (eq === -1 ? arg : arg.slice(0, eq)) as Flag;
    if (!FLAGS.includes(name)) return `verify: unexpected argument '${arg}'`;
    const value = eq === -1 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') return `verify: ${name} needs a value`;
    if (out[name] !== undefined) return `verify: ${name} given twice`;
    out[name] = value;
  }
  if (!out['--bundle']) return 'verify: --bundle is required';
  if (!out['--cert']) return 'verify: --cert is required';
  const profile = out['--profile'] ?? 'x509-svid';
  if (profile !== 'x509-svid' && profile !== 'x509')
    return `verify: --profile must be x509-svid (the default) or x509, not '${profile}'`;
  if (profile === 'x509' && out['--trust-domain'])
    return 'verify: --trust-domain applies to X.509-SVIDs, not to --profile x509';
  if (profile !== 'x509' && out['--untrusted'])
    return 'verify: --untrusted needs --profile x509 (an SVID chain carries its intermediates)';
  return out;
}

/** The CERTIFICATE blocks of a PEM file, or why there are none usable. */
function certificates(text: string, what: string): Uint8Array[] | string {
  try {
    return parsePem(text)
      .filter((b) => b.label === 'CERTIFICATE')
      .map((b) => b.der);
  } catch (e) {
    if (e instanceof PemError) return `The ${what} is not valid PEM: ${e.message}`;
    throw e;
  }
}

/**
 * `svid verify`: validates an X.509-SVID chain (leaf first) against root certificates, as the
 * SPIFFE X.509-SVID standard says. Prints {"ok":true,"spiffeId":…} or {"ok":false,"error":…};
 * exit 0 or 1. Bad usage or an unreadable file: a message on stderr, exit 2. `--profile x509`
 * validates a plain X.509 chain instead (see verifyPlain).
 */
export async function verifyCommand(args: string[], io: CliIo): Promise<number> {
  const opts = parseArgs(args);
  if (typeof opts === 'string') {
    io.stderr(`${opts}\n${USAGE}`);
    return 2;
  }
  const atText = opts['--at'];
  const at = atText === undefined ? new Date() : new Date(atText);
  // Date reads a bare number such as '0' as a year (2000-01-01): only an ISO date is taken.
  if (Number.isNaN(at.getTime()) || (atText !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(atText))) {
    io.stderr(
      `verify: --at '${atText}' is not an ISO 8601 time (e.g. 2025-12-10T12:00:00Z)\n${USAGE}`,
    );
    return 2;
  }
  if (opts['--profile'] === 'x509') return verifyPlain(opts, at, io);
  const texts: string[] = [];
  for (const flag of ['--bundle', '--cert'] as const) {
    const file = opts[flag]!;
    try {
      texts.push(await io.readText(file));
    } catch (e) {
      io.stderr(`verify: cannot read ${flag} file '${file}': ${(e as Error).message}`);
      return 2;
    }
  }
  const bundle = certificates(texts[0]!, 'bundle file');
  const chain = certificates(texts[1]!, 'certificate file');
  if (typeof chain === 'string' || typeof bundle === 'string') {
    io.stdout(JSON.stringify({ ok: false, error: typeof chain === 'string' ? chain : bundle }));
    return 1;
  }
  const trustDomain = opts['--trust-domain'];
  const result = await validateX509Svid(chain, bundle, trustDomain ? { at, trustDomain } : { at });
  io.stdout(
    JSON.stringify(
      result.ok ? { ok: true, spiffeId: result.spiffeId } : { ok: false, error: result.error },
    ),
  );
  return result.ok ? 0 : 1;
}

/** The certificates of one input file, or the message for exit 2 naming the file and why. */
async function readCertificates(
  flag: Flag,
  file: string,
  io: CliIo,
): Promise<Uint8Array[] | string> {
  let text: string;
  try {
    text = await io.readText(file);
  } catch (e) {
    return `verify: cannot read ${flag} file '${file}': ${(e as Error).message}`;
  }
  const certs = certificates(text, `${flag} file '${file}'`);
  if (typeof certs === 'string') return `verify: ${certs}`;
  return certs.length > 0 ? certs : `verify: ${flag} file '${file}' holds no CERTIFICATE block`;
}

/**
 * `--profile x509`: plain RFC 5280 path validation, no SPIFFE rules. The bundle may hold
 * several roots; intermediates follow the leaf in --cert or come in --untrusted, in any order.
 */
async function verifyPlain(
  opts: Partial<Record<Flag, string>>,
  at: Date,
  io: CliIo,
): Promise<number> {
  const inputs: Uint8Array[][] = [];
  for (const flag of ['--bundle', '--cert', '--untrusted'] as const) {
    const file = opts[flag];
    const certs = file === undefined ? [] : await readCertificates(flag, file, io);
    if (typeof certs === 'string') {
      io.stderr(certs);
      return 2;
    }
    inputs.push(certs);
  }
  const [roots, chain, untrusted] = inputs as [Uint8Array[], Uint8Array[], Uint8Array[]];
  const result = await verifyCertificationPath([...chain, ...untrusted], roots, at, {
    requireKeyIdentifiers: true,
  });
  io.stdout(JSON.stringify(result.ok ? { ok: true } : { ok: false, error: result.error }));
  return result.ok ? 0 : 1;
}
