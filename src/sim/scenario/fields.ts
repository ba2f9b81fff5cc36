import { overLimit, printable } from '../limits';

/** Thrown by the scenario readers with a path relative to the part they read. */
export class FieldError extends Error {
  constructor(
    readonly path: (string | number)[],
    message: string,
  ) {
    super(message);
  }
}

/** Rejects keys outside `allowed`: unknown keys are errors, never silently ignored. */
export function onlyKeys(
  value: Record<string, unknown>,
  allowed: string[],
  path: (string | number)[],
): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new FieldError(
        [...path, key],
        `unknown key '${key}': allowed here are ${allowed.join(', ')}`,
      );
    }
  }
}

/** A value as a message quotes it: JSON where JSON can say it (NaN and Infinity as such). */
export function shown(value: unknown): string {
  if (typeof value === 'number' && Number.isNaN(value)) return '.nan (not a number)';
  if (typeof value === 'number' && !Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
  if (value === undefined) return 'nothing';
  try {
    const json = JSON.stringify(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return String(value);
  }
}

/** Free text for people (a description, a note): a scalar, within `maxChars`, no control codes. */
export function prose(value: unknown, path: (string | number)[], maxChars: number): string {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new FieldError(path, `expected text, got ${shown(value)}`);
  }
  const text = String(value);
  checkSize(path, 'length in characters', text.length, maxChars);
  return printable(text);
}

/** A count over its stated limit is an error at `path`, naming the limit. */
export function checkSize(
  path: (string | number)[],
  what: string,
  count: number,
  limit: number,
): void {
  if (count > limit) throw new FieldError(path, overLimit(what, count, limit));
}
