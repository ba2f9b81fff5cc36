/**
 * X.509-SVIDs: the rules of X509-SVID.md (shape checks in svid-shape.ts, strict by default),
 * RFC 5280 path validation (x509-path.ts) and go-spiffe-style parsing of a certificate chain
 * with its private key. This is the module to import; it re-exports the shape API.
 */

import { X509Certificate } from '@peculiar/x509';
import { toHex } from './hex';
import { Kept } from './kept';
import { type PemBlock, parsePem, splitDer } from './pem';
import { importPkcs8PrivateKey, privateKeyMatches } from './private-key';
import { parseTrustDomain } from './spiffe-id';
import {
  checkParsedShape,
  checkSvidShape,
  parseCertificateDer,
  parseChain,
  type ShapeOptions,
  type SvidCheck,
  type SvidFailure,
  svidFail,
} from './svid-shape';
import { verifyCertificationPath } from './x509-path';

export {
  checkParsedShape,
  checkSvidShape,
  parseCertificateDer,
  parseChain,
  type ShapeOptions,
  type SvidCheck,
  type SvidErrorCode,
  type SvidFailure,
  svidFail,
} from './svid-shape';

/**
 * Full validation: shape, the optional expected trust domain, a bundle for the ID's trust
 * domain, and RFC 5280 path validation at `opts.at` up to a root of `bundle` (see x509-path.ts).
 */
export async function validateX509Svid(
  chain: Uint8Array[],
  bundle: Uint8Array[],
  opts: { at: Date; trustDomain?: string; strict?: boolean },
): Promise<SvidCheck> {
  const shape = checkSvidShape(chain, { strict: opts.strict ?? true });
  if (!shape.ok) return shape;
  if (opts.trustDomain !== undefined) {
    const expected = parseTrustDomain(opts.trustDomain);
    if (!expected.ok) {
      return svidFail(
        'bad-trust-domain',
        `The expected trust domain "${opts.trustDomain}" is not valid: ${expected.error.message}`,
      );
    }
    if (expected.trustDomain !== shape.trustDomain) {
      return svidFail(
        'trust-domain-mismatch',
        `The SVID belongs to trust domain "${shape.trustDomain}", but "${expected.trustDomain}" was expected`,
        0,
      );
    }
  }
  if (bundle.length === 0) {
    return svidFail(
      'no-bundle',
      `There is no trust bundle (root certificates) for trust domain "${shape.trustDomain}", so nothing can vouch for this SVID`,
    );
  }
  for (let i = 0; i < bundle.length; i++) {
    const problem = bundleProblem(bundle[i]!, i);
    if (problem !== undefined) {
      return svidFail(
        'bundle-parse',
        `Bundle certificate #${i + 1} could not be parsed: ${problem}`,
      );
    }
  }
  const path = await verifyCertificationPath(chain, bundle, opts.at);
  return path.ok ? shape : path;
}

/** Roots already read without a problem: a trust bundle is asked about on every handshake. */
const PARSED_ROOTS = new Kept<true>(256);

/** Why a bundle certificate does not parse, or undefined when it does. */
function bundleProblem(der: Uint8Array, index: number): string | undefined {
  const key = toHex(der);
  if (PARSED_ROOTS.has(key)) return undefined;
  const root = parseCertificateDer(der, index);
  if (!(root instanceof X509Certificate)) return root.error;
  PARSED_ROOTS.get(key, () => true);
  return undefined;
}

/**
 * Like validateX509Svid, but picks the roots by the leaf's trust domain from a set of bundles
 * (federation), as the X509-SVID 5.1 "CA bundle" of the ID's trust domain.
 */
export async function validateX509SvidWithBundles(
  chain: Uint8Array[],
  bundles: Readonly<Record<string, Uint8Array[]>>,
  opts: { at: Date; trustDomain?: string; strict?: boolean },
): Promise<SvidCheck> {
  const shape = checkSvidShape(chain, { strict: opts.strict ?? true });
  if (!shape.ok) return shape;
  const roots = Object.hasOwn(bundles, shape.trustDomain) ? bundles[shape.trustDomain]! : [];
  return validateX509Svid(chain, roots, opts);
}

/** Certificates, then the key, as go-spiffe's newSVID: shape first, then key match. */
async function svidWithKey(
  certs: X509Certificate[],
  key: CryptoKey | null,
  opts: ShapeOptions,
): Promise<SvidCheck> {
  const shape = checkParsedShape(certs, opts);
  if (!shape.ok) return shape;
  if (!key)
    return svidFail(
      'no-private-key',
      'No private key was found (expected a PKCS#8 "PRIVATE KEY" PEM block)',
    );
  if (!(await privateKeyMatches(key, shape.chain[0]!))) {
    return svidFail(
      'key-mismatch',
      "The private key does not belong to the leaf certificate: its public key differs from the leaf's",
      0,
    );
  }
  return shape;
}

async function keyFromDer(der: Uint8Array): Promise<CryptoKey | SvidFailure> {
  const key = await importPkcs8PrivateKey(der);
  return (
    key ??
    svidFail(
      'key-parse',
      'The private key could not be parsed: it is not a PKCS#8 RSA or ECDSA key',
    )
  );
}

/**
 * Parses PEM certificates (leaf first) and a PEM private key as go-spiffe x509svid.Parse does:
 * certificate PEM, key PEM, the shape rules (strict), then that the key matches the leaf.
 * Blocks of other types are skipped, so one file may hold both (either order).
 */
export async function parseSvidWithKey(
  certsPem: string,
  keyPem: string,
  opts: ShapeOptions = {},
): Promise<SvidCheck> {
  let certBlocks: PemBlock[];
  try {
    certBlocks = parsePem(certsPem);
  } catch (e) {
    return svidFail('parse', `The certificates could not be read: ${(e as Error).message}`);
  }
  if (certBlocks.length === 0)
    return svidFail('no-pem', 'The certificate input contains no PEM blocks');
  const certs = parseChain(certBlocks.filter((b) => b.label === 'CERTIFICATE').map((b) => b.der));
  if (!Array.isArray(certs)) return certs;
  let keyBlocks: PemBlock[];
  try {
    keyBlocks = parsePem(keyPem);
  } catch (e) {
    return svidFail('key-parse', `The private key could not be read: ${(e as Error).message}`);
  }
  if (keyBlocks.length === 0)
    return svidFail('key-parse', 'The private key input contains no PEM blocks');
  const keyBlock = keyBlocks.find((b) => b.label === 'PRIVATE KEY');
  const key = keyBlock ? await keyFromDer(keyBlock.der) : null;
  if (key && !(key instanceof CryptoKey)) return key;
  return svidWithKey(certs, key, opts);
}

/** Concatenated DER certificates and a DER PKCS#8 key, as go-spiffe x509svid.ParseRaw. */
export async function parseSvidRaw(
  certsDer: Uint8Array,
  keyDer: Uint8Array,
  opts: ShapeOptions = {},
): Promise<SvidCheck> {
  let items: Uint8Array[];
  try {
    items = splitDer(certsDer);
  } catch (e) {
    return svidFail('parse', `The certificates could not be parsed: ${(e as Error).message}`);
  }
  const certs = parseChain(items);
  if (!Array.isArray(certs)) return certs;
  const key = await keyFromDer(keyDer);
  if (!(key instanceof CryptoKey)) return key;
  return svidWithKey(certs, key, opts);
}
