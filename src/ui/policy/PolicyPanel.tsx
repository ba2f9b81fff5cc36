import { useT } from '../../i18n';
import { runOp } from '../../store/actions';
import { useApp } from '../../store/hooks';
import { AccessMatrix } from './AccessMatrix';
import { PolicyEditor } from './PolicyEditor';

/** Policies in force, the YAML editor with inline errors and warnings, the access matrix. */
export default function PolicyPanel() {
  const t = useT();
  const policies = useApp((s) => s.policies);
  return (
    <div className="stack">
      <AccessMatrix />
      <section className="card stack">
        <h2>{t('policy.inForce')}</h2>
        {policies.length === 0 ? (
          <p className="muted">{t('policy.none')}</p>
        ) : (
          <ul className="problems">
            {policies.map((p) => (
              <li key={`${p.kind}/${p.namespace}/${p.name}`} className="row">
                <code>{`${p.kind} ${p.namespace}/${p.name}`}</code>
                <button
                  type="button"
                  onClick={() =>
                    void runOp({
                      kind: 'delete',
                      ref: { kind: p.kind, namespace: p.namespace, name: p.name },
                    })
                  }
                  aria-label={`${t('policy.clear')}: ${p.namespace}/${p.name}`}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <PolicyEditor />
    </div>
  );
}
