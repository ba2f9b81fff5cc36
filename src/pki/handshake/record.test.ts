import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../hex';
import {
  CONTENT_TYPE,
  openRecord,
  RecordError,
  recordKeys,
  recordNonce,
  sealRecord,
} from './record';

// RFC 8448 §3 server handshake traffic secret -> key 3fce5160..., iv 5d313eb2...
const S_HS = fromHex('b67b7d690cc16c4e75e54213cb2d37b4e9c912bcded9105d42befd59d391ad38');

describe('record protection (RFC 8446 §5.2-5.3)', () => {
  it('derives the RFC 8448 key and iv, and XORs the sequence number into the nonce', async () => {
    const keys = await recordKeys('TLS_AES_128_GCM_SHA256', S_HS);
    expect(keys.keyHex).toBe('3fce516009c21727d0f2e4e86ee403bc');
    expect(toHex(recordNonce(keys.iv, 0n))).toBe('5d313eb2671276ee13000b30');
    expect(toHex(recordNonce(keys.iv, 1n))).toBe('5d313eb2671276ee13000b31');
    expect(toHex(recordNonce(keys.iv, 0x0102n))).toBe('5d313eb2671276ee13000a32');
  });

  it('round-trips with a header AAD and the inner content type, and refuses changes', async () => {
    const write = await recordKeys('TLS_AES_128_GCM_SHA256', S_HS);
    const read = await recordKeys('TLS_AES_128_GCM_SHA256', S_HS);
    const sealed = await sealRecord(write, CONTENT_TYPE.handshake, fromHex('08000002' + '0000'));
    // 6 bytes content + 1 content type + 16 tag = 23
    expect(toHex(sealed.record.subarray(0, 5))).toBe('1703030017');
    const opened = await openRecord(read, sealed.record);
    expect(opened.contentType).toBe(CONTENT_TYPE.handshake);
    expect(toHex(opened.content)).toBe('080000020000');
    expect(read.seq).toBe(1n);

    const again = await sealRecord(write, CONTENT_TYPE.application_data, fromHex('aa'));
    const flipped = new Uint8Array(again.record);
    flipped[7] = (flipped[7] ?? 0) ^ 1;
    await expect(openRecord(read, flipped)).rejects.toThrow(RecordError);
    // A record replayed out of order uses the wrong nonce and fails too.
    const other = await recordKeys('TLS_AES_128_GCM_SHA256', S_HS);
    await sealRecord(other, CONTENT_TYPE.application_data, fromHex('bb'));
    const late = await sealRecord(other, CONTENT_TYPE.application_data, fromHex('cc'));
    const fresh = await recordKeys('TLS_AES_128_GCM_SHA256', S_HS);
    await expect(openRecord(fresh, late.record)).rejects.toThrow(RecordError);
  });
});
