import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Range = [number, number];

/** `file -> ranges` for every @font-face in a stylesheet. */
function faces(css: string, fileRe: RegExp): Map<string, Range[]> {
  const out = new Map<string, Range[]>();
  for (const block of css.split('@font-face').slice(1)) {
    const file = fileRe.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]*);/.exec(block)?.[1];
    if (!file || !range) continue;
    out.set(
      file,
      range.split(',').map((part) => {
        const [a, b = a] = part.trim().slice(2).split('-');
        return [Number.parseInt(a ?? '', 16), Number.parseInt(b ?? '', 16)];
      }),
    );
  }
  return out;
}

const pkg = faces(
  readFileSync('node_modules/@fontsource-variable/noto-sans-kr/index.css', 'utf8'),
  /url\(\.\/files\/(noto-sans-kr-\d+-wght-normal\.woff2)\)/,
);
const ours = faces(
  readFileSync('src/styles/fonts-hangul.css', 'utf8'),
  /files\/(noto-sans-kr-\d+-wght-normal\.woff2)/,
);
/** Hangul jamo, compatibility jamo, jamo extended-A/B and syllables. */
const HANGUL: Range[] = [
  [0x1100, 0x11ff],
  [0x3130, 0x318f],
  [0xa960, 0xa97f],
  [0xac00, 0xd7ff],
];
const isHangul = ([a, b]: Range) => HANGUL.some(([lo, hi]) => a >= lo && b <= hi);

describe('Korean font subsets', () => {
  it('names only Hangul, so a page without Hangul loads no Korean file', () => {
    for (const [file, ranges] of ours)
      expect(
        ranges.filter((r) => !isHangul(r)),
        file,
      ).toEqual([]);
  });

  it("keeps every Hangul range of the package's subsets", () => {
    const withHangul = [...pkg].filter(([, ranges]) => ranges.some(isHangul));
    expect([...ours.keys()].sort()).toEqual(withHangul.map(([file]) => file).sort());
    for (const [file, ranges] of withHangul)
      expect(ours.get(file), file).toEqual(ranges.filter(isHangul));
  });

  it('covers every Hangul syllable', () => {
    const all = [...ours.values()].flat();
    for (let cp = 0xac00; cp <= 0xd7a3; cp += 1)
      if (!all.some(([a, b]) => cp >= a && cp <= b)) throw new Error(`U+${cp.toString(16)}`);
  });
});
