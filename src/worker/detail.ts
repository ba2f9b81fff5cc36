import { renderProxyConfigSecretTable, sdsSecretRows } from '../pki/istioctl';
import { renderOpensslText } from '../pki/openssl-text';
import { toPem } from '../pki/pem';
import { decodeToken, ISTIO_CA_AUDIENCE, ISTIO_TOKEN_PATH } from '../sim/apiserver';
import { CREATE_CERTIFICATE_RPC, ISTIOD_CA_ADDRESS } from '../sim/istiod';
import type { Simulation } from '../sim/simulation';
import type { PodDetail } from './protocol';

/**
 * The issuance artefacts and certificate views of one pod: its projected token decoded, the
 * latest CSR, the TokenReview status, the chain with `openssl x509 -text` renderings, and the
 * `istioctl proxy-config secret` rows. All ASN.1 work happens here, in the worker.
 */
export function podDetail(sim: Simulation, key: string): PodDetail {
  const proxy = sim.proxies.get(key);
  if (!proxy) throw new Error(`pods "${key}" not found`);
  // The root of the pod's own cluster: its istiod signed the chain.
  const { root } = sim.planeOf(proxy.pod).istiod;
  const detail: PodDetail = {
    pod: key,
    chainPem: [],
    rootPem: toPem(root.certDer),
    rootOpenssl: renderOpensslText(root.certDer),
    sdsRows: [],
    rpc: CREATE_CERTIFICATE_RPC,
    caAddress: ISTIOD_CA_ADDRESS,
  };
  if (proxy.token) {
    const { header, claims } = decodeToken(proxy.token.token);
    detail.token = {
      jwt: proxy.token.token,
      header,
      claims,
      path: ISTIO_TOKEN_PATH,
      audience: proxy.token.audience ?? ISTIO_CA_AUDIENCE,
    };
  }
  const trace = proxy.trace;
  if (trace) {
    detail.attempt = trace.attempt;
    if (trace.csr) detail.csrPem = toPem(trace.csr, 'CERTIFICATE REQUEST');
    if (trace.review) detail.review = trace.review;
    if (trace.spiffeId) detail.spiffeId = trace.spiffeId;
    if (trace.requestedSans) detail.csrSans = trace.requestedSans;
    if (trace.error) detail.error = trace.error;
    if (trace.why) detail.why = trace.why;
  }
  const cert = proxy.current;
  if (cert) {
    detail.chainPem = cert.chain.map((der) => toPem(der));
    const leaf = cert.chain[0];
    if (leaf) detail.openssl = renderOpensslText(leaf);
    const intermediate = cert.chain.length > 2 ? cert.chain[1] : undefined;
    if (intermediate) detail.intermediateOpenssl = renderOpensslText(intermediate);
    detail.renewAt = cert.renewAt;
    detail.notAfter = cert.notAfter;
    detail.spiffeId ??= cert.spiffeId;
  }
  detail.sdsRows = sdsSecretRows({
    ...(cert ? { defaultChain: cert.chain } : {}),
    rootBundle: proxy.trustBundle,
    at: new Date(sim.now),
  });
  detail.sdsTable = renderProxyConfigSecretTable(detail.sdsRows as never);
  return detail;
}
