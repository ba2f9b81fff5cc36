/**
 * Runs the RFC 5280 and pathlen testcases of C2SP x509-limbo (../shared/conformance/x509-limbo,
 * see its README) against verifyCertificationPath. A false accept fails the suite; a false
 * reject fails it unless listed below with its reason; cases that need a feature the project
 * does not model are counted as not applicable, with the reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePem } from './pem';
import { verifyCertificationPath } from './x509-path';

const DIR =
  process.env.LIMBO_CONFORMANCE_DIR ??
  path.resolve(process.cwd(), '../shared/conformance/x509-limbo');
const FILE = path.join(DIR, 'limbo-rfc5280.json');
const present = existsSync(FILE);
if (!present) console.warn(`x509-limbo data not found at ${FILE}; set LIMBO_CONFORMANCE_DIR`);

interface Testcase {
  id: string;
  trusted_certs: string[];
  untrusted_intermediates: string[];
  peer_certificate: string;
  validation_time: string | null;
  expected_result: 'SUCCESS' | 'FAILURE';
  extended_key_usage: string[];
  max_chain_depth: number | null;
}

const PEER_NAME =
  'checks the peer certificate against the expected DNS or IP name; the mesh matches SPIFFE IDs, not host names';
/** Features the project does not model, by testcase id. */
const NOT_APPLICABLE: Record<string, string> = {
  'pathlen::max-chain-depth-0': 'a caller-chosen maximum chain depth',
  'pathlen::max-chain-depth-0-exhausted': 'a caller-chosen maximum chain depth',
  'pathlen::max-chain-depth-1': 'a caller-chosen maximum chain depth',
  'pathlen::max-chain-depth-1-exhausted': 'a caller-chosen maximum chain depth',
  'pathlen::max-chain-depth-1-self-issued': 'a caller-chosen maximum chain depth',
  'rfc5280::eku::ee-wrong-eku': 'a required extended key usage (serverAuth) chosen by the caller',
  'rfc5280::san::ip-in-dns': PEER_NAME,
  'rfc5280::ca-as-leaf-wrong-san': PEER_NAME,
};
/** Valid chains we reject, each with the reason. */
const KNOWN_FALSE_REJECTS: Record<string, string> = {};

const data: { testcases: Testcase[] } = present
  ? JSON.parse(readFileSync(FILE, 'utf8'))
  : { testcases: [] };
const der = (pem: string) => parsePem(pem)[0]!.der;

async function verdict(t: Testcase) {
  return verifyCertificationPath(
    [der(t.peer_certificate), ...t.untrusted_intermediates.map(der)],
    t.trusted_certs.map(der),
    t.validation_time ? new Date(t.validation_time) : new Date(),
    { requireKeyIdentifiers: true },
  );
}

describe.skipIf(!present)('x509-limbo RFC 5280 testcases', () => {
  it('has the 115 testcases the README describes', () => {
    expect(data.testcases).toHaveLength(115);
  });

  it('accepts no invalid chain and rejects only the listed valid ones', async () => {
    const counts = { pass: 0, falseAccept: 0, falseReject: 0, notApplicable: 0 };
    const falseAccepts: string[] = [];
    const unlistedRejects: string[] = [];
    for (const t of data.testcases) {
      if (NOT_APPLICABLE[t.id]) {
        counts.notApplicable++;
        continue;
      }
      const r = await verdict(t);
      const expected = t.expected_result === 'SUCCESS';
      if (r.ok === expected) counts.pass++;
      else if (r.ok) {
        counts.falseAccept++;
        falseAccepts.push(t.id);
      } else {
        counts.falseReject++;
        if (!KNOWN_FALSE_REJECTS[t.id]) unlistedRejects.push(`${t.id}: ${r.error}`);
      }
    }
    console.log(`x509-limbo: ${JSON.stringify(counts)}`);
    expect(falseAccepts).toEqual([]);
    expect(unlistedRejects).toEqual([]);
  });
});
