import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../hex';
import { TlsAlert } from './alerts';
import { deriveHandshakeSecrets, digest, finishedVerifyData } from './key-schedule';
import {
  decodeCertificate,
  decodeCertificateRequest,
  decodeCertificateVerify,
  decodeClientHello,
  decodeEncryptedExtensions,
  decodeFinished,
  decodeServerHello,
  encodeCertificate,
  encodeCertificateRequest,
  encodeClientHello,
  encodeServerHello,
  SECP256R1,
  SIGNATURE_SCHEME,
  TLS13,
} from './messages';
import { certificateVerifyContent, verifyCertificateVerify } from './signature';
import { concat, DecodeError } from './wire';

// RFC 8448 §3, the handshake messages exactly as the trace prints them.
const CH = fromHex(
  '010000c00303cb34ecb1e78163ba1c38c6dacb196a6dffa21a8d9912ec18a2ef6283024dece7000006130113031302010000910000000b0009000006736572766572ff01000100000a00140012001d0017001800190100010101020103010400230000003300260024001d002099381de560e4bd43d23d8e435a7dbafeb3c06e51c13cae4d5413691e529aaf2c002b0003020304000d0020001e040305030603020308040805080604010501060102010402050206020202002d00020101001c00024001',
);
const SH = fromHex(
  '020000560303a6af06a4121860dc5e6e60249cd34c95930c8ac5cb1434dac155772ed3e2692800130100002e00330024001d0020c9828876112095fe66762bdbf7c672e156d6cc253b833df1dd69b1b04e751f0f002b00020304',
);
const EE = fromHex(
  '080000240022000a00140012001d00170018001901000101010201030104001c0002400100000000',
);
const CERT = fromHex(
  '0b0001b9000001b50001b0308201ac30820115a003020102020102300d06092a864886f70d01010b0500300e310c300a06035504031303727361301e170d3136303733303031323335395a170d3236303733303031323335395a300e310c300a0603550403130372736130819f300d06092a864886f70d010101050003818d0030818902818100b4bb498f8279303d980836399b36c6988c0c68de55e1bdb826d3901a2461eafd2de49a91d015abbc9a95137ace6c1af19eaa6af98c7ced43120998e187a80ee0ccb0524b1b018c3e0b63264d449a6d38e22a5fda430846748030530ef0461c8ca9d9efbfae8ea6d1d03e2bd193eff0ab9a8002c47428a6d35a8d88d79f7f1e3f0203010001a31a301830090603551d1304023000300b0603551d0f0404030205a0300d06092a864886f70d01010b05000381810085aad2a0e5b9276b908c65f73a7267170618a54c5f8a7b337d2df7a594365417f2eae8f8a58c8f8172f9319cf36b7fd6c55b80f21a03015156726096fd335e5e67f2dbf102702e608ccae6bec1fc63a42a99be5c3eb7107c3c54e9b9eb2bd5203b1c3b84e0a8b2f759409ba3eac9d91d402dcc0cc8f8961229ac9187b42b4de10000',
);
const CV = fromHex(
  '0f000084080400805a747c5d88fa9bd2e55ab085a61015b7211f824cd484145ab3ff52f1fda8477b0b7abc90db78e2d33a5c141a078653fa6bef780c5ea248eeaaa785c4f394cab6d30bbe8d4859ee511f602957b15411ac027671459e46445c9ea58c181e818e95b8c3fb0bf3278409d3be152a3da5043e063dda65cdf5aea20d53dfacd42f74f3',
);
const SF = fromHex('140000209b9b141d906337fbd2cbdce71df4deda4ab42c309572cb7fffee5454b78f0718');
const ECDHE = fromHex('8bd4054fb55b9d63fdfbacf9f04b9f0d35e6d63f537563efd46272900f89492d');

describe('decoding the RFC 8448 §3 trace', () => {
  it('reads ClientHello and ServerHello, and their transcript hash matches the trace', async () => {
    const ch = decodeClientHello(CH);
    expect(ch.cipherSuites).toEqual([0x1301, 0x1303, 0x1302]);
    expect(ch.supportedVersions).toEqual([TLS13]);
    expect(ch.keyShares).toHaveLength(1);
    expect(ch.keyShares[0]?.group).toBe(0x001d); // x25519
    expect(toHex(ch.keyShares[0]?.keyExchange ?? new Uint8Array())).toBe(
      '99381de560e4bd43d23d8e435a7dbafeb3c06e51c13cae4d5413691e529aaf2c',
    );
    expect(ch.signatureAlgorithms).toContain(SIGNATURE_SCHEME.rsa_pss_rsae_sha256);
    const sh = decodeServerHello(SH);
    expect(sh.cipherSuite).toBe(0x1301);
    expect(sh.selectedVersion).toBe(TLS13);
    expect(toHex(sh.random)).toBe(
      'a6af06a4121860dc5e6e60249cd34c95930c8ac5cb1434dac155772ed3e26928',
    );
    expect(toHex(await digest('SHA-256', concat(CH, SH)))).toBe(
      '860c06edc07858ee8e78f0e7428c58edd6b43f2ca3e6e95f02ed063cf0e1cad8',
    );
  });

  it('verifies the trace server CertificateVerify (RSA-PSS) and Finished', async () => {
    expect(decodeEncryptedExtensions(EE).size).toBe(3);
    const cert = decodeCertificate(CERT);
    expect(cert.certificates).toHaveLength(1);
    const cv = decodeCertificateVerify(CV);
    expect(cv.algorithm).toBe(SIGNATURE_SCHEME.rsa_pss_rsae_sha256);
    const leaf = cert.certificates[0] ?? new Uint8Array();
    const th = await digest('SHA-256', concat(CH, SH, EE, CERT));
    const content = certificateVerifyContent('server', th);
    const good = await verifyCertificateVerify(leaf, cv.algorithm, cv.signature, content);
    expect(good.ok).toBe(true);
    const wrongSide = certificateVerifyContent('client', th);
    expect((await verifyCertificateVerify(leaf, cv.algorithm, cv.signature, wrongSide)).ok).toBe(
      false,
    );

    const secrets = await deriveHandshakeSecrets(
      'SHA-256',
      ECDHE,
      await digest('SHA-256', concat(CH, SH)),
    );
    const expected = await finishedVerifyData(
      'SHA-256',
      secrets.serverHandshakeTrafficSecret,
      await digest('SHA-256', concat(CH, SH, EE, CERT, CV)),
    );
    expect(toHex(decodeFinished(SF, 32))).toBe(toHex(expected));
  });
});

describe('encoding', () => {
  it('round-trips our ClientHello and lays out the header, version and random', () => {
    const hello = {
      random: new Uint8Array(32).fill(7),
      sessionId: new Uint8Array(0),
      cipherSuites: [0x1301],
      supportedVersions: [TLS13],
      supportedGroups: [SECP256R1],
      signatureAlgorithms: [0x0403, 0x0804],
      keyShares: [{ group: SECP256R1, keyExchange: new Uint8Array(65).fill(4) }],
    };
    const bytes = encodeClientHello(hello);
    expect(bytes[0]).toBe(1);
    expect((bytes[1] ?? 0) * 65536 + (bytes[2] ?? 0) * 256 + (bytes[3] ?? 0)).toBe(
      bytes.length - 4,
    );
    expect(toHex(bytes.subarray(4, 6))).toBe('0303');
    expect(toHex(bytes.subarray(6, 38))).toBe('07'.repeat(32));
    expect(decodeClientHello(bytes)).toEqual(hello);
  });

  it('round-trips ServerHello, CertificateRequest and Certificate', () => {
    const sh = {
      random: new Uint8Array(32).fill(9),
      sessionId: new Uint8Array(0),
      cipherSuite: 0x1302,
      selectedVersion: TLS13,
      keyShare: { group: SECP256R1, keyExchange: new Uint8Array(65).fill(4) },
    };
    expect(decodeServerHello(encodeServerHello(sh))).toEqual(sh);
    const cr = { context: new Uint8Array(0), signatureAlgorithms: [0x0403] };
    expect(decodeCertificateRequest(encodeCertificateRequest(cr))).toEqual(cr);
    const c = {
      context: new Uint8Array(0),
      certificates: [fromHex('3003020101'), fromHex('300100')],
    };
    expect(decodeCertificate(encodeCertificate(c))).toEqual(c);
    expect(
      decodeCertificate(encodeCertificate({ context: new Uint8Array(0), certificates: [] })),
    ).toEqual({ context: new Uint8Array(0), certificates: [] });
  });

  it('rejects truncated bytes, the wrong type and duplicate extensions', () => {
    expect(() => decodeServerHello(SH.subarray(0, SH.length - 1))).toThrow(DecodeError);
    expect(() => decodeServerHello(CH)).toThrow(TlsAlert);
    // Duplicate the supported_versions extension in the trace ServerHello.
    const dup = concat(
      fromHex('0200005c0303'),
      SH.subarray(6, 6 + 32 + 1 + 2 + 1),
      fromHex('0034'),
      SH.subarray(6 + 32 + 1 + 2 + 1 + 2),
      fromHex('002b00020304'),
    );
    expect(() => decodeServerHello(dup)).toThrowError(/twice/);
  });
});
