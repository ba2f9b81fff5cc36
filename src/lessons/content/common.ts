import type { Choice, LessonStep, ScenarioStep, Text } from '../types';

/** A sentence in both languages: Korean first, as the course's readers mostly are. */
export const tx = (ko: string, en: string): Text => ({ ko, en });

/** A choice of a checkpoint. */
export const choice = (id: string, label: Text, explain: Text): Choice => ({ id, label, explain });

/** A Pod manifest as the lesson files write them. */
export function pod(
  namespace: string,
  name: string,
  app: string,
  opts: { sa?: string; node?: string; image?: string } = {},
): Record<string, unknown> {
  const spec: Record<string, unknown> = {};
  if (opts.sa) spec.serviceAccountName = opts.sa;
  if (opts.node) spec.nodeName = opts.node;
  spec.containers = [{ name: app, image: opts.image ?? `${app}:latest` }];
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace, labels: { app } },
    spec,
  };
}

/** A ServiceAccount manifest. */
export const serviceAccount = (namespace: string, name: string) => ({
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  metadata: { name, namespace },
});

/** An ALLOW AuthorizationPolicy on `app=<app>` with one rule on principals. */
export function allowPrincipals(
  namespace: string,
  name: string,
  app: string,
  principals: string[],
  explicitAction = false,
): Record<string, unknown> {
  return {
    apiVersion: 'security.istio.io/v1',
    kind: 'AuthorizationPolicy',
    metadata: { name, namespace },
    spec: {
      selector: { matchLabels: { app } },
      ...(explicitAction ? { action: 'ALLOW' } : {}),
      rules: [{ from: [{ source: { principals } }] }],
    },
  };
}

/** `POST /pay` from one workload to another. */
export const pay = (from: string, to = 'production/payment-1'): ScenarioStep => ({
  call: { from, to, method: 'POST', path: '/pay' },
});

/** The three outcomes of a call, explained for one situation. */
export function callChoices(explain: { allowed: Text; denied: Text; failed: Text }): Choice[] {
  return [
    choice('allowed', tx('허용 (HTTP 200)', 'Allowed (HTTP 200)'), explain.allowed),
    choice('denied', tx('거부 (HTTP 403)', 'Denied (HTTP 403)'), explain.denied),
    choice(
      'failed',
      tx('연결 실패 (핸드셰이크 실패)', 'No connection (handshake fails)'),
      explain.failed,
    ),
  ];
}

/** The closing step of every lesson: the sandbox is the learner's. */
export function freePlay(id: string, ideas: Text): LessonStep {
  return {
    id,
    title: tx('자유롭게 해 보기', 'Free play'),
    text: ideas,
    freePlay: true,
  };
}
