/**
 * Application data over the finished handshake: the request goes out in an AES-GCM record
 * under the client application key, the server sidecar decrypts it, adds XFCC and hands it
 * to the app; the response comes back under the server application key (RFC 8446 §5.2).
 */
import { toHex } from '../hex';
import { CONTENT_TYPE, openRecord, type RecordKeys, sealRecord } from './record';
import type { HandshakeMessage, Session } from './types';
import { shortHex } from './wire';
import { WireLog } from './wire-log';
import { applyXfcc } from './xfcc';

/** An HTTP request as the app sees it. */
export interface HttpRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}
/** An HTTP response. */
export interface HttpResponse {
  status: number;
  body: string;
}

const REASON: Record<number, string> = {
  200: 'OK',
  403: 'Forbidden',
  404: 'Not Found',
  503: 'Service Unavailable',
};
const text = new TextEncoder();
const untext = new TextDecoder();

/** HTTP/1.1 on the wire (RFC 9112), header names lower-cased as Envoy forwards them. */
export function encodeHttpRequest(r: HttpRequest): Uint8Array {
  const head = Object.entries(r.headers).map(([k, v]) => `${k.toLowerCase()}: ${v}\r\n`);
  return text.encode(`${r.method} ${r.path} HTTP/1.1\r\n${head.join('')}\r\n${r.body ?? ''}`);
}

/** Parses what {@link encodeHttpRequest} writes. */
export function parseHttpRequest(bytes: Uint8Array): HttpRequest {
  const raw = untext.decode(bytes);
  const split = raw.indexOf('\r\n\r\n');
  const [line = '', ...lines] = raw.slice(0, split).split('\r\n');
  const [method = '', path = ''] = line.split(' ');
  const headers: Record<string, string> = {};
  for (const l of lines) {
    const colon = l.indexOf(':');
    headers[l.slice(0, colon)] = l.slice(colon + 1).trim();
  }
  const body = raw.slice(split + 4);
  return body ? { method, path, headers, body } : { method, path, headers };
}

function encodeHttpResponse(r: HttpResponse): Uint8Array {
  const body = text.encode(r.body);
  const head = `HTTP/1.1 ${r.status} ${REASON[r.status] ?? ''}\r\ncontent-length: ${body.length}\r\n\r\n`;
  return new Uint8Array([...text.encode(head), ...body]);
}

function parseHttpResponse(bytes: Uint8Array): HttpResponse {
  const raw = untext.decode(bytes);
  return { status: Number(raw.split(' ')[1]), body: raw.slice(raw.indexOf('\r\n\r\n') + 4) };
}

/** Seals with the sender's key, records the ciphertext, opens with the receiver's key. */
async function transfer(
  log: WireLog,
  from: 'client' | 'server',
  plaintext: Uint8Array,
  summary: string,
  keys: { write: RecordKeys; read: RecordKeys },
): Promise<{ content: Uint8Array; message: HandshakeMessage }> {
  const sealed = await sealRecord(keys.write, CONTENT_TYPE.application_data, plaintext);
  const message = log.record({
    from,
    type: 'ApplicationData',
    fields: {
      record_seq: Number(sealed.seq),
      record_nonce: toHex(sealed.nonce),
      record_ciphertext: shortHex(sealed.record.subarray(5)),
      plaintext: summary,
      plaintext_bytes: plaintext.length,
    },
    // The whole TLSCiphertext, as a packet capture shows it.
    bytes: toHex(sealed.record),
    encrypted: true,
    checks: [],
  });
  const opened = await openRecord(keys.read, sealed.record);
  const receiver = from === 'client' ? 'server' : 'client';
  message.checks.push({
    code: 'appRecord',
    side: from,
    name: `AES-GCM record opens with the ${from} application key`,
    ok: true,
    detail: `${receiver} decrypted record ${opened.seq} (${keys.read.suite})`,
    notes: [
      {
        code: 'decryptedRecord',
        params: { side: receiver, seq: String(opened.seq), suite: keys.read.suite },
      },
    ],
  });
  return { content: opened.content, message };
}

/**
 * Encrypts the request with the client application keys, decrypts it on the server, sets
 * x-forwarded-client-cert, calls `handler`, and encrypts the response back. Both records are
 * recorded as messages (ciphertext, nonce, plaintext summary).
 */
export async function exchange(
  session: Session,
  request: HttpRequest,
  handler: (req: HttpRequest) => Promise<HttpResponse>,
): Promise<HttpResponse & { messages: HandshakeMessage[] }> {
  const log = new WireLog(undefined, session.nextIndex);
  const summary = `${request.method} ${request.path}${request.body ? ` (${request.body.length}-byte body)` : ''}`;
  const req = await transfer(log, 'client', encodeHttpRequest(request), summary, {
    write: session.client.write,
    read: session.server.read,
  });
  const received = parseHttpRequest(req.content);
  const client =
    session.clientLeafDer && session.clientId
      ? { leafDer: session.clientLeafDer, id: session.clientId }
      : undefined;
  const headers = await applyXfcc(received.headers, session.serverId, client);
  const response = await handler({ ...received, headers });
  const res = await transfer(
    log,
    'server',
    encodeHttpResponse(response),
    `${response.status} ${REASON[response.status] ?? ''}`.trim(),
    {
      write: session.server.write,
      read: session.client.read,
    },
  );
  session.nextIndex = log.count;
  return { ...parseHttpResponse(res.content), messages: log.messages };
}
