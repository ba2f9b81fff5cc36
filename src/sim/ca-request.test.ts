import { describe, expect, it } from 'vitest';
import { createCertificateRequest, ISTIO_CA_RETRY, istioRetryBackoffMs } from './ca-request';
import { CSR_RETRY_INITIAL_MS, CSR_RETRY_MAX_MS } from './config';
import { story } from './testing/story';

describe('the CreateCertificate request pilot-agent sends', () => {
  it('asks for SECRET_TTL in seconds, not the issued certificate’s notAfter - notBefore', async () => {
    const sim = await story().pod('production/order-1', 'order-sa');
    const cert = sim.proxies.get('production/order-1')!.current!;
    const req = createCertificateRequest(
      '-----BEGIN CERTIFICATE REQUEST-----',
      'jwt',
      sim.config.certTtlMs,
    );
    expect(req.body.validity_duration).toBe(86400);
    expect((cert.notAfter - cert.notBefore) / 1000).toBe(86400 + 120);
    expect(req.body.metadata).toEqual({ CertSigner: '' });
    expect(req.headers).toEqual({ authorization: 'Bearer jwt', ClusterID: 'Kubernetes' });
  });

  it('keeps Istio’s retry figures beside the simulator’s slower choice', () => {
    expect([1, 2, 3, 4, 5].map(istioRetryBackoffMs)).toEqual([100, 200, 400, 800, 1600]);
    expect(ISTIO_CA_RETRY.maxRetries).toBe(5);
    expect([CSR_RETRY_INITIAL_MS, CSR_RETRY_MAX_MS]).toEqual([1000, 300000]);
  });
});
