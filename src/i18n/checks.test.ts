import { beforeAll, describe, expect, it } from 'vitest';
import { runHandshake } from '../pki/handshake/handshake';
import {
  makeIdentity,
  makeRoot,
  ORDER,
  PAYMENT,
  type TestCa,
  testValidator,
} from '../pki/handshake/test-pki';
import type { HandshakeMessage, HandshakeOptions, TlsIdentity } from '../pki/handshake/types';
import { describeCheck } from './engine';
import { strayLatin } from './glossary';
import { translator } from './translate';

const en = translator('en');
const ko = translator('ko');

let root: TestCa;
let foreign: TestCa;
let order: TlsIdentity;
let payment: TlsIdentity;
let impostor: TlsIdentity;

beforeAll(async () => {
  root = await makeRoot();
  foreign = await makeRoot('O=attacker.example');
  order = await makeIdentity(root, ORDER);
  payment = await makeIdentity(root, PAYMENT);
  impostor = await makeIdentity(foreign, PAYMENT);
});

const base = (): HandshakeOptions => ({
  client: { identity: order, validatePeer: testValidator(root) },
  server: { identity: payment, validatePeer: testValidator(root), requireClientCert: true },
});

/** Every check of a handshake, said in both languages. */
async function said(options: HandshakeOptions) {
  const r = await runHandshake(options);
  const checks = r.messages.flatMap((m: HandshakeMessage) => m.checks);
  return checks.map((c) => ({ check: c, en: describeCheck(c, en), ko: describeCheck(c, ko) }));
}

describe('handshake checks in the reader’s language', () => {
  it('name every check of a good handshake in Korean, with values kept as they are', async () => {
    const all = await said(base());
    expect(all.length).toBeGreaterThan(15);
    for (const { ko: k } of all) {
      expect(strayLatin(`${k.name} ${k.detail}`), `${k.name}: ${k.detail}`).toEqual([]);
      expect(k.name).not.toMatch(/[{}]/);
    }
    const chain = all.filter((a) => a.check.code === 'chain');
    expect(chain.map((a) => a.ko.name)).toEqual([
      '서버 인증서 체인 검증',
      '클라이언트 인증서 체인 검증',
    ]);
    expect(chain[0]?.ko.detail).toBe(`신뢰함; SPIFFE ID ${PAYMENT}`);
    expect(chain[0]?.en).toEqual({
      name: 'the server’s chain validated',
      detail: `trusted; SPIFFE ID ${PAYMENT}`,
    });
    const signature = all.find((a) => a.check.code === 'signature');
    expect(signature?.ko.detail).toMatch(
      /^리프 인증서의 공개 키로 ECDSA P-256\/SHA-256 검증: 유효함; 트랜스크립트 해시 [0-9a-f]+/,
    );
    // A value-only detail is the value itself, in both languages.
    const suite = all.find((a) => a.check.code === 'suiteOffered');
    expect(suite?.ko.detail).toBe('TLS_AES_128_GCM_SHA256');
    expect(suite?.ko.name).toBe('제안한 암호 스위트 가운데 하나임');
    const app = all.find((a) => a.check.code === 'appRecord');
    expect(app).toBeUndefined(); // application data is exchanged after the handshake
  });

  it('say why a chain from another root is refused, by its code', async () => {
    const all = await said({ ...base(), server: { ...base().server, identity: impostor } });
    const bad = all.find((a) => !a.check.ok);
    expect(bad?.check.code).toBe('chain');
    expect(bad?.ko.name).toBe('서버 인증서 체인 검증');
    expect(bad?.ko.detail).toBe(
      'unknown-authority: 받는 쪽이 신뢰하는 어느 루트도 이 인증서를 서명하지 않았습니다',
    );
    expect(bad?.en.detail).toBe(
      'unknown-authority: No root the receiver trusts signed this certificate',
    );
  });

  it('say a missing client certificate is refused where mTLS is required', async () => {
    const opts = base();
    const all = await said({ ...opts, client: { validatePeer: opts.client.validatePeer } });
    const bad = all.find((a) => !a.check.ok);
    expect(bad?.ko).toEqual({
      name: '클라이언트 인증서가 있음',
      detail: '빈 Certificate를 받았지만 이 포트는 mTLS가 필수임',
    });
    const asked = all.find((a) => a.check.code === 'certRequested');
    expect(asked?.ko.detail).toBe('인증서가 없어 빈 Certificate를 보냄');
  });
});
