import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname);
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module specifier of a file (static, re-export, dynamic and type-only imports). */
function specifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(SPECIFIER)].map((m) => m[1]!);
}

function resolveRelative(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find(
    (p) => /\.tsx?$/.test(p) && existsSync(p),
  );
}

/** The first import cycle found among `graph`'s files, as a path that ends where it starts. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | undefined => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of [...graph.keys()].sort()) {
    if (!state.has(file)) {
      const cycle = visit(file);
      if (cycle) return cycle;
    }
  }
  return undefined;
}

const files = sourceFiles(SRC);
const imports = new Map(files.map((f) => [f, specifiers(readFileSync(f, 'utf8'))]));
const graph = new Map(
  files.map((f) => [
    f,
    imports
      .get(f)!
      .filter((s) => s.startsWith('.'))
      .flatMap((s) => resolveRelative(f, s) ?? []),
  ]),
);
const name = (path: string) => relative(SRC, path);

describe('architecture', () => {
  it('finds a cycle when there is one, and none in a chain', () => {
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toBeUndefined();
    expect(specifiers("import type { X } from './x';\nconst m = import('../m');")).toEqual([
      './x',
      '../m',
    ]);
  });

  it('has no import cycle anywhere in src', () => {
    expect(files.length).toBeGreaterThan(100);
    const cycle = findCycle(graph);
    expect(cycle?.map(name).join(' -> ')).toBeUndefined();
  });

  it('keeps the engine (src/sim, src/pki) free of the app layers and UI libraries', () => {
    const appLayers = ['worker', 'store', 'ui', 'i18n'].map((d) => `${join(SRC, d)}/`);
    const uiPackage = /^(react|react-dom|zustand|d3)(\/|-|$)/;
    const wrong = files
      .filter((f) => /^(sim|pki)\//.test(name(f)))
      .flatMap((f) =>
        imports.get(f)!.flatMap((spec) => {
          const target = spec.startsWith('.') ? resolveRelative(f, spec) : undefined;
          const bad = target
            ? appLayers.some((layer) => target.startsWith(layer))
            : uiPackage.test(spec);
          return bad ? [`${name(f)} imports ${spec}`] : [];
        }),
      );
    expect(wrong).toEqual([]);
  });
});
