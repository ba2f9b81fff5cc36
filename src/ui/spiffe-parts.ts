/** A SPIFFE ID cut into the parts the app tints: scheme, trust domain, /ns/x, /sa/y, rest. */
export interface IdPart {
  kind: 'scheme' | 'td' | 'ns' | 'sa' | 'path';
  text: string;
}

/** Splits an ID for display without validating it (the explorer validates). */
export function splitSpiffeId(id: string): IdPart[] {
  const m = /^(spiffe:\/\/)([^/]*)(.*)$/.exec(id);
  if (!m) return [{ kind: 'path', text: id }];
  const parts: IdPart[] = [
    { kind: 'scheme', text: m[1] ?? '' },
    { kind: 'td', text: m[2] ?? '' },
  ];
  const path = m[3] ?? '';
  const istio = /^(\/ns\/[^/]+)(\/sa\/[^/]+)$/.exec(path);
  if (istio) {
    parts.push({ kind: 'ns', text: istio[1] ?? '' }, { kind: 'sa', text: istio[2] ?? '' });
  } else if (path) {
    parts.push({ kind: 'path', text: path });
  }
  return parts;
}
