/** The particle pairs whose form depends on the last sound of the word before them. */
export type JosaPair = '은/는' | '이/가' | '을/를' | '과/와' | '으로/로';

type Ending = 'vowel' | 'rieul' | 'consonant';

/** How each digit is read (영, 일, 이, 삼, 사, 오, 육, 칠, 팔, 구) ends. */
const DIGIT: Ending[] = [
  'consonant',
  'rieul',
  'vowel',
  'consonant',
  'vowel',
  'vowel',
  'consonant',
  'rieul',
  'rieul',
  'vowel',
];

/** Letter names read in Korean (엘, 엠, 엔, 알 end in a consonant; 에이, 비, 씨… do not). */
const LETTER_NAME: Record<string, Ending> = {
  L: 'rieul',
  M: 'consonant',
  N: 'consonant',
  R: 'rieul',
};

/** How a lowercase English word ending in this letter is usually written in Hangul. */
function wordEnding(word: string): Ending {
  if (/ng$/.test(word)) return 'consonant';
  const last = word.at(-1) ?? '';
  if (last === 'l') return 'rieul';
  if ('mnbpk'.includes(last)) return 'consonant';
  return 'vowel';
}

function ending(word: string): Ending {
  const trimmed = word.replace(/[^0-9A-Za-z\uAC00-\uD7A3]+$/u, '');
  const last = trimmed.at(-1);
  if (last === undefined) return 'vowel';
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const final = (code - 0xac00) % 28;
    return final === 0 ? 'vowel' : final === 8 ? 'rieul' : 'consonant';
  }
  if (/[0-9]/.test(last)) return DIGIT[Number(last)] ?? 'vowel';
  if (/[A-Z]/.test(last)) return LETTER_NAME[last] ?? 'vowel';
  return wordEnding(trimmed.match(/[a-z]+$/)?.[0] ?? '');
}

/**
 * The word with the particle that fits its last sound, read as a Korean would read it:
 * `josa('order-1', '을/를')` is `order-1을` (일), `josa('default', '을/를')` is `default를`,
 * `josa('10.0.1.3', '은/는')` is `10.0.1.3은` (삼), `josa('mTLS', '으로/로')` is `mTLS로`.
 */
export function josa(word: string, pair: JosaPair): string {
  const [afterConsonant, afterVowel] = pair.split('/') as [string, string];
  const end = ending(word);
  if (pair === '으로/로') return word + (end === 'consonant' ? afterConsonant : afterVowel);
  return word + (end === 'vowel' ? afterVowel : afterConsonant);
}
