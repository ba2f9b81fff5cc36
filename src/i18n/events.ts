import type { TimedEvent } from '../sim/events';
import type { Language } from '../store/state';

const short = (s: string) => s.slice(0, 8);
const iso = (t: number) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');

/** One event in plain words, in the chosen language. */
export function describeEvent(e: TimedEvent, lang: Language): string {
  const ko = lang === 'ko';
  switch (e.type) {
    case 'pod.started':
      return ko
        ? `${e.pod} 시작: IP ${e.ip}, 노드 ${e.node}, ServiceAccount ${e.serviceAccount}`
        : `${e.pod} started: IP ${e.ip} on ${e.node}, ServiceAccount ${e.serviceAccount}`;
    case 'pod.deleted':
      return ko ? `${e.pod} 삭제 (IP ${e.ip} 반환)` : `${e.pod} deleted (IP ${e.ip} freed)`;
    case 'container.restarted':
      return ko
        ? `${e.pod}: ${e.container} 컨테이너 재시작 (${e.restarts}번째). 같은 Pod, 같은 IP ${e.ip}, 새 키와 인증서`
        : `${e.pod}: container ${e.container} restarted (restart ${e.restarts}); same pod and IP ${e.ip}, new key and certificate`;
    case 'token.mounted':
      return ko
        ? `${e.pod}: ${e.path}에 토큰 마운트 (audience ${e.audience})`
        : `${e.pod}: token mounted at ${e.path} (audience ${e.audience})`;
    case 'csr.sent':
      return ko
        ? `${e.pod}: CreateCertificate 호출, ${e.keyAlgorithm} 키의 CSR + 토큰${e.attempt > 1 ? ` (${e.attempt}번째 시도)` : ''}`
        : `${e.pod}: CreateCertificate with a CSR for a ${e.keyAlgorithm} key + token${e.attempt > 1 ? ` (attempt ${e.attempt})` : ''}`;
    case 'csr.retry':
      return ko
        ? `${e.pod}: ${e.reason}; ${iso(e.retryAt)}에 재시도`
        : `${e.pod}: ${e.reason}; retry at ${iso(e.retryAt)}`;
    case 'token.reviewed':
      return e.authenticated
        ? ko
          ? `${e.pod}: TokenReview 통과, ${e.username}`
          : `${e.pod}: TokenReview authenticated ${e.username}`
        : ko
          ? `${e.pod}: TokenReview 실패: ${e.error ?? ''}`
          : `${e.pod}: TokenReview refused: ${e.error ?? ''}`;
    case 'cert.issued':
      return ko
        ? `${e.pod}: 인증서 발급 ${e.spiffeId} (일련번호 ${short(e.serial)}…)`
        : `${e.pod}: certificate issued for ${e.spiffeId} (serial ${short(e.serial)}…)`;
    case 'csr.rejected':
      return ko ? `${e.pod}: 발급 거부: ${e.reason}` : `${e.pod}: issuance refused: ${e.reason}`;
    case 'cert.installed':
      return ko
        ? `${e.pod}: 인증서를 메모리에 보관 (SDS default), ${iso(e.renewAt)}에 갱신`
        : `${e.pod}: certificate in memory (SDS default), renewal at ${iso(e.renewAt)}`;
    case 'cert.rotated':
      return ko
        ? `${e.pod}: 무중단 갱신 ${short(e.oldSerial)}… → ${short(e.newSerial)}…`
        : `${e.pod}: rotated without downtime ${short(e.oldSerial)}… → ${short(e.newSerial)}…`;
    case 'cert.expired':
      return ko
        ? `${e.pod}: 인증서 만료 (일련번호 ${short(e.serial)}…)`
        : `${e.pod}: certificate expired (serial ${short(e.serial)}…)`;
    case 'istiod.down':
      return ko
        ? 'istiod 중단: 인증서를 발급할 수 없음'
        : 'istiod down: no certificates can be issued';
    case 'istiod.up':
      return ko ? 'istiod 재가동' : 'istiod back up';
    case 'apply.ignored':
      return ko
        ? `${e.resource}: 모델링하지 않는 필드 무시 (${e.fields.join(', ')})`
        : `${e.resource}: fields not modelled, ignored (${e.fields.join(', ')})`;
    case 'apply.failed':
      return ko
        ? `${e.resource}: 적용 실패: ${e.reason}`
        : `${e.resource}: not applied: ${e.reason}`;
    case 'call': {
      const result = ko ? { allowed: '허용', denied: '거부', failed: '실패' }[e.result] : e.result;
      const tail = [e.peer && `principal ${e.peer}`, e.policy, e.reason]
        .filter(Boolean)
        .join(' · ');
      return `${e.from} → ${e.to}: ${result}${e.status ? ` ${e.status}` : ''}${tail ? ` (${tail})` : ''}`;
    }
    case 'attack':
      if (e.kind === 'impersonated-server' && e.result === 'failed')
        return ko
          ? `impersonated-server ${e.from} → ${e.to}: 실패. 클라이언트 사이드카가 서버 신원을 거부했습니다 (secure naming)${e.reason ? ` (${e.reason})` : ''}`
          : `impersonated-server ${e.from} → ${e.to}: failed. The client's sidecar refused the server's identity (secure naming)${e.reason ? ` (${e.reason})` : ''}`;
      return `${e.kind} ${e.from}${e.to ? ` → ${e.to}` : ''}: ${e.result}${e.reason ? ` (${e.reason})` : ''}`;
    case 'expect':
      return `${e.ok ? '✓' : '✗'} ${e.message}`;
    default: {
      const { t: _t, type: _type, ...rest } = e as TimedEvent & Record<string, unknown>;
      return Object.entries(rest)
        .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
        .join(' ');
    }
  }
}
