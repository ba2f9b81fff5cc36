/**
 * A bounded memo for pure functions of certificate bytes: each key is computed once, and all are
 * forgotten at once when `size` are held (a mesh has far fewer certificates alive at a time).
 */
export class Kept<T> {
  private readonly values = new Map<string, T>();

  constructor(private readonly size: number) {}

  has(key: string): boolean {
    return this.values.has(key);
  }

  /** The value kept for `key`, or `make()`'s, which is then kept. */
  get(key: string, make: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    if (this.values.size >= this.size) this.values.clear();
    const value = make();
    this.values.set(key, value);
    return value;
  }

  forget(key: string): void {
    this.values.delete(key);
  }
}
