import type { SandboxExport } from './ExportView';
import type { SecretImportView } from './secret-view';

/** The worker round trips the bridge uses; set once at start-up (main.tsx). */
export interface BridgeConfig {
  fetchExport?: () => Promise<SandboxExport>;
  importSecret?: (json: string) => Promise<SecretImportView>;
}

let config: BridgeConfig = {};

/** Hands the bridge the worker's `export` (and, optionally, `importSecret`) commands. */
export function configureBridge(next: BridgeConfig): void {
  config = { ...config, ...next };
}

/** The bridge's configuration as set so far. */
export function bridgeConfig(): BridgeConfig {
  return config;
}
