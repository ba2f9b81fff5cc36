/**
 * SPIFFE IDs, read as SPIFFE-ID.md says (spiffe/spiffe standards/SPIFFE-ID.md).
 *
 * We follow the strict reading, as go-spiffe v2.8.1 does: the scheme must be exactly `spiffe`
 * and the trust domain exactly lowercase (SPIFFE-ID 2.1 "MUST be lowercase"). The Java, Rust and
 * Python SDKs now lower-case such input instead; we reject it and say why, because an ID is
 * compared as a plain string (SPIFFE-ID 2.4) and a normalising parser hides that lesson.
 *
 * Unlike go-spiffe we also enforce the length limits of SPIFFE-ID 2.3 (2048-byte ID, 255-byte
 * trust domain) as errors with code `too-long`.
 *
 * Positions in errors are 0-based indexes into the string that was checked.
 */

/** The parts of a valid SPIFFE ID. `path` is '' for a trust domain's root ID. */
export interface SpiffeIdParts {
  id: string;
  trustDomain: string;
  path: string;
  segments: string[];
}

/** One broken rule: a stable `code` for programs, a `message` for learners. */
export interface SpiffeIdError {
  code: string;
  message: string;
  /** 0-based index into the input (for highlighting); messages count characters from 1. */
  position?: number;
}

/** `errors` lists every rule broken (first occurrence of each), `error` is the first of them. */
export type SpiffeIdResult =
  | ({ ok: true } & SpiffeIdParts)
  | { ok: false; error: SpiffeIdError; errors: SpiffeIdError[] };

const SCHEME = 'spiffe://';
/** SPIFFE-ID 2.3: implementations must support IDs up to 2048 bytes and not generate longer. */
export const MAX_ID_BYTES = 2048;
/** SPIFFE-ID 2.3: RFC 3986 limits the host, hence the trust domain, to 255 bytes. */
export const MAX_TRUST_DOMAIN_BYTES = 255;

const utf8 = new TextEncoder();
const byteLength = (s: string): number => utf8.encode(s).length;

/** SPIFFE-ID 2.1: [a-z0-9.-_] */
function isTrustDomainChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '.' || c === '-' || c === '_';
}

/** SPIFFE-ID 2.2: [a-zA-Z0-9.-_] */
function isPathSegmentChar(c: string): boolean {
  return isTrustDomainChar(c) || (c >= 'A' && c <= 'Z');
}

/** Shows a character so that invisible and non-ASCII ones are still recognisable. */
function showChar(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  if (cp < 0x21 || cp > 0x7e) return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${c}'`;
}

function err(code: string, message: string, position?: number): SpiffeIdError {
  return position === undefined ? { code, message } : { code, message, position };
}

function trustDomainCharError(c: string, position: number): SpiffeIdError {
  let hint = '';
  if (c >= 'A' && c <= 'Z') hint = ' (SPIFFE-ID 2.1: the trust domain must be lowercase)';
  else if (c === '%') hint = ' (SPIFFE-ID 2.1: percent-encoding is not allowed)';
  return err(
    'trust-domain-char',
    `Trust domain may contain only lowercase letters, digits, '.', '-' and '_': found ${showChar(c)} at position ${position + 1}${hint}`,
    position,
  );
}

/** All trust-domain errors, first occurrence per rule, positions shifted by `offset`. */
function trustDomainErrors(td: string, offset: number): SpiffeIdError[] {
  if (td === '') {
    return [
      err(
        'missing-trust-domain',
        'The trust domain is missing: a SPIFFE ID needs a name after spiffe:// (SPIFFE-ID 2.1)',
        offset,
      ),
    ];
  }
  const errors: SpiffeIdError[] = [];
  for (let i = 0; i < td.length; i++) {
    const c = td[i]!;
    if (!isTrustDomainChar(c)) {
      errors.push(trustDomainCharError(c, offset + i));
      break;
    }
  }
  const bytes = byteLength(td);
  if (bytes > MAX_TRUST_DOMAIN_BYTES) {
    errors.push(
      err(
        'too-long',
        `Trust domain is ${bytes} bytes long; the limit is ${MAX_TRUST_DOMAIN_BYTES} bytes (SPIFFE-ID 2.3)`,
        offset + MAX_TRUST_DOMAIN_BYTES,
      ),
    );
  }
  return errors;
}

function segmentRuleError(seg: string, position: number): SpiffeIdError | null {
  if (seg === '') {
    return err(
      'path-empty-segment',
      `Path may not contain an empty segment ('//') at position ${position + 1} (SPIFFE-ID 2.2)`,
      position,
    );
  }
  if (seg === '.' || seg === '..') {
    return err(
      'path-dot-segment',
      `Path may not contain a '${seg}' segment at position ${position + 1}: relative segments are not allowed (SPIFFE-ID 2.2)`,
      position,
    );
  }
  return null;
}

function pathCharError(c: string, position: number): SpiffeIdError {
  let hint = '';
  if (c === '%') hint = ' (SPIFFE-ID 2.2: percent-encoding is not allowed)';
  return err(
    'path-char',
    `Path segments may contain only letters, digits, '.', '-' and '_': found ${showChar(c)} at position ${position + 1}${hint}`,
    position,
  );
}

/** All path errors in position order (first occurrence per rule), as go-spiffe walks a path. */
function pathErrors(path: string, offset: number): SpiffeIdError[] {
  if (path === '') return [];
  const found = new Map<string, SpiffeIdError>();
  const add = (e: SpiffeIdError | null) => {
    if (e && !found.has(e.code)) found.set(e.code, e);
  };
  if (path[0] !== '/') {
    add(
      err(
        'path-leading-slash',
        `Path must start with '/': found ${showChar(path[0]!)} at position ${offset + 1}`,
        offset,
      ),
    );
  }
  let start = path[0] === '/' ? 1 : 0;
  for (let i = start; i <= path.length; i++) {
    const c = path[i];
    if (c === undefined || c === '/') {
      const seg = path.slice(start, i);
      if (c === undefined && seg === '') {
        add(
          err(
            'path-trailing-slash',
            `Path may not end with '/' (position ${offset + i}) (SPIFFE-ID 2.2)`,
            offset + i - 1,
          ),
        );
      } else {
        add(segmentRuleError(seg, offset + start));
      }
      start = i + 1;
    } else if (!isPathSegmentChar(c)) {
      add(pathCharError(c, offset + i));
    }
  }
  return [...found.values()].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
}

/** Checks a trust domain name on its own (SPIFFE-ID 2.1, 2.3); null when valid. */
export function validateTrustDomain(td: string): SpiffeIdError | null {
  return trustDomainErrors(td, 0)[0] ?? null;
}

/** Checks a path: '' (the root ID) or '/seg/seg...' (SPIFFE-ID 2.2); null when valid. */
export function validatePath(path: string): SpiffeIdError | null {
  return pathErrors(path, 0)[0] ?? null;
}

/** Checks one path segment, without slashes (SPIFFE-ID 2.2); null when valid. */
export function validatePathSegment(seg: string): SpiffeIdError | null {
  const rule = segmentRuleError(seg, 0);
  if (rule) return rule;
  for (let i = 0; i < seg.length; i++) {
    if (!isPathSegmentChar(seg[i]!)) return pathCharError(seg[i]!, i);
  }
  return null;
}

function fail(errors: SpiffeIdError[]): SpiffeIdResult {
  return { ok: false, error: errors[0]!, errors };
}

/** Parses and validates a SPIFFE ID string; on failure reports every rule it breaks. */
export function parseSpiffeId(input: string): SpiffeIdResult {
  if (input === '') return fail([err('empty', 'The SPIFFE ID is empty', 0)]);
  const errors: SpiffeIdError[] = [];
  let rest: string;
  if (input.startsWith(SCHEME)) {
    rest = input.slice(SCHEME.length);
  } else if (input.slice(0, SCHEME.length).toLowerCase() === SCHEME) {
    errors.push(
      err(
        'scheme-case',
        `The scheme must be written 'spiffe://' in lowercase: found '${input.slice(0, SCHEME.length)}'`,
        0,
      ),
    );
    rest = input.slice(SCHEME.length);
  } else {
    const found = input.includes('://') ? input.slice(0, input.indexOf('://') + 3) : input;
    return fail([
      err(
        'wrong-scheme',
        `A SPIFFE ID must start with 'spiffe://': found '${found.slice(0, 40)}' (SPIFFE-ID 2)`,
        0,
      ),
    ]);
  }
  const base = SCHEME.length;
  const authorityEnd = rest.search(/[/?#]/);
  const authority = authorityEnd === -1 ? rest : rest.slice(0, authorityEnd);
  let host = authority;
  let hostOffset = base;
  const at = authority.lastIndexOf('@');
  if (at !== -1) {
    errors.push(
      err(
        'userinfo',
        `A SPIFFE ID may not contain user info ('user@'): found '@' at position ${base + at + 1} (SPIFFE-ID 2.1)`,
        base + at,
      ),
    );
    host = authority.slice(at + 1);
    hostOffset = base + at + 1;
  }
  const colon = host.indexOf(':');
  if (colon !== -1 && !host.startsWith('[')) {
    errors.push(
      err(
        'port',
        `A SPIFFE ID may not contain a port: found ':' at position ${hostOffset + colon + 1} (SPIFFE-ID 2.1)`,
        hostOffset + colon,
      ),
    );
    host = host.slice(0, colon);
  }
  errors.push(...trustDomainErrors(host, hostOffset));

  const tail = authorityEnd === -1 ? '' : rest.slice(authorityEnd);
  const queryAt = tail.search(/[?#]/);
  const path = queryAt === -1 ? tail : tail.slice(0, queryAt);
  errors.push(...pathErrors(path, base + authority.length));
  if (queryAt !== -1) {
    const c = tail[queryAt];
    const position = base + authority.length + queryAt;
    errors.push(
      c === '?'
        ? err(
            'query',
            `A SPIFFE ID may not have a query ('?…'): found '?' at position ${position + 1} (SPIFFE-ID 2)`,
            position,
          )
        : err(
            'fragment',
            `A SPIFFE ID may not have a fragment ('#…'): found '#' at position ${position + 1} (SPIFFE-ID 2)`,
            position,
          ),
    );
  }
  const bytes = byteLength(input);
  if (bytes > MAX_ID_BYTES) {
    errors.push(
      err(
        'too-long',
        `The SPIFFE ID is ${bytes} bytes long; the limit is ${MAX_ID_BYTES} bytes (SPIFFE-ID 2.3)`,
        MAX_ID_BYTES,
      ),
    );
  }
  if (errors.length > 0) {
    const seen = new Set<string>();
    const unique = errors.filter((e) => !seen.has(e.code) && seen.add(e.code));
    return fail(unique.sort((a, b) => (a.position ?? 0) - (b.position ?? 0)));
  }
  const segments = path === '' ? [] : path.slice(1).split('/');
  return { ok: true, id: input, trustDomain: host, path, segments };
}

/**
 * A trust domain from either a bare name or a SPIFFE ID, as go-spiffe's TrustDomainFromString
 * does: input containing ':/' is parsed as a whole ID and its trust domain taken.
 */
export function parseTrustDomain(
  input: string,
): { ok: true; trustDomain: string } | { ok: false; error: SpiffeIdError } {
  if (input.includes(':/')) {
    const id = parseSpiffeId(input);
    return id.ok ? { ok: true, trustDomain: id.trustDomain } : { ok: false, error: id.error };
  }
  const error = validateTrustDomain(input);
  return error ? { ok: false, error } : { ok: true, trustDomain: input };
}

/** Istio's identity: spiffe://<td>/ns/<ns>/sa/<sa>; throws on invalid parts. */
export function buildSpiffeId(
  trustDomain: string,
  namespace: string,
  serviceAccount: string,
): string {
  const problem =
    validateTrustDomain(trustDomain) ??
    validatePathSegment(namespace) ??
    validatePathSegment(serviceAccount);
  if (problem) throw new Error(`Cannot build a SPIFFE ID: ${problem.message}`);
  const id = `${SCHEME}${trustDomain}/ns/${namespace}/sa/${serviceAccount}`;
  const parsed = parseSpiffeId(id);
  if (!parsed.ok) throw new Error(`Cannot build a SPIFFE ID: ${parsed.error.message}`);
  return id;
}

/**
 * 'spiffe://cluster.local/ns/a/sa/b' -> 'cluster.local/ns/a/sa/b' (Istio principal form).
 * Like Istio (strings.TrimPrefix), this only removes the scheme and does not validate.
 */
export function principalOf(spiffeId: string): string {
  return spiffeId.startsWith(SCHEME) ? spiffeId.slice(SCHEME.length) : spiffeId;
}

/** Parses Istio's /ns/<ns>/sa/<sa> path; null if the ID is invalid or not of that form. */
export function istioIdentity(
  spiffeId: string,
): { trustDomain: string; namespace: string; serviceAccount: string } | null {
  const parsed = parseSpiffeId(spiffeId);
  if (!parsed.ok) return null;
  const [ns, namespace, sa, serviceAccount, ...extra] = parsed.segments;
  if (ns !== 'ns' || sa !== 'sa' || !namespace || !serviceAccount || extra.length > 0) return null;
  return { trustDomain: parsed.trustDomain, namespace, serviceAccount };
}
