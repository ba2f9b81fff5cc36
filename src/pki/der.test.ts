import { describe, expect, it } from 'vitest';
import {
  bitString,
  boolean,
  DerError,
  encodeLength,
  explicit,
  fromPem,
  implicit,
  integer,
  namedBits,
  nullValue,
  octetString,
  oid,
  printableString,
  sequence,
  set,
  smallInteger,
  time,
  tlv,
  toPem,
  utf8String,
} from './der';
import {
  asciiText,
  children,
  decodeOid,
  decodeString,
  decodeTime,
  readOnly,
  readTlv,
  valueBytes,
} from './der-reader';
import { fromHex, toHex } from './hex';

describe('DER encoding: known vectors', () => {
  it('INTEGER: minimal octets, sign octet before a set top bit (X.690 8.3.2)', () => {
    expect(toHex(integer(fromHex('80')))).toBe('02020080');
    expect(toHex(integer(fromHex('7f')))).toBe('02017f');
    expect(toHex(integer(fromHex('00')))).toBe('020100');
    expect(toHex(integer(new Uint8Array(0)))).toBe('020100');
    expect(toHex(integer(fromHex('000000')))).toBe('020100');
    expect(toHex(integer(fromHex('0000ff01')))).toBe('020300ff01');
    expect(toHex(integer(fromHex('00007f01')))).toBe('02027f01');
    expect(toHex(smallInteger(0))).toBe('020100');
    expect(toHex(smallInteger(2))).toBe('020102');
    expect(toHex(smallInteger(128))).toBe('02020080');
    expect(toHex(smallInteger(65537))).toBe('0203010001');
  });

  it('OBJECT IDENTIFIER from dotted form (X.690 8.19)', () => {
    expect(toHex(oid('2.5.29.17'))).toBe('0603551d11');
    expect(toHex(oid('1.2.840.10045.4.3.2'))).toBe('06082a8648ce3d040302');
    expect(toHex(oid('1.2.840.113549.1.1.11'))).toBe('06092a864886f70d01010b');
    expect(toHex(oid('1.3.6.1.5.5.7.3.1'))).toBe('06082b06010505070301');
    expect(toHex(oid('2.999.3'))).toBe('0603883703'); // first subidentifier 2*40+999 = 1079
    for (const bad of ['1', '3.1', '1.40', '1.2.', '1..2', '1.02', 'a.b', '']) {
      expect(() => oid(bad), bad).toThrow(RangeError);
    }
  });

  it('lengths: short form below 128, then the fewest long-form octets (X.690 10.1)', () => {
    expect(toHex(encodeLength(0))).toBe('00');
    expect(toHex(encodeLength(127))).toBe('7f');
    expect(toHex(encodeLength(128))).toBe('8180');
    expect(toHex(encodeLength(255))).toBe('81ff');
    expect(toHex(encodeLength(256))).toBe('820100');
    expect(toHex(encodeLength(65536))).toBe('83010000');
    expect(toHex(tlv(0x04, new Uint8Array(200))).slice(0, 6)).toBe('0481c8');
    expect(tlv(0x04, new Uint8Array(300))).toHaveLength(304);
  });

  it('strings, booleans, NULL, bit strings', () => {
    expect(toHex(boolean(true))).toBe('0101ff');
    expect(toHex(boolean(false))).toBe('010100');
    expect(toHex(nullValue())).toBe('0500');
    expect(toHex(octetString(fromHex('0102')))).toBe('04020102');
    expect(toHex(utf8String('é'))).toBe('0c02c3a9');
    expect(toHex(printableString('cluster.local'))).toBe('130d636c75737465722e6c6f63616c');
    expect(() => printableString('a_b')).toThrow(RangeError);
    expect(toHex(bitString(fromHex('0a0b')))).toBe('0303000a0b');
    // KeyUsage: trailing zero bits dropped (X.690 11.2.2)
    expect(toHex(namedBits([0, 2]))).toBe('030205a0'); // digitalSignature, keyEncipherment
    expect(toHex(namedBits([5]))).toBe('03020204'); // keyCertSign
    expect(toHex(namedBits([5, 6]))).toBe('03020106'); // keyCertSign, cRLSign
    expect(toHex(namedBits([8]))).toBe('0303070080'); // decipherOnly
    expect(toHex(namedBits([]))).toBe('030100');
  });

  it('SEQUENCE, SET OF sorted by encoding (X.690 11.6), context tags', () => {
    expect(toHex(sequence())).toBe('3000');
    expect(toHex(set(fromHex('020102'), fromHex('020101'), fromHex('0500')))).toBe(
      '31080201010201020500',
    );
    expect(toHex(explicit(0, smallInteger(2)))).toBe('a003020102');
    expect(toHex(explicit(3, sequence()))).toBe('a3023000');
    expect(toHex(implicit(6, fromHex('6869')))).toBe('86026869');
    expect(toHex(implicit(0, fromHex('3000'), true))).toBe('a0023000');
  });

  it('times: UTCTime through 2049, GeneralizedTime from 2050 (RFC 5280 4.1.2.5)', () => {
    const text = (b: Uint8Array): string =>
      `${toHex(b.subarray(0, 1))} ${asciiText(b.subarray(2))}`;
    expect(text(time(Date.UTC(2049, 11, 31, 23, 59, 59, 999)))).toBe('17 491231235959Z');
    expect(text(time(Date.UTC(2050, 0, 1, 0, 0, 0)))).toBe('18 20500101000000Z');
    expect(text(time(Date.UTC(1950, 0, 1)))).toBe('17 500101000000Z');
    expect(text(time(Date.UTC(1949, 11, 31)))).toBe('18 19491231000000Z');
    expect(text(time(Date.UTC(2026, 5, 7, 8, 9, 10, 500)))).toBe('17 260607080910Z');
    expect(() => time(Number.NaN)).toThrow(RangeError);
  });
});

describe('DER reading', () => {
  it('walks TLVs with header lengths, value offsets and raw slices', () => {
    const buf = sequence(smallInteger(5), octetString(new Uint8Array(130)), sequence(nullValue()));
    const top = readOnly(buf, 0x30);
    expect(top).toMatchObject({ tag: 0x30, offset: 0, headerLength: 3, length: buf.length - 3 });
    const [a, b, c] = children(buf, top);
    expect(a).toMatchObject({
      tag: 0x02,
      offset: 3,
      headerLength: 2,
      length: 1,
      valueOffset: 5,
      end: 6,
    });
    expect(b).toMatchObject({ tag: 0x04, headerLength: 3, length: 130 });
    expect(valueBytes(buf, a!)).toEqual(fromHex('05'));
    expect(children(buf, c!).map((t) => t.tag)).toEqual([0x05]);
  });

  it('refuses what DER forbids', () => {
    const bad: [string, string][] = [
      ['', 'truncated'],
      ['30', 'truncated'],
      ['3080', 'indefinite'],
      ['30810100', 'non-minimal'], // 1 in long form
      ['3082000100', 'non-minimal'], // leading zero length octet
      ['3004020100', 'overruns'],
      ['1f0100', 'high tag'],
      ['30840000000100', 'too large'],
    ];
    for (const [bytes, why] of bad)
      expect(() => readTlv(fromHex(bytes)), bytes).toThrow(new RegExp(why));
    expect(() => readOnly(fromHex('05000500'))).toThrow(/trailing/);
    expect(() => readOnly(fromHex('0500'), 0x30)).toThrow(/expected tag 0x30, got 0x05/);
    expect(() => children(fromHex('0500'), readTlv(fromHex('0500')))).toThrow(DerError);
  });

  it('round-trips OIDs, strings and times', () => {
    for (const dotted of ['2.5.29.17', '1.2.840.113549.1.9.14', '2.999.3', '0.0', '1.3.132.0.34']) {
      const der = oid(dotted);
      expect(decodeOid(valueBytes(der, readOnly(der)))).toBe(dotted);
    }
    expect(() => decodeOid(fromHex('2a80'))).toThrow(/bad OID/);
    expect(() => decodeOid(fromHex('2a8001'))).toThrow(/non-minimal/);
    for (const s of [utf8String('한국어 ✓'), printableString('O=x'), tlv(0x16, fromHex('6869'))]) {
      expect(decodeString(s, readOnly(s))).toBe(
        s[0] === 0x0c ? '한국어 ✓' : s[0] === 0x13 ? 'O=x' : 'hi',
      );
    }
    for (const ms of [
      0,
      Date.UTC(2049, 11, 31, 23, 59, 59),
      Date.UTC(2050, 0, 1),
      Date.UTC(9999, 11, 31),
      Date.UTC(1949, 0, 1),
    ]) {
      const der = time(ms);
      expect(decodeTime(der, readOnly(der))).toBe(ms);
    }
    expect(
      decodeTime(
        fromHex('170d3439303232383030303030305a'),
        readOnly(fromHex('170d3439303232383030303030305a')),
      ),
    ).toBe(Date.UTC(2049, 1, 28));
    const feb30 = tlv(0x17, new TextEncoder().encode('260230000000Z'));
    expect(() => decodeTime(feb30, readOnly(feb30))).toThrow(/invalid date/);
    const local = tlv(0x17, new TextEncoder().encode('2602280000Z'));
    expect(() => decodeTime(local, readOnly(local))).toThrow(/bad certificate time/);
  });

  it('PEM round trip', () => {
    const der = Uint8Array.from({ length: 100 }, (_, i) => i);
    const pem = toPem('CERTIFICATE', der);
    expect(pem.split('\n').map((l) => l.length)).toEqual([27, 64, 64, 8, 25, 0]); // 136 base64 chars
    expect(fromPem(`junk\n${pem}`, 'CERTIFICATE')).toEqual(der);
  });
});
