import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { describeProblem } from '../../i18n/engine';
import { LIMITS, policyTextOverLimit } from '../../sim/limits';
import { checkPolicies, runOp } from '../../store/actions';
import type { PolicyProblem } from '../../worker/protocol';
import { LESSON_POLICY } from './lesson-policy';

let draft = LESSON_POLICY;

/**
 * YAML editor for AuthorizationPolicy / PeerAuthentication: webhook errors and lint warnings
 * shown beside their lines as you type (a dry run in the worker); Apply changes the mesh only
 * when there is no error, so bad input changes nothing.
 */
export function PolicyEditor() {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(draft);
  const [problems, setProblems] = useState<PolicyProblem[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const seq = useRef(0);
  const tooLarge = policyTextOverLimit(text);
  useEffect(() => {
    const n = ++seq.current;
    // Over the limit nothing is sent to the worker: the size alone is the problem to show.
    if (policyTextOverLimit(text)) return setProblems([]);
    const timer = setTimeout(() => {
      void checkPolicies(text).then((p) => n === seq.current && setProblems(p));
    }, 250);
    return () => clearTimeout(timer);
  }, [text]);
  const errors: PolicyProblem[] = tooLarge
    ? [
        {
          severity: 'error',
          message: t(tooLarge.what === 'bytes' ? 'policy.tooManyBytes' : 'policy.tooManyLines', {
            count: tooLarge.count.toLocaleString(),
            limit: tooLarge.limit.toLocaleString(),
          }),
        },
      ]
    : problems.filter((p) => p.severity === 'error');
  const listed = tooLarge ? errors : problems;
  const lineCount = Math.min(Math.max(text.split('\n').length, 12), LIMITS.policyLines + 1);
  const mark = (line: number) => problems.find((p) => p.line === line)?.severity;
  const apply = async () => {
    if (errors.length > 0) {
      setStatus({ ok: false, text: errors.map((e) => describeProblem(e, t)).join('\n') });
      return;
    }
    const result = await runOp({ kind: 'apply', yaml: text });
    setStatus(
      result.ok ? { ok: true, text: t('policy.applied') } : { ok: false, text: result.error ?? '' },
    );
  };
  const change = (value: string) => {
    draft = value;
    setText(value);
    setStatus(undefined);
  };
  return (
    <div className="stack">
      <div className="row">
        <button type="button" onClick={() => change(LESSON_POLICY)}>
          {t('policy.lesson')}
        </button>
      </div>
      <label htmlFor={`${id}-yaml`}>{t('policy.label')}</label>
      <div className="editor">
        <div className="gutter" aria-hidden="true">
          {Array.from({ length: lineCount }, (_, i) => {
            const m = mark(i + 1);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: line numbers are the keys
              <div key={i} className={m === 'error' ? 'err' : m === 'warning' ? 'warn' : ''}>
                {m === 'error' ? '✕' : m === 'warning' ? '!' : ''} {i + 1}
              </div>
            );
          })}
        </div>
        <textarea
          id={`${id}-yaml`}
          className="code"
          value={text}
          rows={lineCount}
          spellCheck={false}
          wrap="off"
          aria-invalid={errors.length > 0}
          aria-describedby={`${id}-problems`}
          onChange={(e) => change(e.target.value)}
        />
      </div>
      <div id={`${id}-problems`} aria-live="polite">
        {listed.length === 0 ? (
          <p className="ok-text">✓ {t('policy.ok')}</p>
        ) : (
          <ul className="problems">
            {listed.map((p) => (
              <li
                key={`${p.line}-${p.message}`}
                className={p.severity === 'error' ? 'error-text' : 'warn-text'}
              >
                {p.severity === 'error' ? '✕ ' : '! '}
                {p.line ? `${t('policy.line', { line: p.line })}: ` : ''}
                {describeProblem(p, t)}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="row">
        <button type="button" className="primary" onClick={() => void apply()}>
          {t('policy.apply')}
        </button>
        <span role="status" className={status ? (status.ok ? 'ok-text' : 'error-text') : ''}>
          {status?.text}
        </span>
      </div>
    </div>
  );
}
