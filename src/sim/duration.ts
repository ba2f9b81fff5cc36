/** Durations as scenario files write them: `18h`, `1h30m`, `250ms`, `7d`. */

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/y;

/** Parses `1h30m` into milliseconds; throws an Error that says what was wrong and what is right. */
export function parseDuration(text: string): number {
  const input = String(text).trim();
  if (input === '') throw new Error('empty duration: write a number and a unit, e.g. 18h or 1h30m');
  let total = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < input.length) {
    const at = PART.lastIndex;
    const match = PART.exec(input);
    if (!match) {
      throw new Error(
        `cannot read duration '${input}' at position ${at + 1}: use numbers with units ms, s, m, h, d (e.g. 1h30m)`,
      );
    }
    total += Number(match[1]) * UNIT_MS[match[2]!]!;
  }
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
