/**
 * x-forwarded-client-cert as an Istio sidecar sets it for the application: the inbound HTTP
 * connection manager runs with forward_client_cert_details APPEND_FORWARD and
 * set_current_client_cert_details {subject, uri, dns} (istio pilot, sidecar inbound listener).
 * Envoy writes the element's keys in the order By, Hash, Subject, URI, DNS.
 */

import { X509Certificate } from '@peculiar/x509';
import { toHex } from '../hex';
import { sansOf } from './describe';
import { digest } from './key-schedule';
import { buf } from './wire';

export const XFCC = 'x-forwarded-client-cert';

/**
 * One XFCC element: `By=<server SPIFFE ID>;Hash=<hex SHA-256 of the client's leaf DER>;
 * Subject="<client subject DN>";URI=<client SPIFFE ID>` and a `;DNS=` per DNS SAN. Istio
 * workload certificates have an empty subject, hence `Subject=""`.
 */
export async function xfccHeader(
  serverId: string,
  clientLeafDer: Uint8Array,
  clientId: string,
): Promise<string> {
  const hash = toHex(await digest('SHA-256', clientLeafDer));
  let subject = '';
  try {
    subject = new X509Certificate(buf(clientLeafDer)).subject;
  } catch {
    // An unparsable leaf never gets this far in a handshake; keep the element well-formed.
  }
  const dns = sansOf(clientLeafDer)
    .dns.map((d) => `;DNS=${d}`)
    .join('');
  return `By=${serverId};Hash=${hash};Subject="${subject.replace(/"/g, '\\"')}";URI=${clientId}${dns}`;
}

/**
 * The request headers after the inbound sidecar: over mTLS with a client certificate, the
 * element is appended to any XFCC the caller sent (APPEND_FORWARD); without one, Envoy drops
 * the caller's XFCC, since only a verified peer may forward it.
 */
export async function applyXfcc(
  headers: Record<string, string>,
  serverId: string,
  client: { leafDer: Uint8Array; id: string } | undefined,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  let incoming: string | undefined;
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === XFCC) incoming = value;
    else out[name.toLowerCase()] = value;
  }
  if (client) {
    const element = await xfccHeader(serverId, client.leafDer, client.id);
    out[XFCC] = incoming ? `${incoming},${element}` : element;
  }
  return out;
}
