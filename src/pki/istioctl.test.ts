import {
  BasicConstraintsExtension,
  KeyUsageFlags,
  KeyUsagesExtension,
  SubjectAlternativeNameExtension,
  X509CertificateGenerator,
} from '@peculiar/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderProxyConfigSecretTable, sdsSecretRows, tabwrite } from './istioctl';

const EC = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
let leaf: Uint8Array;
let root: Uint8Array;

beforeAll(async () => {
  const subtle = globalThis.crypto.subtle;
  const rootKeys = (await subtle.generateKey(EC, true, ['sign', 'verify'])) as CryptoKeyPair;
  const leafKeys = (await subtle.generateKey(EC, true, ['sign', 'verify'])) as CryptoKeyPair;
  const rootCert = await X509CertificateGenerator.createSelfSigned({
    serialNumber: '00f3',
    name: 'O=cluster.local',
    keys: rootKeys,
    notBefore: new Date('2025-12-10T00:00:00Z'),
    notAfter: new Date('2035-12-08T00:00:00Z'),
    signingAlgorithm: EC,
    extensions: [
      new BasicConstraintsExtension(true, undefined, true),
      new KeyUsagesExtension(KeyUsageFlags.keyCertSign, true),
    ],
  });
  const leafCert = await X509CertificateGenerator.create({
    serialNumber: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
    subject: '',
    issuer: 'O=cluster.local',
    notBefore: new Date('2025-12-09T23:58:00Z'),
    notAfter: new Date('2025-12-11T00:00:00Z'),
    signingAlgorithm: EC,
    publicKey: leafKeys.publicKey,
    signingKey: rootKeys.privateKey,
    extensions: [
      new BasicConstraintsExtension(false, undefined, true),
      new SubjectAlternativeNameExtension(
        [{ type: 'url', value: 'spiffe://cluster.local/ns/prod/sa/order-sa' }],
        true,
      ),
    ],
  });
  leaf = new Uint8Array(leafCert.rawData);
  root = new Uint8Array(rootCert.rawData);
});

describe('sdsSecretRows', () => {
  it('builds the default and ROOTCA rows from the certificates', () => {
    const rows = sdsSecretRows({
      defaultChain: [leaf, root],
      rootBundle: [root],
      at: new Date('2025-12-10T12:00:00Z'),
    });
    expect(rows).toEqual([
      {
        resourceName: 'default',
        type: 'Cert Chain',
        status: 'ACTIVE',
        validCert: true,
        serialNumber: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
        notAfter: '2025-12-11T00:00:00Z',
        notBefore: '2025-12-09T23:58:00Z',
        trustDomain: 'cluster.local',
      },
      {
        resourceName: 'ROOTCA',
        type: 'CA',
        status: 'ACTIVE',
        validCert: true,
        serialNumber: '000000000000000000000000000000f3',
        notAfter: '2035-12-08T00:00:00Z',
        notBefore: '2025-12-10T00:00:00Z',
      },
    ]);
  });

  it('marks an expired certificate invalid (bounds exclusive) and warming secrets WARMING', () => {
    const at = new Date('2025-12-11T00:00:00Z');
    const [row] = sdsSecretRows({ defaultChain: [leaf], at, warming: true });
    expect(row).toMatchObject({ validCert: false, status: 'WARMING' });
    expect(sdsSecretRows({ at })).toEqual([]);
  });
});

describe('renderProxyConfigSecretTable', () => {
  it('prints the seven columns aligned like Go tabwriter (padding 5)', () => {
    const rows = sdsSecretRows({
      defaultChain: [leaf],
      rootBundle: [root],
      at: new Date('2025-12-10T12:00:00Z'),
    });
    expect(renderProxyConfigSecretTable(rows)).toBe(
      [
        'RESOURCE NAME     TYPE           STATUS     VALID CERT     SERIAL NUMBER                        NOT AFTER                NOT BEFORE',
        'default           Cert Chain     ACTIVE     true           0a1b2c3d4e5f60718293a4b5c6d7e8f9     2025-12-11T00:00:00Z     2025-12-09T23:58:00Z',
        'ROOTCA            CA             ACTIVE     true           000000000000000000000000000000f3     2035-12-08T00:00:00Z     2025-12-10T00:00:00Z',
        '',
      ].join('\n'),
    );
  });

  it('adds TRUST DOMAIN only when every row has one, and says so when empty', () => {
    const rows = sdsSecretRows({ defaultChain: [leaf], at: new Date('2025-12-10T12:00:00Z') });
    const table = renderProxyConfigSecretTable(rows);
    expect(table.split('\n')[0]).toMatch(/NOT BEFORE {15}TRUST DOMAIN$/);
    expect(table.split('\n')[1]).toMatch(/2025-12-09T23:58:00Z {5}cluster\.local$/);
    expect(renderProxyConfigSecretTable([])).toBe('No secret items to show.\n');
  });

  it('tabwrite pads each column to its widest cell plus 5, leaving the last cell alone', () => {
    expect(
      tabwrite([
        ['a', 'bb', 'c'],
        ['ccc', 'd', 'eeee'],
      ]),
    ).toBe('a       bb     c\nccc     d      eeee\n');
  });
});
