import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { memoryIo } from './io';
import { manifestsCommand } from './manifests';

const file = join(import.meta.dirname, '../../scenarios/deny-beats-allow.yaml');

describe('svid manifests', () => {
  it('prints the end state as YAML documents kubectl takes', async () => {
    const io = memoryIo({ [file]: readFileSync(file, 'utf8') });
    expect(await manifestsCommand([file], io)).toBe(0);
    const kinds = parseAllDocuments(io.out.join('\n')).map(
      (d) => (d.toJS() as { kind: string }).kind,
    );
    expect(kinds).toEqual([
      'Namespace',
      'ServiceAccount',
      'ServiceAccount',
      'Pod',
      'Pod',
      'Service',
      'Service',
      'AuthorizationPolicy',
      'AuthorizationPolicy',
    ]);
  });

  it('refuses bad usage and invalid files with exit 2', async () => {
    const io = memoryIo({ '/bad.yaml': 'scenario: Bad Name' });
    expect(await manifestsCommand([], io)).toBe(2);
    expect(await manifestsCommand(['/bad.yaml'], io)).toBe(2);
    expect(io.err.join('\n')).toContain('/bad.yaml: scenario:');
  });
});
