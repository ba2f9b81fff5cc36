import type { Text } from '../text';
import { bridge } from './bridge';
import type { checks } from './checks';
import type { engine } from './engine';
import { events } from './events';
import { focus } from './focus';
import { handshake } from './handshake';
import { inspector } from './inspector';
import { issuance } from './issuance';
import { lessons } from './lessons';
import type { lint } from './lint';
import { log } from './log';
import { mesh } from './mesh';
import { pod } from './pod';
import { policy } from './policy';
import { reset } from './reset';
import { shell } from './shell';
import type { spiffe } from './spiffe';
import type { trace } from './trace';
import { units } from './units';
import type { webhook } from './webhook';

/** The dictionaries every screen needs, loaded with the app. */
export const eager = {
  shell,
  mesh,
  pod,
  issuance,
  inspector,
  handshake,
  focus,
  policy,
  reset,
  log,
  events,
  units,
  lessons,
  bridge,
};

/**
 * Dictionaries only a lazily loaded panel uses: the module that says engine outcomes adds them
 * (`addMessages`) when it loads, so their words stay out of the main bundle.
 */
export type Deferred = typeof engine &
  typeof spiffe &
  typeof checks &
  typeof trace &
  typeof lint &
  typeof webhook;

/** Every message by key; the deferred ones are present once `addMessages` has added them. */
export const messages = {
  ...shell,
  ...mesh,
  ...pod,
  ...issuance,
  ...inspector,
  ...handshake,
  ...focus,
  ...policy,
  ...reset,
  ...log,
  ...events,
  ...units,
  ...lessons,
  ...bridge,
} as Record<MessageKey, Text>;

/** Adds a lazily loaded feature's dictionary to `messages`. */
export function addMessages(dictionary: Partial<Deferred>): void {
  Object.assign(messages, dictionary);
}

type Eager = typeof shell &
  typeof mesh &
  typeof pod &
  typeof issuance &
  typeof inspector &
  typeof handshake &
  typeof focus &
  typeof policy &
  typeof reset &
  typeof log &
  typeof events &
  typeof units &
  typeof lessons &
  typeof bridge;

export type MessageKey = keyof Eager | keyof Deferred;
