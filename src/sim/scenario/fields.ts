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
