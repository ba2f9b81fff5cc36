import { describe, expect, it } from 'vitest';
import { derToP1363, p1363ToDer } from './ecdsa-sig';
import { fromHex, toHex } from './hex';

const rep = (byte: string, n: number): string => byte.repeat(n);

describe('ECDSA signature forms', () => {
  it('P1363 to DER: sign octets, stripped leading zeros (P-256)', () => {
    const raw = fromHex(`${rep('00', 31)}01ff${rep('11', 31)}`);
    const der = p1363ToDer(raw);
    expect(toHex(der)).toBe(`3026020101022100ff${rep('11', 31)}`);
    expect(derToP1363(der, 32)).toEqual(raw);
  });

  it('P-384 round trip, 96-byte raw, long-form-free lengths', () => {
    const raw = fromHex(rep('7f', 48) + rep('80', 48));
    const der = p1363ToDer(raw);
    expect(toHex(der.subarray(0, 4))).toBe('30650230'); // 2+48 + 2+49 = 101
    expect(derToP1363(der, 48)).toEqual(raw);
  });

  it('round-trips real WebCrypto signatures that verify after conversion', async () => {
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'sign',
      'verify',
    ]);
    const data = new TextEncoder().encode('tbs');
    for (let i = 0; i < 20; i++) {
      const raw = new Uint8Array(
        await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, keys.privateKey, data),
      );
      const back = derToP1363(p1363ToDer(raw), 32);
      expect(back).toEqual(raw);
      const ok = await crypto.subtle.verify(
        { name: 'ECDSA', hash: 'SHA-256' },
        keys.publicKey,
        back,
        data,
      );
      expect(ok).toBe(true);
    }
  });

  it('rejects non-DER and out-of-range signatures', () => {
    const bad: [string, RegExp][] = [
      ['300702010102020001', /non-minimal/], // s = 00 01
      ['3006020101020180', /negative/],
      ['3003020101', /exactly r and s/],
      [`30260201010221${rep('11', 33)}`, /larger than the curve/],
      [`3027020101022200${rep('81', 33)}`, /larger than the curve/],
      ['3006020101040101', /INTEGER/],
      ['30060201010201010000', /trailing/],
      ['30050201010200', /INTEGER/],
      ['3006020101020201', /overruns/],
    ];
    for (const [sig, why] of bad) expect(() => derToP1363(fromHex(sig), 32), sig).toThrow(why);
    expect(() => p1363ToDer(new Uint8Array(63))).toThrow(RangeError);
  });
});
