import { readFile } from 'node:fs/promises';

/** What a command may do to the outside world; tests pass a recording implementation. */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  readStdin(): Promise<string>;
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
}

/** The process's own standard streams and file system. */
export const processIo: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  readText: (path) => readFile(path, 'utf8'),
  writeText: async (path, text) => {
    const { mkdir, writeFile } = await import('node:fs/promises');
    const { dirname } = await import('node:path');
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  },
};

/** An in-memory CliIo for tests: collects output lines, serves files from a map. */
export function memoryIo(
  files: Record<string, string> = {},
  stdin = '',
): CliIo & {
  out: string[];
  err: string[];
  written: Record<string, string>;
} {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  return {
    out,
    err,
    written,
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    readStdin: async () => stdin,
    readText: async (path) => {
      const text = files[path] ?? written[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
    writeText: async (path, text) => {
      written[path] = text;
    },
  };
}
