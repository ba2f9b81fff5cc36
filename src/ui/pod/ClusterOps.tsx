import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { replicasProblem } from '../../sim/limits';
import { runOp } from '../../store/actions';
import { useApp, useAppShallow } from '../../store/hooks';
import { CreatePodForm } from './CreatePodForm';

const EXAMPLE = `apiVersion: v1
kind: ServiceAccount
metadata: {name: inventory-sa, namespace: production}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: inventory, namespace: production}
spec:
  replicas: 1
  template:
    metadata: {labels: {app: inventory}}
    spec:
      serviceAccountName: inventory-sa
      containers: [{name: inventory, image: "inventory:1"}]
`;
let draft = EXAMPLE;

/** kubectl-style changes: apply YAML, create a pod, scale Deployments, istiod down/up. */
export function ClusterOps() {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(draft);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const up = useApp((s) => s.snapshot?.istiod.up ?? true);
  const deployments = useAppShallow((s) => s.snapshot?.deployments ?? []);
  const apply = async () => {
    const result = await runOp({ kind: 'apply', yaml: text });
    setMessage(
      result.ok
        ? { ok: true, text: t('ops.applied', { notes: (result.notes ?? []).join('; ') }) }
        : { ok: false, text: t('ops.error', { message: result.error ?? '' }) },
    );
  };
  return (
    <div className="card stack">
      <h2>{t('ops.title')}</h2>
      <div className="row">
        <button type="button" onClick={() => void runOp({ kind: 'istiod', up: !up })}>
          {up ? t('ops.istiodDown') : t('ops.istiodUp')}
        </button>
      </div>
      {deployments.map((d) => (
        <Scale
          key={`${d.namespace}/${d.name}`}
          ns={d.namespace}
          name={d.name}
          replicas={d.replicas}
        />
      ))}
      <CreatePodForm />
      <label htmlFor={`${id}-yaml`}>{t('ops.yaml')}</label>
      <textarea
        id={`${id}-yaml`}
        className="code"
        rows={10}
        value={text}
        spellCheck={false}
        aria-describedby={`${id}-msg`}
        aria-invalid={message && !message.ok ? true : undefined}
        onChange={(e) => {
          draft = e.target.value;
          setText(e.target.value);
        }}
      />
      <div
        id={`${id}-msg`}
        role="status"
        className={message ? (message.ok ? 'ok-text' : 'error-text') : ''}
      >
        {message?.text}
      </div>
      <div>
        <button type="button" className="primary" onClick={() => void apply()}>
          {t('ops.apply')}
        </button>
      </div>
    </div>
  );
}

/** The field's text as YAML would read it: a number when it looks like one, else the string. */
function replicasFrom(text: string): unknown {
  const trimmed = text.trim();
  return /^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : trimmed;
}

function Scale({ ns, name, replicas }: { ns: string; name: string; replicas: number }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(String(replicas));
  const value = replicasFrom(text);
  const problem = replicasProblem(value);
  return (
    <div className="stack">
      <div className="row">
        <label className="row">
          {t('pod.scale', { name: `${ns}/${name}` })}
          <input
            type="text"
            inputMode="numeric"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={`${id}-scale`}
            style={{ width: 70 }}
          />
        </label>
        <button
          type="button"
          disabled={!!problem}
          onClick={() =>
            void runOp({ kind: 'scale', namespace: ns, name, replicas: value as number })
          }
        >
          {t('pod.scaleApply')}
        </button>
      </div>
      <div id={`${id}-scale`} role="status" className="error-text">
        {problem ? t('pod.scaleRefused', { message: `spec.replicas: ${problem}` }) : ''}
      </div>
    </div>
  );
}
