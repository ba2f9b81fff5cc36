import type { CacertsProblem } from '../../pki/cacerts';
import { type Why, why } from '../why';

/** A sentence of `checkCacerts` by its fixed wording, and the Why it becomes. */
const SHAPES: [RegExp, (m: RegExpExecArray, file: string) => Why][] = [
  [/^not a certificate/, (_m, file) => why('cacerts.notCertificate', { file })],
  [
    /^"([^"]*)" is not a CA certificate/,
    (m, file) => why('cacerts.notCa', { file, subject: m[1]! }),
  ],
  [/^not a PKCS#8/, (_m, file) => why('cacerts.badKey', { file })],
  [/^the private key does not match/, (_m, file) => why('cacerts.keyMismatch', { file })],
  [/^holds no certificate$/, (_m, file) => why('cacerts.noRoot', { file })],
  [
    /^"([^"]*)" is not valid before (\S+) \(now (\S+)\)$/,
    (m, file) => why('cacerts.notYetValid', { file, subject: m[1]!, at: m[2]!, now: m[3]! }),
  ],
  [
    /^"([^"]*)" expired at (\S+) \(now (\S+)\)$/,
    (m, file) => why('cacerts.expired', { file, subject: m[1]!, at: m[2]!, now: m[3]! }),
  ],
  [
    /^"([^"]*)" \(issued by "([^"]*)"\) is not signed by any root/,
    (m, file) => why('cacerts.notSignedByRoot', { file, subject: m[1]!, issuer: m[2]! }),
  ],
];

/**
 * A `cacerts` refusal (pki/cacerts.ts `checkCacerts`) as a structured reason: the problem's
 * sentence is matched by its fixed wording, and the names it quotes become the params.
 */
export function cacertsWhy({ file, problem }: CacertsProblem): Why {
  for (const [shape, make] of SHAPES) {
    const m = shape.exec(problem);
    if (m) return make(m, file);
  }
  return why('cacerts.other', { file });
}
