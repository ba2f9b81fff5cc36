/** The handshake with the real X.509-SVID validator (src/pki/x509-svid.ts) as both sides' PeerValidator. */
import { beforeAll, describe, expect, it } from 'vitest';
import { validateX509Svid } from '../x509-svid';
import { runHandshake } from './handshake';
import { makeIdentity, makeRoot, NOW, ORDER, PAYMENT, type TestCa } from './test-pki';
import type { PeerValidator, TlsIdentity } from './types';

const svidValidator =
  (bundle: Uint8Array[], at: Date, trustDomain = 'cluster.local'): PeerValidator =>
  async (chain) => {
    const r = await validateX509Svid(chain, bundle, { at, trustDomain });
    return r.ok ? { ok: true, spiffeId: r.spiffeId } : { ok: false, code: r.code, error: r.error };
  };

let root: TestCa;
let order: TlsIdentity;
let payment: TlsIdentity;

beforeAll(async () => {
  root = await makeRoot();
  order = await makeIdentity(root, ORDER);
  payment = await makeIdentity(root, PAYMENT);
});

const run = (at: Date, bundle: Uint8Array[] = [root.der], server = payment) =>
  runHandshake({
    client: { identity: order, validatePeer: svidValidator(bundle, at) },
    server: { identity: server, validatePeer: svidValidator(bundle, at), requireClientCert: true },
  });

describe('handshake with validateX509Svid', () => {
  it('accepts istiod-shaped SVIDs both ways', async () => {
    const r = await run(NOW);
    expect(r.failure).toBeUndefined();
    expect(r.clientPeerId).toBe(PAYMENT);
    expect(r.serverPeerId).toBe(ORDER);
  });

  it('maps its codes to alerts: expired -> certificate_expired, foreign bundle -> unknown_ca', async () => {
    const later = await run(new Date(NOW.getTime() + 48 * 3600_000));
    expect(later.failure).toMatchObject({
      at: 'Certificate',
      side: 'client',
      alert: 'certificate_expired',
      code: 'expired',
    });
    const other = await makeRoot('O=other.example');
    const foreign = await run(NOW, [other.der]);
    expect(foreign.failure).toMatchObject({
      at: 'Certificate',
      side: 'client',
      alert: 'unknown_ca',
    });
  });

  it('rejects a server SVID from another trust domain', async () => {
    const stranger = await makeIdentity(root, 'spiffe://other.example/ns/x/sa/y');
    const r = await run(NOW, [root.der], stranger);
    expect(r.failure).toMatchObject({
      side: 'client',
      code: 'trust-domain-mismatch',
      alert: 'unknown_ca',
    });
  });
});
