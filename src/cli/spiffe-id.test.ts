import { describe, expect, it } from 'vitest';
import { memoryIo } from './io';
import { spiffeIdCommand } from './spiffe-id';

describe('svid spiffe-id', () => {
  it('prints one JSON line per argument and exits 0 when all are valid', async () => {
    const io = memoryIo();
    const code = await spiffeIdCommand(
      ['spiffe://cluster.local/ns/prod/sa/order-sa', 'spiffe://example.org'],
      io,
    );
    expect(code).toBe(0);
    expect(io.out).toEqual([
      '{"input":"spiffe://cluster.local/ns/prod/sa/order-sa","ok":true,"trustDomain":"cluster.local","path":"/ns/prod/sa/order-sa"}',
      '{"input":"spiffe://example.org","ok":true,"trustDomain":"example.org","path":""}',
    ]);
  });

  it('reads stdin one per line, skips blank lines, exits 1 if any is invalid', async () => {
    const io = memoryIo({}, 'spiffe://a/b\r\n\n   \nspiffe://Cluster.local/x\n');
    expect(await spiffeIdCommand([], io)).toBe(1);
    expect(io.out).toHaveLength(2);
    const bad = JSON.parse(io.out[1]!);
    expect(Object.keys(bad)).toEqual(['input', 'ok', 'error']);
    expect(bad).toMatchObject({ input: 'spiffe://Cluster.local/x', ok: false });
    expect(bad.error).toContain("found 'C' at position 10");
  });

  it('exits 2 with a message when there is nothing to check', async () => {
    const io = memoryIo({}, '\n\n');
    expect(await spiffeIdCommand([], io)).toBe(2);
    expect(io.out).toEqual([]);
    expect(io.err[0]).toContain('no SPIFFE IDs given');
  });
});
