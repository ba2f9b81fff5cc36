import { LineCounter, parseAllDocuments } from 'yaml';
import type { Simulation } from '../simulation';
import { lineOfPath } from '../yaml-lines';
import { lintMesh } from './lint-mesh';
import type { LintWarning } from './types';
import { validatePolicyManifest } from './validate';
import type { FindingWords } from './validate-core';

/** A problem with a policy YAML document, placed on its line. */
export interface PolicyProblem {
  line?: number;
  severity: 'error' | 'warning';
  /** In English: the YAML parser's and the admission webhook's own words, or lint's. */
  message: string;
  /** A lint warning as words the app says in the reader's language, with the field it names. */
  lint?: Pick<LintWarning, 'path' | 'said'>;
  /** The webhook's finding (or the YAML parser's) as words, likewise. */
  finding?: FindingWords;
}

/**
 * What the policy editor shows for a draft, nothing applied: YAML syntax errors, the admission
 * webhook's errors and warnings, and lint warnings against the mesh as it stands, each placed on
 * the line of the field it names.
 */
export function checkPolicyDraft(sim: Simulation, yaml: string): PolicyProblem[] {
  const counter = new LineCounter();
  const docs = parseAllDocuments(yaml, { lineCounter: counter, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [docs];
  const problems: PolicyProblem[] = [];
  const add = (
    line: number | undefined,
    severity: PolicyProblem['severity'],
    message: string,
    finding?: FindingWords,
  ) =>
    problems.push({
      ...(line ? { line } : {}),
      severity,
      message,
      ...(finding ? { finding } : {}),
    });
  for (const doc of list) {
    const syntax = doc.errors[0];
    if (syntax) {
      const line = syntax.linePos?.[0]?.line ?? counter.linePos(syntax.pos[0]).line;
      const message = syntax.message.split('\n')[0] ?? '';
      add(line, 'error', message, { path: '', code: 'yamlSyntax', params: { message } });
      continue;
    }
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) continue;
    const start = doc.contents?.range?.[0];
    const top = start === undefined ? undefined : counter.linePos(start).line;
    // A field path as the webhook writes it (`spec.rules[0].from`) to its line, else the document's.
    const lineOf = (path: string): number | undefined => {
      const parts = path
        .split(/[.[\]]+/)
        .filter(Boolean)
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      return lineOfPath(doc, counter, parts) ?? top;
    };
    const result = validatePolicyManifest(value);
    const place = (text: string, severity: PolicyProblem['severity']) =>
      add(lineOf(text.split(':')[0] ?? ''), severity, text, result.words[text]);
    if (!result.ok) for (const e of result.errors) place(e, 'error');
    for (const w of result.warnings) place(w, 'warning');
    if (result.ok && result.value.kind === 'AuthorizationPolicy') {
      for (const w of lintMesh(sim, [result.value]))
        problems.push({
          ...(lineOf(w.path) ? { line: lineOf(w.path) } : {}),
          severity: 'warning',
          message: `${w.path}: ${w.message}${w.suggestion ? ` ${w.suggestion}` : ''}`,
          lint: { path: w.path, said: w.said },
        });
    }
  }
  return problems;
}
