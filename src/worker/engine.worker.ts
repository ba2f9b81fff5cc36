/// <reference lib="webworker" />
/**
 * The engine's Web Worker: all cryptography, ASN.1 and simulation runs here. Commands are
 * handled strictly one after another (see `enqueue`), so the UI thread stays free.
 */
import 'reflect-metadata';
import { EngineHost, enqueue } from './host';
import type { Command, Reply } from './protocol';

const host = new EngineHost((reply: Reply) => postMessage(reply));

self.addEventListener('message', (event: MessageEvent<Command>) => {
  const cmd = event.data;
  enqueue(() => host.handle(cmd));
});
