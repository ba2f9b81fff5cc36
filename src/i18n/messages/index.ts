import { bridge } from './bridge';
import { engine } from './engine';
import { events } from './events';
import { handshake } from './handshake';
import { inspector } from './inspector';
import { issuance } from './issuance';
import { lessons } from './lessons';
import { log } from './log';
import { mesh } from './mesh';
import { pod } from './pod';
import { policy } from './policy';
import { shell } from './shell';
import { spiffe } from './spiffe';
import { units } from './units';

/** Every feature's dictionary; a test checks that no key is defined twice. */
export const dictionaries = {
  shell,
  mesh,
  pod,
  issuance,
  inspector,
  handshake,
  policy,
  spiffe,
  log,
  events,
  engine,
  units,
  lessons,
  bridge,
};

export const messages = {
  ...shell,
  ...mesh,
  ...pod,
  ...issuance,
  ...inspector,
  ...handshake,
  ...policy,
  ...spiffe,
  ...log,
  ...events,
  ...engine,
  ...units,
  ...lessons,
  ...bridge,
};

export type MessageKey = keyof typeof messages;
