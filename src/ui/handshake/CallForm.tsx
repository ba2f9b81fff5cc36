import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { makeCall } from '../../store/actions';
import { useAppShallow } from '../../store/hooks';

/** Workloads as calls name them: `ns/deployment`, or `ns/pod` for a bare pod. */
function useWorkloads(): string[] {
  return useAppShallow((s) => {
    const out = new Set<string>();
    for (const p of s.pods.values())
      out.add(p.deployment ? `${p.namespace}/${p.deployment}` : p.key);
    return [...out].sort();
  });
}

/** Pick a caller and a callee and make the call (through both sidecars, in the worker). */
export function CallForm() {
  const t = useT();
  const id = useId();
  const workloads = useWorkloads();
  const [from, setFrom] = useState('production/order');
  const [to, setTo] = useState('production/payment');
  const [path, setPath] = useState('/pay');
  const [error, setError] = useState<string>();
  const pick = (value: string, fallback: number) =>
    workloads.includes(value) ? value : (workloads[fallback] ?? '');
  const go = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      setError(undefined);
      await makeCall({ from: pick(from, 0), to: pick(to, 1), method: 'GET', path: path || '/' });
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form className="row" onSubmit={(e) => void go(e)} aria-describedby={`${id}-err`}>
      <label className="row">
        {t('handshake.from')}
        <select value={pick(from, 0)} onChange={(e) => setFrom(e.target.value)}>
          {workloads.map((w) => (
            <option key={w}>{w}</option>
          ))}
        </select>
      </label>
      <label className="row">
        {t('handshake.to')}
        <select value={pick(to, 1)} onChange={(e) => setTo(e.target.value)}>
          {workloads.map((w) => (
            <option key={w}>{w}</option>
          ))}
        </select>
      </label>
      <label className="row">
        {t('handshake.path')}
        <input value={path} onChange={(e) => setPath(e.target.value)} style={{ width: 90 }} />
      </label>
      <button type="submit" className="primary">
        {t('handshake.run')}
      </button>
      <div id={`${id}-err`} role="alert" className={error ? 'error-text' : ''}>
        {error}
      </div>
    </form>
  );
}
