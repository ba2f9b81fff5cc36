/**
 * Istio's value matching for AuthorizationPolicy fields.
 *
 * String fields: istio/istio pilot/pkg/security/authz/model/matcher/string.go
 * (`StringMatcherWithPrefix`) and the proto's Rule doc (istio/api
 * security/v1beta1/authorization_policy.proto):
 * - `*` alone: presence, "any non-empty value" (Envoy regex `.+`)
 * - `*abc`: suffix (checked before prefix, so `*abc*` is the suffix `abc*`)
 * - `abc*`: prefix
 * - anything else: exact
 * IP blocks and ports support exact match only (istio.io "Authorization",
 * Value matching), an IP block being a CIDR or a single address.
 */

/** Matches one Istio string pattern against a request value; an absent value matches nothing. */
export function matchString(pattern: string, value: string | undefined): boolean {
  // Envoy matchers never match a missing attribute; `*` is `.+`, so not "" either.
  if (value === undefined || value === '') return false;
  if (pattern === '*') return true;
  if (pattern.startsWith('*')) return value.endsWith(pattern.slice(1));
  if (pattern.endsWith('*')) return value.startsWith(pattern.slice(0, -1));
  return value === pattern;
}

/** The first pattern in `patterns` that matches `value`, if any. */
export function firstMatch(
  patterns: readonly string[],
  value: string | undefined,
  match: (pattern: string, value: string | undefined) => boolean = matchString,
): string | undefined {
  return patterns.find((p) => match(p, value));
}

/** Host matching is case-insensitive (authorization_policy.proto, Operation.hosts). */
export function matchHost(pattern: string, host: string | undefined): boolean {
  return matchString(pattern.toLowerCase(), host?.toLowerCase());
}

/**
 * Path matching: the query string is not part of the path Envoy's `url_path`
 * matcher sees; `{*}` (one segment) and `{**}` (any rest) are Istio's path
 * templates (pkg/config/security `MatchOneTemplate`/`MatchAnyTemplate`).
 */
export function matchPath(pattern: string, path: string | undefined): boolean {
  const bare = path?.split('?')[0]?.split('#')[0];
  if (pattern.includes('{*}') || pattern.includes('{**}')) {
    if (bare === undefined) return false;
    const re = pattern
      .split(/(\{\*\*\}|\{\*\})/)
      .map((part) => {
        if (part === '{**}') return '.*';
        if (part === '{*}') return '[^/]+';
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('');
    return new RegExp(`^${re}$`).test(bare);
  }
  return matchString(pattern, bare);
}

/** Parses a dotted-quad IPv4 address into an unsigned 32-bit number, or null. */
export function parseIpv4(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return null;
    const octet = Number(part);
    if (octet > 255) return null;
    n = n * 256 + octet;
  }
  return n;
}

/** An IPv4 block: single address = /32. */
export interface Ipv4Block {
  base: number;
  bits: number;
}

/** Parses `a.b.c.d` or `a.b.c.d/n` (IPv4); null when it is not IPv4. */
export function parseIpv4Block(block: string): Ipv4Block | null {
  const [addr, len, extra] = block.split('/');
  if (addr === undefined || extra !== undefined) return null;
  const base = parseIpv4(addr);
  if (base === null) return null;
  if (len === undefined) return { base, bits: 32 };
  if (!/^\d{1,2}$/.test(len) || Number(len) > 32) return null;
  return { base, bits: Number(len) };
}

/** Loose IPv6 syntax check: svid-lab's pods are IPv4, so an IPv6 block is valid but matches nothing. */
export function isIpv6Block(block: string): boolean {
  const [addr, len, extra] = block.split('/');
  if (addr === undefined || extra !== undefined || !addr.includes(':')) return false;
  if (!/^[0-9a-fA-F:.]+$/.test(addr)) return false;
  return len === undefined || (/^\d{1,3}$/.test(len) && Number(len) <= 128);
}

/** True when `block` is an IP block Istio would accept (ValidateIPs: netip.ParseAddr/ParsePrefix). */
export function isIpBlock(block: string): boolean {
  return parseIpv4Block(block) !== null || isIpv6Block(block);
}

/** Whether `ip` (IPv4) lies inside `block` (CIDR or single address). */
export function ipInBlock(block: string, ip: string | undefined): boolean {
  if (ip === undefined) return false;
  const parsed = parseIpv4Block(block);
  const addr = parseIpv4(ip);
  if (parsed === null || addr === null) return false;
  if (parsed.bits === 0) return true;
  // 2 ** (32 - bits) keeps the arithmetic in safe integers (no 32-bit sign issues).
  const size = 2 ** (32 - parsed.bits);
  return Math.floor(addr / size) === Math.floor(parsed.base / size);
}

/** A principal's parts: `<trustDomain>/ns/<namespace>/sa/<serviceAccount>` (authorization_policy.proto, Source.principals). */
export interface PrincipalParts {
  trustDomain: string;
  namespace: string;
  serviceAccount: string;
}

/** Splits a principal written the Istio way (no `spiffe://`); null when it has another shape. */
export function parsePrincipal(principal: string | undefined): PrincipalParts | null {
  const m = /^([^/]+)\/ns\/([^/]+)\/sa\/([^/]+)$/.exec(principal ?? '');
  if (!m) return null;
  return { trustDomain: m[1] ?? '', namespace: m[2] ?? '', serviceAccount: m[3] ?? '' };
}

/**
 * `serviceAccounts` entry (`ns/sa`, or `sa` in the policy's namespace) against a principal;
 * istio generator.go `serviceAccountRegex` compares namespace and name exactly.
 */
export function matchServiceAccount(
  pattern: string,
  principal: string | undefined,
  policyNamespace: string,
): boolean {
  const id = parsePrincipal(principal);
  if (!id) return false;
  const slash = pattern.indexOf('/');
  const ns = slash < 0 ? policyNamespace : pattern.slice(0, slash);
  const sa = slash < 0 ? pattern : pattern.slice(slash + 1);
  return id.namespace === ns && id.serviceAccount === sa;
}
