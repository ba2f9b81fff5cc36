/**
 * The guided lessons: one per section of the course material, plus the attack lab. Pure data
 * and pure functions (no React, no DOM); the lesson player in src/ui/lessons runs them.
 */
import { lesson01 } from './content/l01-ip';
import { lesson02 } from './content/l02-spiffe-id';
import { lesson03 } from './content/l03-svid';
import { lesson04 } from './content/l04-issuance';
import { lesson05 } from './content/l05-renewal';
import { lesson06 } from './content/l06-serviceaccounts';
import { lesson07 } from './content/l07-mtls';
import { lesson08 } from './content/l08-attacks';
import { lesson09 } from './content/l09-roots';
import { lesson10 } from './content/l10-clusters';
import type { Lesson } from './types';

export type * from './types';

/** Every lesson, in the order of the course. */
export const LESSONS: readonly Lesson[] = [
  lesson01,
  lesson02,
  lesson03,
  lesson04,
  lesson05,
  lesson06,
  lesson07,
  lesson08,
  lesson09,
  lesson10,
];

/** A lesson by its two-digit id (`04`), or by a number (`4`). */
export function lessonById(id: string | number): Lesson | undefined {
  const key = typeof id === 'number' ? String(id).padStart(2, '0') : id.padStart(2, '0');
  return LESSONS.find((l) => l.id === key);
}
