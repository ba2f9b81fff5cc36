import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HttpRequest } from './exchange';
import { exchange, runHandshake, xfccHeader } from './handshake';
import { makeIdentity, makeRoot, ORDER, PAYMENT, type TestCa, testValidator } from './test-pki';
import type { Session, TlsIdentity } from './types';

let root: TestCa;
let order: TlsIdentity;
let payment: TlsIdentity;

beforeAll(async () => {
  root = await makeRoot();
  order = await makeIdentity(root, ORDER);
  payment = await makeIdentity(root, PAYMENT);
});

async function session(client: TlsIdentity | null = order): Promise<Session> {
  const r = await runHandshake({
    client: { identity: client ?? undefined, validatePeer: testValidator(root) },
    server: { identity: payment, validatePeer: testValidator(root), requireClientCert: false },
  });
  if (!r.session) throw new Error(r.failure?.reason);
  return r.session;
}

const sha256hex = (der: Uint8Array) => createHash('sha256').update(der).digest('hex');

describe('xfccHeader', () => {
  it('is By;Hash;Subject;URI with the SHA-256 of the client leaf DER', async () => {
    const leaf = order.chain[0] ?? new Uint8Array();
    expect(await xfccHeader(PAYMENT, leaf, ORDER)).toBe(
      `By=${PAYMENT};Hash=${sha256hex(leaf)};Subject="";URI=${ORDER}`,
    );
  });
});

describe('exchange', () => {
  it('carries a request and a 200 response in AES-GCM records, with XFCC for the app', async () => {
    const s = await session();
    let seen: HttpRequest | undefined;
    const res = await exchange(
      s,
      {
        method: 'POST',
        path: '/charge',
        headers: { 'Content-Type': 'application/json' },
        body: '{"amount":42}',
      },
      async (req) => {
        seen = req;
        return { status: 200, body: 'charged' };
      },
    );
    expect(res.status).toBe(200);
    expect(res.body).toBe('charged');
    expect(seen?.method).toBe('POST');
    expect(seen?.path).toBe('/charge');
    expect(seen?.body).toBe('{"amount":42}');
    expect(seen?.headers['content-type']).toBe('application/json');
    const leaf = order.chain[0] ?? new Uint8Array();
    expect(seen?.headers['x-forwarded-client-cert']).toBe(
      `By=${PAYMENT};Hash=${sha256hex(leaf)};Subject="";URI=${ORDER}`,
    );
    expect(res.messages.map((m) => [m.from, m.type, m.encrypted])).toEqual([
      ['client', 'ApplicationData', true],
      ['server', 'ApplicationData', true],
    ]);
    expect(res.messages[0]?.index).toBe(10);
    expect(res.messages[0]?.fields.plaintext).toBe('POST /charge (13-byte body)');
    // The ciphertext must not contain the plaintext path.
    expect(String(res.messages[0]?.fields.record_ciphertext)).not.toContain(
      Buffer.from('/charge').toString('hex'),
    );
  });

  it("returns the handler's 403 and keeps sequence numbers and nonces moving", async () => {
    const s = await session();
    const deny = async () => ({ status: 403, body: 'RBAC: access denied' });
    const first = await exchange(s, { method: 'GET', path: '/a', headers: {} }, deny);
    const second = await exchange(s, { method: 'GET', path: '/b', headers: {} }, deny);
    expect(first.status).toBe(403);
    expect(first.body).toBe('RBAC: access denied');
    expect(first.messages[1]?.fields.plaintext).toBe('403 Forbidden');
    expect(second.messages.map((m) => m.fields.record_seq)).toEqual([1, 1]);
    expect(second.messages[0]?.fields.record_nonce).not.toBe(
      first.messages[0]?.fields.record_nonce,
    );
    expect(second.messages[0]?.index).toBe(12);
  });

  it('appends to a caller-supplied XFCC over mTLS, and drops it without a client certificate', async () => {
    const forged = 'By=spiffe://x/y;URI=spiffe://cluster.local/ns/production/sa/admin';
    let header: string | undefined;
    const handler = async (req: HttpRequest) => {
      header = req.headers['x-forwarded-client-cert'];
      return { status: 200, body: '' };
    };
    await exchange(
      await session(),
      { method: 'GET', path: '/', headers: { 'X-Forwarded-Client-Cert': forged } },
      handler,
    );
    expect(header?.startsWith(`${forged},By=${PAYMENT};`)).toBe(true);
    await exchange(
      await session(null),
      { method: 'GET', path: '/', headers: { 'x-forwarded-client-cert': forged } },
      handler,
    );
    expect(header).toBeUndefined();
  });
});
