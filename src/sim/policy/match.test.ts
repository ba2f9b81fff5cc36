import { describe, expect, it } from 'vitest';
import {
  ipInBlock,
  isIpBlock,
  matchHost,
  matchPath,
  matchString,
  parseIpv4,
  parseIpv4Block,
} from './match';

describe('matchString (matcher/string.go, proto Rule doc)', () => {
  it.each([
    // [pattern, value, expected]
    ['abc', 'abc', true],
    ['abc', 'abcd', false],
    ['abc*', 'abc', true], // proto: "abc*" matches "abc" and "abcd"
    ['abc*', 'abcd', true],
    ['abc*', 'xabc', false],
    ['*abc', 'abc', true], // proto: "*abc" matches "abc" and "xabc"
    ['*abc', 'xabc', true],
    ['*abc', 'abcx', false],
    ['*', 'anything', true], // presence: non-empty
    ['*', '', false],
    ['*abc*', 'xabc*', true], // suffix checked first: literal suffix "abc*"
    ['*abc*', 'xabcx', false],
  ])('%s vs %s -> %s', (pattern, value, expected) => {
    expect(matchString(pattern, value)).toBe(expected);
  });

  it('an absent value (plaintext: no principal) matches no pattern, not even *', () => {
    expect(matchString('*', undefined)).toBe(false);
    expect(matchString('cluster.local/*', undefined)).toBe(false);
  });

  it('principal prefix/suffix patterns behave as documented', () => {
    const p = 'cluster.local/ns/production/sa/order-sa';
    expect(matchString('cluster.local/ns/production/*', p)).toBe(true);
    expect(matchString('*/sa/order-sa', p)).toBe(true);
    expect(matchString('*/sa/pay-sa', p)).toBe(false);
  });
});

describe('matchHost and matchPath', () => {
  it('hosts are case-insensitive', () => {
    expect(matchHost('*.Example.com', 'api.example.COM')).toBe(true);
    expect(matchHost('example.com', undefined)).toBe(false);
  });

  it('paths ignore the query string', () => {
    expect(matchPath('/info*', '/info/a?x=1')).toBe(true);
    expect(matchPath('/data', '/data?x=1')).toBe(true);
    expect(matchPath('*/info', '/a/b/info')).toBe(true);
  });

  it('path templates: {*} is one segment, {**} any rest', () => {
    expect(matchPath('/foo/{*}/bar', '/foo/x/bar')).toBe(true);
    expect(matchPath('/foo/{*}/bar', '/foo/x/y/bar')).toBe(false);
    expect(matchPath('/foo/{**}', '/foo/x/y/z')).toBe(true);
    expect(matchPath('/foo.{*}', '/fooXbar')).toBe(false); // the dot is literal
  });
});

describe('IPv4 blocks', () => {
  it('parses addresses and rejects junk', () => {
    expect(parseIpv4('10.0.0.1')).toBe(167772161);
    expect(parseIpv4('255.255.255.255')).toBe(4294967295);
    expect(parseIpv4('256.0.0.1')).toBeNull();
    expect(parseIpv4('10.0.0')).toBeNull();
    expect(parseIpv4Block('10.0.0.0/33')).toBeNull();
    expect(parseIpv4Block('10.0.0.7')).toEqual({ base: 167772167, bits: 32 });
  });

  it.each([
    ['10.0.0.0/8', '10.244.1.7', true],
    ['10.0.0.0/8', '11.0.0.1', false],
    ['203.0.113.4', '203.0.113.4', true], // single IP = /32
    ['203.0.113.4', '203.0.113.5', false],
    ['203.0.113.0/24', '203.0.113.255', true],
    ['0.0.0.0/0', '192.168.1.1', true],
    ['128.0.0.0/1', '200.1.1.1', true], // high bit set: no sign trouble
    ['128.0.0.0/1', '100.1.1.1', false],
    ['2001:db8::/32', '10.0.0.1', false], // IPv6 block never holds an IPv4 peer
  ])('%s contains %s -> %s', (block, ip, expected) => {
    expect(ipInBlock(block, ip)).toBe(expected);
  });

  it('accepts IPv6 syntax as a valid block but not garbage', () => {
    expect(isIpBlock('2001:db8::/32')).toBe(true);
    expect(isIpBlock('10.0.0.0/8')).toBe(true);
    expect(isIpBlock('ten.0.0.0/8')).toBe(false);
    expect(isIpBlock('10.0.0.0/8/1')).toBe(false);
  });
});
