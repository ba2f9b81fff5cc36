/**
 * GeneralNames (RFC 5280 4.2.1.6) and the name constraints extension (4.2.1.10): decoding,
 * the syntax a name or a constraint must have, and matching.
 *
 * A URI constraint is a host, as RFC 5280 defines it: `cluster.local` admits exactly the URIs
 * whose host is cluster.local, so every SPIFFE ID of that trust domain
 * (spiffe://cluster.local/...); `.cluster.local` admits hosts below it.
 */
import { DerError, Tag } from './der';
import { asciiText, children, readTlv, type Tlv, valueBytes } from './der-reader';
import { toHex } from './hex';

export type GeneralName =
  | { kind: 'dns' | 'email' | 'uri'; value: string }
  | { kind: 'ip'; bytes: Uint8Array }
  | { kind: 'dn'; rdns: string[] }
  /** otherName, x400Address, ediPartyName, registeredID: forms this validator does not compare. */
  | { kind: 'other'; tag: number };

export interface NameConstraints {
  permitted: GeneralName[];
  excluded: GeneralName[];
}

/** A Name as its RDNs, each the hex of its DER, so prefixes compare as strings. */
export function nameRdns(buf: Uint8Array, name: Tlv): string[] {
  if (name.tag !== Tag.SEQUENCE) throw new DerError('a Name must be a SEQUENCE');
  return children(buf, name).map((rdn) => {
    if (rdn.tag !== Tag.SET || rdn.length === 0)
      throw new DerError('an RDN must be a non-empty SET');
    return toHex(buf.subarray(rdn.offset, rdn.end));
  });
}

export function readGeneralName(buf: Uint8Array, t: Tlv): GeneralName {
  switch (t.tag) {
    case 0x81:
      return { kind: 'email', value: asciiText(valueBytes(buf, t)) };
    case 0x82:
      return { kind: 'dns', value: asciiText(valueBytes(buf, t)) };
    case 0x86:
      return { kind: 'uri', value: asciiText(valueBytes(buf, t)) };
    case 0x87:
      return { kind: 'ip', bytes: valueBytes(buf, t) };
    case 0xa4: {
      const inner = children(buf, t);
      if (inner.length !== 1) throw new DerError('directoryName must hold one Name');
      return { kind: 'dn', rdns: nameRdns(buf, inner[0]!) };
    }
    case 0xa0:
    case 0xa3:
    case 0xa5:
    case 0x88:
      return { kind: 'other', tag: t.tag };
    default:
      throw new DerError(`unknown GeneralName tag 0x${t.tag.toString(16)}`);
  }
}

/** GeneralNames ::= SEQUENCE SIZE (1..MAX) OF GeneralName */
export function readGeneralNames(value: Uint8Array): GeneralName[] {
  const seq = readTlv(value);
  if (seq.tag !== Tag.SEQUENCE || seq.end !== value.length)
    throw new DerError('GeneralNames must be one SEQUENCE');
  const names = children(value, seq).map((t) => readGeneralName(value, t));
  if (names.length === 0) throw new DerError('GeneralNames must not be empty');
  return names;
}

/** NameConstraints ::= SEQUENCE { permittedSubtrees [0], excludedSubtrees [1] } */
export function readNameConstraints(value: Uint8Array): NameConstraints {
  const seq = readTlv(value);
  if (seq.tag !== Tag.SEQUENCE || seq.end !== value.length)
    throw new DerError('NameConstraints must be one SEQUENCE');
  const out: NameConstraints = { permitted: [], excluded: [] };
  for (const part of children(value, seq)) {
    if (part.tag !== 0xa0 && part.tag !== 0xa1)
      throw new DerError('unexpected NameConstraints field');
    const list = part.tag === 0xa0 ? out.permitted : out.excluded;
    for (const subtree of children(value, part)) {
      const [base, ...rest] = subtree.tag === Tag.SEQUENCE ? children(value, subtree) : [];
      if (!base) throw new DerError('a GeneralSubtree must hold a base name');
      // RFC 5280 4.2.1.10: minimum MUST be zero and maximum MUST be absent.
      if (rest.length > 0) throw new DerError('a GeneralSubtree must not carry minimum/maximum');
      const name = readGeneralName(value, base);
      const bad = constraintSyntax(name);
      if (bad) throw new DerError(bad);
      list.push(name);
    }
  }
  if (out.permitted.length + out.excluded.length === 0)
    throw new DerError('NameConstraints must have permitted or excluded subtrees');
  return out;
}

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

/** RFC 1034 3.5 preferred name syntax (letters, digits, hyphens), as RFC 5280 4.2.1.6 asks. */
function isHostname(s: string): boolean {
  return s.length > 0 && s.length <= 253 && s.split('.').every((l) => LABEL.test(l));
}

function isMailbox(s: string): boolean {
  const at = s.indexOf('@');
  return at > 0 && at === s.lastIndexOf('@') && isHostname(s.slice(at + 1));
}

/** Why a subjectAltName entry is not a valid name of its form, or null. */
export function nameSyntax(n: GeneralName): string | null {
  if (n.kind === 'dns' && !isHostname(n.value.startsWith('*.') ? n.value.slice(2) : n.value))
    return `dNSName "${n.value}" is not a valid host name`;
  if (n.kind === 'email' && !isMailbox(n.value))
    return `rfc822Name "${n.value}" is not a valid mailbox`;
  if (n.kind === 'ip' && n.bytes.length !== 4 && n.bytes.length !== 16)
    return `iPAddress has ${n.bytes.length} octets; an address has 4 or 16`;
  return null;
}

function isContiguousMask(mask: Uint8Array): boolean {
  let ended = false;
  for (const byte of mask) {
    for (let bit = 7; bit >= 0; bit--) {
      const one = (byte >> bit) & 1;
      if (one && ended) return false;
      if (!one) ended = true;
    }
  }
  return true;
}

/** Why a constraint is not well formed, or null (RFC 5280 4.2.1.10). */
function constraintSyntax(n: GeneralName): string | null {
  const hostOrDomain = (s: string) => isHostname(s.startsWith('.') ? s.slice(1) : s);
  if (n.kind === 'dns' && n.value !== '' && !isHostname(n.value))
    return `dNSName constraint "${n.value}" is not a host name (no wildcards, no leading period)`;
  if (n.kind === 'email' && !(n.value.includes('@') ? isMailbox(n.value) : hostOrDomain(n.value)))
    return `rfc822Name constraint "${n.value}" is neither a mailbox nor a host`;
  if (n.kind === 'uri' && !hostOrDomain(n.value))
    return `URI constraint "${n.value}" is not a host or .domain`;
  if (n.kind === 'ip') {
    const half = n.bytes.length / 2;
    if ((half !== 4 && half !== 16) || !isContiguousMask(n.bytes.subarray(half)))
      return 'iPAddress constraint is not an address and a contiguous mask (CIDR)';
  }
  return null;
}

/** `name` is `domain` or a name below it (labels added on the left). */
function withinDomain(name: string, domain: string): boolean {
  const n = name.toLowerCase();
  const d = domain.toLowerCase();
  return d === '' || n === d || n.endsWith(`.${d}`);
}

function uriHost(uri: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(uri);
  return m?.[1] ? m[1] : null;
}

function hostMatches(host: string, constraint: string): boolean {
  return constraint.startsWith('.')
    ? host.toLowerCase().endsWith(constraint.toLowerCase())
    : host.toLowerCase() === constraint.toLowerCase();
}

function mailboxMatches(mailbox: string, constraint: string): boolean {
  const at = mailbox.lastIndexOf('@');
  const host = mailbox.slice(at + 1);
  if (constraint.includes('@')) {
    const c = constraint.lastIndexOf('@');
    // Local parts compare exactly (an asterisk is a literal), hosts without case.
    return (
      mailbox.slice(0, at) === constraint.slice(0, c) &&
      host.toLowerCase() === constraint.slice(c + 1).toLowerCase()
    );
  }
  return hostMatches(host, constraint);
}

/** Does `name` fall in the subtree `base`? Null when the two are of different forms. */
function inSubtree(name: GeneralName, base: GeneralName, forExclusion: boolean): boolean | null {
  if (name.kind !== base.kind) return null;
  if (name.kind === 'dns' && base.kind === 'dns') {
    if (!name.value.startsWith('*.')) return withinDomain(name.value, base.value);
    // A wildcard stands for every name one label below its domain.
    const domain = name.value.slice(2);
    return forExclusion
      ? withinDomain(domain, base.value) || withinDomain(base.value, domain)
      : withinDomain(domain, base.value);
  }
  if (name.kind === 'email' && base.kind === 'email') return mailboxMatches(name.value, base.value);
  if (name.kind === 'uri' && base.kind === 'uri') {
    const host = uriHost(name.value);
    return host !== null && hostMatches(host, base.value);
  }
  if (name.kind === 'ip' && base.kind === 'ip') {
    const half = base.bytes.length / 2;
    if (name.bytes.length !== half) return false;
    return name.bytes.every(
      (b, i) => (b & base.bytes[half + i]!) === (base.bytes[i]! & base.bytes[half + i]!),
    );
  }
  if (name.kind === 'dn' && base.kind === 'dn')
    return base.rdns.length <= name.rdns.length && base.rdns.every((r, i) => r === name.rdns[i]);
  // Other forms: the same form counts as a match, so a constraint we cannot evaluate refuses.
  return name.kind === 'other' && base.kind === 'other' && name.tag === base.tag;
}

function nameForMessage(n: GeneralName): string {
  if (n.kind === 'ip') return `iPAddress ${Array.from(n.bytes).join('.')}`;
  if (n.kind === 'dn') return 'the directoryName/subject';
  if (n.kind === 'other') return `a name of form [${n.tag & 0x1f}]`;
  return `${n.kind === 'dns' ? 'dNSName' : n.kind === 'email' ? 'rfc822Name' : 'URI'} "${n.value}"`;
}

/** Why `names` break `nc`, or null. */
export function violation(names: GeneralName[], nc: NameConstraints): string | null {
  for (const name of names) {
    if (nc.excluded.some((base) => inSubtree(name, base, true)))
      return `${nameForMessage(name)} is in an excluded subtree`;
    const sameForm = nc.permitted.filter((base) => base.kind === name.kind);
    if (sameForm.length > 0 && !sameForm.some((base) => inSubtree(name, base, false)))
      return `${nameForMessage(name)} is outside the permitted subtrees`;
    if (name.kind === 'other' && sameForm.length > 0)
      return `${nameForMessage(name)} is constrained in a way this validator cannot evaluate`;
  }
  return null;
}
