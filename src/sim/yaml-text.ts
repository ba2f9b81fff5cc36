import { type Document, LineCounter, parseDocument } from 'yaml';
import { overLimit, utf8Bytes } from './limits';

/**
 * Reads YAML text within the stated limits: the size is checked before parsing, alias
 * expansion is capped, and every problem is a YAMLProblem with the line and column.
 */
export function parseYamlText(
  text: string,
  maxBytes: number,
): { doc: Document; lineCounter: LineCounter; data: unknown } {
  const bytes = utf8Bytes(text);
  if (bytes > maxBytes) throw new YamlProblem(overLimit('size in bytes', bytes, maxBytes));
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new YamlProblem(`not valid YAML: ${first.message.split('\n')[0]}`, line, col);
  }
  return { doc, lineCounter, data: yamlValue(doc) };
}

/**
 * A parsed document's value, alias expansion capped. yaml throws ReferenceError for an unknown
 * alias and for expansion past the cap; here that is a YamlProblem that says so.
 */
export function yamlValue(doc: Document): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    throw new YamlProblem(`not valid YAML: ${(error as Error).message}`);
  }
}

/** Aliases a YAML text may expand: a handful in real files, millions in an "alias bomb". */
const MAX_YAML_ALIASES = 100;

/** YAML that cannot be read, with where it went wrong when that is known. */
export class YamlProblem extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}
