import { PemError, parsePem } from '../pki/pem';
import { validateX509Svid } from '../pki/x509-svid';
import type { CliIo } from './io';

const USAGE =
  'usage: svid verify --bundle ROOT.pem --cert CHAIN.pem [--trust-domain TD] [--at ISO-8601 time]';
const FLAGS = ['--bundle', '--cert', '--trust-domain', '--at'] as const;
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
 * exit 0 or 1. Bad usage or an unreadable file: a message on stderr, exit 2.
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
