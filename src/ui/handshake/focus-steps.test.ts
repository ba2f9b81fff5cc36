import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n';
import { describeCheck } from '../../i18n/engine';
import { performCall } from '../../sim/mesh/call';
import { allowOrderOnly, story } from '../../sim/testing/story';
import { focusSteps } from './focus-steps';
import { describeStep } from './step-sentence';

const mesh = () =>
  story()
    .pod('production/order-1', 'order-sa', { labels: { app: 'order' } })
    .pod('production/payment-1', 'pay-sa', { labels: { app: 'payment' } })
    .apply(allowOrderOnly);

const en = translator('en');
const ko = translator('ko');
const call = { from: 'production/order-1', to: 'production/payment-1' };

describe('the focus mode’s steps', () => {
  it('walks the real messages in wire order, then the principal, the verdict last', async () => {
    const record = await performCall(await mesh(), call);
    const steps = focusSteps(record);
    const types = steps.map((s) => (s.kind === 'message' ? s.message.type : s.kind));
    expect(types.slice(0, 2)).toEqual(['ClientHello', 'ServerHello']);
    expect(types.slice(-2)).toEqual(['principal', 'verdict']);
    expect(steps.filter((s) => s.kind === 'message' && s.failed)).toEqual([]);
  });

  it('says who proves what with the names and SANs from the record', async () => {
    const record = await performCall(await mesh(), call);
    const messages = record.handshake!.messages;
    const verify = messages.find((m) => m.type === 'CertificateVerify' && m.from === 'server')!;
    expect(describeStep(record, verify, en)).toEqual({
      says: 'payment-1 proves it holds pay-sa’s private key by signing the handshake so far. order-1 checks the signature with the public key in that certificate.',
      outcome: 'order-1 accepts it.',
    });
    const cert = messages.find((m) => m.type === 'Certificate' && m.from === 'client')!;
    expect(describeStep(record, cert, en).says).toContain(
      'spiffe://cluster.local/ns/production/sa/order-sa',
    );
    expect(describeStep(record, cert, ko).says).toMatch(/^order-1이 spiffe:\/\/.*order-sa를 담은/);
  });

  it('ends a failed handshake at its alert, named as the failing message', async () => {
    const sim = await mesh().istiod('down').advance('25h');
    const record = await performCall(sim, call);
    const steps = focusSteps(record);
    const last = steps.at(-2);
    expect(last?.kind === 'message' && last.message.type).toBe('Alert');
    expect(last?.kind === 'message' && last.failed).toBe(true);
    expect(steps.at(-1)).toEqual({ kind: 'verdict' });
    const rejected = last?.kind === 'message' ? steps.at(-3) : undefined;
    expect(rejected?.kind === 'message' && describeStep(record, rejected.message, ko).outcome).toBe(
      'order-1이 거부합니다: 서버 인증서 체인 검증: expired: 검사한 시점에 인증서의 notAfter가 지났습니다.',
    );
  });

  it('says what the application records prove in the reader’s language', async () => {
    const record = await performCall(await mesh(), call);
    const data = record.handshake!.messages.filter((m) => m.type === 'ApplicationData');
    expect(data.map((m) => describeCheck(m.checks[0]!, ko).name)).toEqual([
      '클라이언트의 애플리케이션 키로 AES-GCM 레코드가 열림',
      '서버의 애플리케이션 키로 AES-GCM 레코드가 열림',
    ]);
    expect(describeCheck(data[0]!.checks[0]!, ko).detail).toMatch(
      /^서버가 레코드 0번을 복호화함 \(TLS_AES_128_GCM_SHA256\)$/,
    );
  });
});
