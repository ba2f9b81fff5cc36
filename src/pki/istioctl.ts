/**
 * `istioctl proxy-config secret <pod>`, as istioctl/pkg/writer/compare/sds (istio/istio)
 * builds it: util.go secretMetaFromCert makes a row from the first certificate of a secret,
 * writer.go printSecretItemsTabular prints the rows through Go's text/tabwriter.
 */
import {
  BasicConstraintsExtension,
  SubjectAlternativeNameExtension,
  X509Certificate,
} from '@peculiar/x509';

/** One row of the table. `trustDomain` is the spiffe:// host of the cert's URI SAN, if any. */
export interface SdsSecretRow {
  resourceName: 'default' | 'ROOTCA' | string;
  type: 'Cert Chain' | 'CA';
  status: 'ACTIVE' | 'WARMING';
  validCert: boolean;
  /** %032x: lower-case hex of the serial, zero-padded to 32 digits. */
  serialNumber: string;
  /** RFC 3339, as Go's time.RFC3339 prints a UTC time: 2025-12-11T00:00:00Z */
  notAfter: string;
  notBefore: string;
  trustDomain?: string;
}

/** Go's time.Format(time.RFC3339) for a UTC time: no fractional seconds. */
function rfc3339(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function row(resourceName: string, der: Uint8Array, at: Date, warming: boolean): SdsSecretRow {
  const cert = new X509Certificate(new Uint8Array(der));
  // Go: fmt.Sprintf("%032x", cert.SerialNumber) on the big.Int value (no sign byte).
  const serial = cert.serialNumber.toLowerCase().replace(/^0+/, '').padStart(32, '0');
  const now = at.getTime();
  const result: SdsSecretRow = {
    resourceName,
    // util.go decides the TYPE from the certificate's CA flag, not from the resource name.
    type: cert.getExtension(BasicConstraintsExtension)?.ca ? 'CA' : 'Cert Chain',
    status: warming ? 'WARMING' : 'ACTIVE',
    // today.After(NotBefore) && today.Before(NotAfter): both bounds exclusive.
    validCert: now > cert.notBefore.getTime() && now < cert.notAfter.getTime(),
    serialNumber: serial,
    notAfter: rfc3339(cert.notAfter),
    notBefore: rfc3339(cert.notBefore),
  };
  const uris = cert.getExtension(SubjectAlternativeNameExtension)?.names.items ?? [];
  for (const name of uris) {
    const host = name.type === 'url' ? /^spiffe:\/\/([^/]*)/.exec(name.value)?.[1] : undefined;
    if (host !== undefined) result.trustDomain = host; // the last spiffe URI wins, as in util.go
  }
  return result;
}

/**
 * The rows for a sidecar's two SDS secrets: `default` (its chain; only the leaf is shown) and
 * `ROOTCA`, the trust bundle the proxy holds (one root, or two while a root rotates). Like the
 * chain, the bundle gets one row from its first certificate: util.go secretMetaFromCert reads
 * the secret's bytes with a single pem.Decode. `warming` marks both as Envoy's
 * dynamic_warming_secrets (requested, not yet in use); `at` is the simulated "now" that
 * decides VALID CERT.
 */
export function sdsSecretRows(input: {
  defaultChain?: readonly Uint8Array[];
  rootBundle?: readonly Uint8Array[];
  at: Date;
  warming?: boolean;
}): SdsSecretRow[] {
  const rows: SdsSecretRow[] = [];
  const leaf = input.defaultChain?.[0];
  if (leaf) rows.push(row('default', leaf, input.at, input.warming ?? false));
  const root = input.rootBundle?.[0];
  if (root) rows.push(row('ROOTCA', root, input.at, input.warming ?? false));
  return rows;
}

/**
 * Go's text/tabwriter with Init(w, 0, 5, 5, ' ', 0): each column as wide as its widest cell
 * plus 5 spaces of padding; the text after a line's last tab is not padded.
 */
export function tabwrite(lines: string[][]): string {
  const widths: number[] = [];
  for (const cells of lines) {
    cells.slice(0, -1).forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell].length + 5);
    });
  }
  return lines
    .map((cells) =>
      cells.map((cell, i) => (i < cells.length - 1 ? cell.padEnd(widths[i]!, ' ') : cell)).join(''),
    )
    .map((line) => `${line}\n`)
    .join('');
}

const COLUMNS = [
  'RESOURCE NAME',
  'TYPE',
  'STATUS',
  'VALID CERT',
  'SERIAL NUMBER',
  'NOT AFTER',
  'NOT BEFORE',
];

/**
 * The table exactly as istioctl prints it, newline-terminated. Like writer.go, a TRUST DOMAIN
 * column is added only when every row has one (federation); Istio's root has no URI SAN, so
 * the usual default + ROOTCA table has the seven columns.
 */
export function renderProxyConfigSecretTable(rows: SdsSecretRow[]): string {
  if (rows.length === 0) return 'No secret items to show.\n';
  const withTrustDomain = rows.every((r) => r.trustDomain);
  const header = withTrustDomain ? [...COLUMNS, 'TRUST DOMAIN'] : COLUMNS;
  const body = rows.map((r) => {
    const cells = [
      r.resourceName,
      r.type,
      r.status,
      String(r.validCert),
      r.serialNumber,
      r.notAfter,
      r.notBefore,
    ];
    return withTrustDomain ? [...cells, r.trustDomain!] : cells;
  });
  return tabwrite([header, ...body]);
}
