import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { runOp, selectPod } from '../../store/actions';
import { useAppShallow } from '../../store/hooks';

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A pod from a form: name, namespace and ServiceAccount; errors shown beside the form. */
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
      setError(
        `'${name}': use lowercase letters, digits and '-', starting and ending with a letter or digit`,
      );
      return;
    }
    const yaml = `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: ${ns}, labels: {app: ${name}}}\nspec: {serviceAccountName: ${saValue}, containers: [{name: ${name}, image: "${name}:1"}]}`;
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
        <button type="submit">{t('ops.form.create')}</button>
      </div>
      <div id={`${id}-err`} role="alert" className={error ? 'error-text' : ''}>
        {error}
      </div>
    </form>
  );
}
