/// <reference lib="webworker" />
/**
 * The engine's Web Worker: all cryptography, ASN.1 and simulation runs here, so the UI thread
 * stays free. Commands are handled strictly one after another, in the order they arrived.
 */
import 'reflect-metadata';
import type { Command, Reply } from './protocol';

// The engine loads only once the Reflect polyfill has run: @peculiar/x509 looks for it while
// its module is evaluated, and a bundler may order static imports of shared chunks otherwise.
const session = import('./session').then(
  ({ EngineSession }) => new EngineSession((reply: Reply) => postMessage(reply)),
);

self.addEventListener('message', (event: MessageEvent<Command>) => {
  const cmd = event.data;
  // Promise callbacks run in order, so commands keep the order they arrived in.
  void session.then((s) => s.submit(cmd));
});
