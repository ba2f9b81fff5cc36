/// <reference lib="webworker" />
/**
 * The engine's Web Worker: all cryptography, ASN.1 and simulation runs here. Commands are
 * handled strictly one after another (see `enqueue`), so the UI thread stays free.
 */
import 'reflect-metadata';
import type { Command, Reply } from './protocol';

// The engine loads only once the Reflect polyfill has run: @peculiar/x509 looks for it while
// its module is evaluated, and a bundler may order static imports of shared chunks otherwise.
const engine = import('./host').then(({ EngineHost, enqueue }) => ({
  host: new EngineHost((reply: Reply) => postMessage(reply)),
  enqueue,
}));

self.addEventListener('message', (event: MessageEvent<Command>) => {
  const cmd = event.data;
  // Promise callbacks run in order, so commands keep the order they arrived in.
  void engine.then(({ host, enqueue }) => enqueue(() => host.handle(cmd)));
});
