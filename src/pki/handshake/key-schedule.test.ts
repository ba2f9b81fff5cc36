import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../hex';
import {
  deriveApplicationSecrets,
  deriveHandshakeSecrets,
  deriveSecret,
  deriveTrafficKey,
  digest,
  finishedVerifyData,
  hkdfExpand,
  hkdfExtract,
  hkdfLabel,
} from './key-schedule';

// RFC 8448 §3 "Simple 1-RTT Handshake" (x25519 + TLS_AES_128_GCM_SHA256).
const ECDHE = fromHex('8bd4054fb55b9d63fdfbacf9f04b9f0d35e6d63f537563efd46272900f89492d');
const HELLO_HASH = fromHex('860c06edc07858ee8e78f0e7428c58edd6b43f2ca3e6e95f02ed063cf0e1cad8');
const SERVER_FINISHED_HASH = fromHex(
  '9608102a0f1ccc6db6250b7b7e417b1a000eaada3daae4777a7686c9ff83df13',
);

describe('HKDF (RFC 5869 appendix A.1)', () => {
  it('extracts and expands test case 1', async () => {
    const prk = await hkdfExtract(
      'SHA-256',
      fromHex('000102030405060708090a0b0c'),
      fromHex('0b'.repeat(22)),
    );
    expect(toHex(prk)).toBe('077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5');
    const okm = await hkdfExpand('SHA-256', prk, fromHex('f0f1f2f3f4f5f6f7f8f9'), 42);
    expect(toHex(okm)).toBe(
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
    );
  });
});

describe('TLS 1.3 key schedule against RFC 8448 §3', () => {
  it('encodes HkdfLabel as length, "tls13 "+label, context', async () => {
    const empty = await digest('SHA-256', new Uint8Array(0));
    expect(toHex(hkdfLabel(32, 'derived', empty))).toBe(
      `00200d746c733133206465726976656420${toHex(empty)}`,
    );
  });

  it('derives the handshake and master secrets from the ECDHE secret', async () => {
    const s = await deriveHandshakeSecrets('SHA-256', ECDHE, HELLO_HASH);
    expect(toHex(s.earlySecret)).toBe(
      '33ad0a1c607ec03b09e6cd9893680ce210adf300aa1f2660e1b22e10f170f92a',
    );
    expect(toHex(s.handshakeSecret)).toBe(
      '1dc826e93606aa6fdc0aadc12f741b01046aa6b99f691ed221a9f0ca043fbeac',
    );
    expect(toHex(s.clientHandshakeTrafficSecret)).toBe(
      'b3eddb126e067f35a780b3abf45e2d8f3b1a950738f52e9600746a0e27a55a21',
    );
    expect(toHex(s.serverHandshakeTrafficSecret)).toBe(
      'b67b7d690cc16c4e75e54213cb2d37b4e9c912bcded9105d42befd59d391ad38',
    );
    expect(toHex(s.masterSecret)).toBe(
      '18df06843d13a08bf2a449844c5f8a478001bc4d4c627984d5a41da8d0402919',
    );
    const derived = await deriveSecret(
      'SHA-256',
      s.handshakeSecret,
      'derived',
      await digest('SHA-256', new Uint8Array(0)),
    );
    expect(toHex(derived)).toBe('43de77e0c77713859a944db9db2590b53190a65b3ee2e4f12dd7a0bb7ce254b4');
  });

  it('derives traffic keys, application secrets and the client Finished', async () => {
    const s = await deriveHandshakeSecrets('SHA-256', ECDHE, HELLO_HASH);
    const serverHs = await deriveTrafficKey('SHA-256', s.serverHandshakeTrafficSecret, 16);
    expect(toHex(serverHs.key)).toBe('3fce516009c21727d0f2e4e86ee403bc');
    expect(toHex(serverHs.iv)).toBe('5d313eb2671276ee13000b30');
    const clientHs = await deriveTrafficKey('SHA-256', s.clientHandshakeTrafficSecret, 16);
    expect(toHex(clientHs.key)).toBe('dbfaa693d1762c5b666af5d950258d01');
    expect(toHex(clientHs.iv)).toBe('5bd3c71b836e0b76bb73265f');

    const app = await deriveApplicationSecrets('SHA-256', s.masterSecret, SERVER_FINISHED_HASH);
    expect(toHex(app.client)).toBe(
      '9e40646ce79a7f9dc05af8889bce6552875afa0b06df0087f792ebb7c17504a5',
    );
    expect(toHex(app.server)).toBe(
      'a11af9f05531f856ad47116b45a950328204b4f44bfb6b3a4b4f1f3fcb631643',
    );
    const clientAp = await deriveTrafficKey('SHA-256', app.client, 16);
    expect(toHex(clientAp.key)).toBe('17422dda596ed5d9acd890e3c63f5051');
    expect(toHex(clientAp.iv)).toBe('5b78923dee08579033e523d9');

    // The client's Finished covers ClientHello..server Finished (no client certificate in 8448 §3).
    const verifyData = await finishedVerifyData(
      'SHA-256',
      s.clientHandshakeTrafficSecret,
      SERVER_FINISHED_HASH,
    );
    expect(toHex(verifyData)).toBe(
      'a8ec436d677634ae525ac1fcebe11a039ec17694fac6e98527b642f2edd5ce61',
    );
  });

  it('expands past one block for SHA-384 lengths', async () => {
    const out = await hkdfExpand('SHA-384', new Uint8Array(48).fill(1), new Uint8Array(0), 100);
    expect(out.length).toBe(100);
    const first = await hkdfExpand('SHA-384', new Uint8Array(48).fill(1), new Uint8Array(0), 48);
    expect(toHex(out.subarray(0, 48))).toBe(toHex(first));
  });
});
