import { describe, expect, it } from 'vitest';
import { DerError, PemError, parsePem, splitDer, toPem } from './pem';

const bytes = (n: number, seed = 7) =>
  Uint8Array.from({ length: n }, (_, i) => (i * seed + 3) & 0xff);

describe('toPem', () => {
  it('wraps base64 at 64 columns and ends with a newline', () => {
    const pem = toPem(bytes(100));
    const lines = pem.split('\n');
    expect(lines[0]).toBe('-----BEGIN CERTIFICATE-----');
    // 100 bytes are 136 base64 characters: 64 + 64 + 8.
    expect(lines.slice(1, 4).map((l) => l.length)).toEqual([64, 64, 8]);
    expect(lines[4]).toBe('-----END CERTIFICATE-----');
    expect(pem.endsWith('-----\n')).toBe(true);
  });

  it('uses the given label', () => {
    expect(toPem(new Uint8Array([1, 2, 3]), 'PRIVATE KEY')).toBe(
      '-----BEGIN PRIVATE KEY-----\nAQID\n-----END PRIVATE KEY-----\n',
    );
  });
});

describe('parsePem', () => {
  it('round-trips several blocks and ignores text around them', () => {
    const a = bytes(300);
    const b = bytes(5, 13);
    const text = `subject=foo\n${toPem(a)}junk between\r\n${toPem(b, 'PRIVATE KEY')}`;
    const blocks = parsePem(text);
    expect(blocks.map((x) => x.label)).toEqual(['CERTIFICATE', 'PRIVATE KEY']);
    expect(blocks[0]!.der).toEqual(a);
    expect(blocks[1]!.der).toEqual(b);
  });

  it('returns [] when there are no blocks', () => {
    expect(parsePem('not-pem')).toEqual([]);
  });

  it('names the bad character and line inside a block', () => {
    const text = '-----BEGIN CERTIFICATE-----\nAQID\nAQ!D\n-----END CERTIFICATE-----\n';
    expect(() => parsePem(text)).toThrow(PemError);
    expect(() => parsePem(text)).toThrow("PEM block 1 (CERTIFICATE) contains '!' on line 3");
  });

  it('rejects a missing END line, a mismatched label and bad padding', () => {
    expect(() => parsePem('-----BEGIN CERTIFICATE-----\nAQID\n')).toThrow(
      /no '-----END CERTIFICATE-----'/,
    );
    expect(() => parsePem('-----BEGIN CERTIFICATE-----\nAQID\n-----END KEY-----')).toThrow(
      /ends as 'KEY'/,
    );
    expect(() => parsePem('-----BEGIN CERTIFICATE-----\nAQI\n-----END CERTIFICATE-----')).toThrow(
      /not valid base64/,
    );
  });
});

describe('splitDer', () => {
  const seq = (len: number) => {
    const body = bytes(len);
    const head = len < 128 ? [0x30, len] : [0x30, 0x82, len >> 8, len & 0xff];
    return new Uint8Array([...head, ...body]);
  };

  it('splits concatenated SEQUENCEs, short and long form lengths', () => {
    const a = seq(10);
    const b = seq(300);
    const items = splitDer(new Uint8Array([...a, ...b]));
    expect(items.map((x) => x.length)).toEqual([12, 304]);
    expect(items[1]).toEqual(b);
  });

  it('rejects trailing garbage and truncation instead of ignoring them', () => {
    expect(() => splitDer(new Uint8Array([...seq(10), 0, 1, 2, 3]))).toThrow(
      'DER item 2 at byte 12 does not start with a SEQUENCE (0x30)',
    );
    expect(() => splitDer(seq(300).subarray(0, 200))).toThrow(DerError);
    expect(() => splitDer(new TextEncoder().encode('corrupted'))).toThrow(/not a certificate/);
  });
});
