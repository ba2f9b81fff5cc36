import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from './hex';

describe('hex', () => {
  it('writes two lower-case digits per byte', () => {
    expect(toHex(Uint8Array.of(0, 1, 0x7f, 0x80, 0xff))).toBe('00017f80ff');
    expect(toHex([0x30])).toBe('30');
    expect(toHex(new Uint8Array(0))).toBe('');
  });

  it('reads what it wrote, in either case and across whitespace', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromHex(toHex(bytes))).toEqual(bytes);
    expect(fromHex('DE ad\nBE ef')).toEqual(Uint8Array.of(0xde, 0xad, 0xbe, 0xef));
  });

  it('refuses odd lengths and non-hex characters', () => {
    expect(() => fromHex('abc')).toThrow('not hex');
    expect(() => fromHex('zz')).toThrow('not hex');
  });
});
