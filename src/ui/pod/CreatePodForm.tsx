import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { CLUSTER_LABEL } from '../../sim/config';
import { runOp, selectPod } from '../../store/actions';
import { useAppShallow } from '../../store/hooks';

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * A pod from a form: name, namespace, ServiceAccount and, in a multi-cluster mesh, the cluster
 * it runs in (its `topology.istio.io/cluster` label); errors shown beside the form.
 */
export function CreatePodForm() {
  const t = useT();
  const id = useId();
  const namespaces = useAppShallow((s) =>
    (s.snapshot?.namespaces ?? [])
      .map((n) => n.name)
      .filter((n) => n !== 'kube-system' && n !== 'istio-system'),
  );
  const accounts = useAppShallow((s) =>
    (s.snapshot?.serviceAccounts ?? []).map((a) => `${a.namespace}/${a.name}`),
  );
  const clusters = useAppShallow((s) => (s.snapshot?.clusters ?? []).map((c) => c.name));
  const [cluster, setCluster] = useState('');
  const clusterValue = clusters.includes(cluster) ? cluster : (clusters[0] ?? '');
  const [name, setName] = useState('');
  const [ns, setNs] = useState('production');
  const [sa, setSa] = useState('default');
  const [error, setError] = useState<string>();
  const saOptions = accounts
    .filter((a) => a.startsWith(`${ns}/`))
    .map((a) => a.slice(ns.length + 1));
  const saValue = saOptions.includes(sa) ? sa : 'default';
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!NAME.test(name) || name.length > 63) {
      setError(t('ops.form.badName', { name }));
      return;
    }
    const placed = clusterValue ? `, ${CLUSTER_LABEL}: ${clusterValue}` : '';
    const yaml = `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: ${ns}, labels: {app: ${name}${placed}}}\nspec: {serviceAccountName: ${saValue}, containers: [{name: ${name}, image: "${name}:1"}]}`;
    const result = await runOp({ kind: 'apply', yaml });
    if (!result.ok) return setError(result.error);
    setError(undefined);
    setName('');
    if (result.created?.[0]) selectPod(result.created[0]);
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('ops.form')}</h3>
      <div className="row">
        <label className="row">
          {t('ops.form.name')}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-err`}
            style={{ width: 120 }}
          />
        </label>
        <label className="row">
          {t('ops.form.namespace')}
          <select value={ns} onChange={(e) => setNs(e.target.value)}>
            {namespaces.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <label className="row">
          {t('ops.form.sa')}
          <select value={saValue} onChange={(e) => setSa(e.target.value)}>
            {saOptions.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        {clusters.length > 0 && (
          <label className="row">
            {t('ops.form.cluster')}
            <select value={clusterValue} onChange={(e) => setCluster(e.target.value)}>
              {clusters.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
        )}
        <button type="submit">{t('ops.form.create')}</button>
      </div>
      <div id={`${id}-err`} role="alert" className={error ? 'error-text' : ''}>
        {error}
      </div>
    </form>
  );
}
