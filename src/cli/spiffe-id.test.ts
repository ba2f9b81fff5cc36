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

  it('reads stdin one per line: an empty line is the empty ID, only the final newline ends the input', async () => {
    const io = memoryIo({}, 'spiffe://a/b\r\n\n   \nspiffe://Cluster.local/x\n');
    expect(await spiffeIdCommand([], io)).toBe(1);
    const lines = io.out.map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.input, l.ok])).toEqual([
      ['spiffe://a/b', true],
      ['', false],
      ['   ', false],
      ['spiffe://Cluster.local/x', false],
    ]);
    expect(Object.keys(lines[3])).toEqual(['input', 'ok', 'error']);
    expect(lines[3].error).toContain("found 'C' at position 10");
    expect(lines[1].error).toBeTruthy();
  });

  it('a lone newline is one empty ID; input without a final newline keeps its last line', async () => {
    const one = memoryIo({}, '\n');
    expect(await spiffeIdCommand([], one)).toBe(1);
    expect(one.out.map((l) => JSON.parse(l).input)).toEqual(['']);
    const unterminated = memoryIo({}, 'spiffe://a/b\nspiffe://c/d');
    expect(await spiffeIdCommand([], unterminated)).toBe(0);
    expect(unterminated.out).toHaveLength(2);
  });

  it('exits 2 with a message when standard input is empty', async () => {
    const io = memoryIo({}, '');
    expect(await spiffeIdCommand([], io)).toBe(2);
    expect(io.out).toEqual([]);
    expect(io.err[0]).toContain('no SPIFFE IDs given');
  });
});
