/** Durations as scenario files write them: `18h`, `1h30m`, `250ms`, `7d`. */

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

const NUMBER = /\d+(\.\d+)?/y;
const UNIT = /ms|s|m|h|d/y;

/** Parses `1h30m` into milliseconds; throws an Error that says what was wrong and what is right. */
export function parseDuration(text: string): number {
  const input = String(text).trim();
  if (input === '') throw new Error('empty duration: write a number and a unit, e.g. 18h or 1h30m');
  let total = 0;
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(
      `cannot read duration '${input}': ${what} at position ${at + 1}; use numbers with units ms, s, m, h, d (e.g. 1h30m)`,
    );
  };
  while (at < input.length) {
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(input);
    if (!number) fail(`expected a number, found '${input[at]}'`);
    at = NUMBER.lastIndex;
    UNIT.lastIndex = at;
    const unit = UNIT.exec(input);
    if (!unit)
      fail(
        at < input.length ? `expected a unit, found '${input[at]}'` : 'the last number has no unit',
      );
    at = UNIT.lastIndex;
    total += Number(number![0]) * UNIT_MS[unit![0]]!;
  }
  if (!Number.isSafeInteger(Math.round(total)))
    throw new Error(
      `duration '${input.length > 40 ? `${input.slice(0, 37)}...` : input}' is too long to count in milliseconds`,
    );
  return Math.round(total);
}

/** Formats milliseconds compactly: 64_800_000 -> `18h`, 5_400_000 -> `1h30m`. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(ms);
  const parts: string[] = [];
  for (const unit of ['d', 'h', 'm', 's', 'ms'] as const) {
    const size = UNIT_MS[unit]!;
    const count = Math.floor(rest / size);
    if (count > 0) {
      parts.push(`${count}${unit}`);
      rest -= count * size;
    }
  }
  return sign + parts.join('');
}
