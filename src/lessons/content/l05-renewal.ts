import { callResult, firstOf, hours } from '../observe';
import type { Lesson } from '../types';
import { callChoices, choice, freePlay, pay, tx } from './common';

const ORDER = 'production/order-1';
/** The lesson files' simulated start (SCENARIO-FORMAT's default `mesh.start`). */
const START = Date.parse('2025-12-10T00:00:00Z');

/** Lesson 5: automatic renewal at 75%, and an istiod outage (SEED-NOTES §5). */
export const lesson05: Lesson = {
  id: '05',
  file: '05-renewal.yaml',
  title: tx('인증서 자동 갱신', 'Automatic renewal'),
  summary: tx(
    '24시간 인증서를 75% 시점에 무중단으로 갱신합니다. istiod 장애가 길어지면 어떻게 되는지도 봅니다.',
    'A 24-hour certificate renewed at 75% without downtime, and what a long istiod outage does.',
  ),
  steps: [
    {
      id: 'gauge',
      title: tx('수명 게이지', 'The lifetime gauge'),
      text: tx(
        'order-1의 인증서는 24시간 유효합니다. 게이지의 눈금은 갱신 시점입니다. 시간은 빠르게 흐르게 할 수 있습니다.',
        "order-1's certificate is valid for 24 hours. The notch on its gauge marks the renewal point. We can make time run fast.",
      ),
      highlight: { pod: ORDER, tab: 'pod' },
    },
    {
      id: 'predict-renewal',
      title: tx('예측: 언제 갱신할까', 'Predict: when does it renew?'),
      text: tx(
        '시간을 앞으로 보냅니다. 답을 고른 뒤 order-1의 게이지와 눈금을 지켜보세요.',
        'Time runs forward. Choose your answer, then watch order-1’s gauge and its notch.',
      ),
      actions: [{ wait: '17h59m59s' }, { wait: '1s' }],
      highlight: { pod: ORDER, tab: 'pod' },
      checkpoint: {
        id: 'renew-hour',
        question: tx(
          'order-1은 발급 후 몇 시간에 새 인증서를 받을까요?',
          'How many hours after issuance does order-1 get its next certificate?',
        ),
        answer: '18',
        observe: (events) => {
          const rotated = firstOf(events, 'cert.rotated', ORDER);
          return rotated ? String(hours(rotated.t - START)) : undefined;
        },
        choices: [
          choice(
            '12',
            tx('12시간 (50%)', '12 hours (50%)'),
            tx(
              '실제 Istio의 기본값입니다. 이 강의는 자료대로 75%를 씁니다.',
              'That is real Istio’s default. This lesson follows the material: 75%.',
            ),
          ),
          choice(
            '18',
            tx('18시간 (75%)', '18 hours (75%)'),
            tx(
              '24시간의 75% = 18시간, 만료 6시간 전입니다. 여유가 충분합니다.',
              '75% of 24 hours is 18 hours: six hours before expiry, an ample margin.',
            ),
          ),
          choice(
            '24',
            tx('24시간 (만료될 때)', '24 hours (at expiry)'),
            tx(
              '만료 순간에 갱신하면 여유가 없습니다. 갱신은 만료 전에 합니다.',
              'Renewing at the moment of expiry leaves no margin; renewal happens before.',
            ),
          ),
        ],
      },
    },
    {
      id: 'no-downtime',
      title: tx('무중단 교체', 'Switched without downtime'),
      text: tx(
        '새 키로 새 CSR을 보내고, 새 인증서가 도착한 뒤에야 교체합니다. 그동안 옛 인증서가 계속 일합니다. order-1이 payment를 호출합니다.',
        'A new key, a new CSR; the new certificate is switched in only once it has arrived, and the old one serves until then. order-1 calls payment.',
      ),
      actions: [pay(ORDER)],
      highlight: { tab: 'log' },
    },
    {
      id: 'outage',
      title: tx('istiod 장애', 'istiod goes down'),
      text: tx(
        '17시간 뒤(35시)에 istiod가 멈춥니다. 다음 갱신은 36시, 지금 인증서는 42시에 만료됩니다.',
        'Seventeen hours later (hour 35) istiod stops. The next renewal is due at hour 36; the current certificate ends at hour 42.',
      ),
      actions: [{ wait: '17h' }, { istiod: 'down' }],
      highlight: { pod: ORDER, tab: 'pod' },
    },
    {
      id: 'predict-41',
      title: tx('예측: 41시의 호출', 'Predict: a call at hour 41'),
      text: tx(
        '6시간이 지나 41시입니다. 갱신은 5시간째 실패하고 있습니다. order-1이 payment를 호출합니다.',
        'Six hours pass: hour 41. Renewal has failed for five hours. order-1 calls payment.',
      ),
      actions: [{ wait: '6h' }, pay(ORDER)],
      highlight: { pod: ORDER, tab: 'handshake' },
      checkpoint: {
        id: 'call-41',
        question: tx('결과는?', 'The result?'),
        answer: 'allowed',
        observe: callResult,
        choices: callChoices({
          allowed: tx(
            '옛 인증서는 42시까지 유효합니다. 75% 갱신이 남겨 둔 6시간이 바로 이 여유입니다.',
            'The old certificate is valid until hour 42: the six hours that renewing at 75% leaves are this margin.',
          ),
          denied: tx(
            '정책은 없습니다. 인증서가 아직 유효하므로 호출은 통과합니다.',
            'There is no policy, and the certificate is still valid, so the call goes through.',
          ),
          failed: tx(
            '갱신 실패는 아직 문제가 아닙니다. 인증서는 42시까지 유효합니다.',
            'A failed renewal is not yet a problem: the certificate is valid until hour 42.',
          ),
        }),
      },
    },
    {
      id: 'predict-42',
      title: tx('예측: 42시 1초', 'Predict: hour 42 and one second'),
      text: tx(
        '1시간 1초를 더 보냅니다. 다시 호출합니다.',
        'One hour and one second more. Another call.',
      ),
      actions: [{ wait: '1h1s' }, pay(ORDER)],
      highlight: { pod: ORDER, tab: 'handshake' },
      checkpoint: {
        id: 'call-42',
        question: tx('결과는?', 'The result?'),
        answer: 'failed',
        observe: callResult,
        choices: callChoices({
          allowed: tx(
            '두 인증서 모두 만료되었습니다. 만료된 인증서로는 핸드셰이크가 성공하지 않습니다.',
            'Both certificates have expired, and no handshake succeeds with an expired certificate.',
          ),
          denied: tx(
            '403은 연결이 된 뒤 정책이 거부할 때입니다. 여기서는 연결 자체가 안 됩니다.',
            '403 means a connection was made and a policy refused. Here there is no connection at all.',
          ),
          failed: tx(
            '만료된 인증서는 검증에 실패하고 핸드셰이크가 끊깁니다.',
            'An expired certificate fails validation and the handshake breaks off.',
          ),
        }),
      },
    },
    {
      id: 'recovery',
      title: tx('istiod 복구', 'istiod is back'),
      text: tx(
        'istiod가 돌아오면 다음 재시도에서 새 인증서를 받고, 호출이 다시 됩니다.',
        'Once istiod is back, the next retry gets a new certificate and calls work again.',
      ),
      realIstio: tx(
        '재시도 간격(1초부터 두 배, 최대 5분)은 이 시뮬레이터의 선택입니다.',
        'The retry schedule here (1 s doubling, at most 5 minutes) is this simulator’s choice.',
      ),
      actions: [{ istiod: 'up' }, { wait: '5m' }, pay(ORDER)],
      highlight: { tab: 'log' },
    },
    freePlay(
      'free',
      tx(
        '재생 속도를 하루/초로 올리고 타임라인에 갱신 눈금이 쌓이는 것을 보세요. 실제 Istio 프리셋으로 바꾸면 50%에서 갱신합니다.',
        'Set the speed to one day per second and watch renewals tick on the timeline. Switch to the Real Istio preset to renew at 50%.',
      ),
    ),
  ],
};
