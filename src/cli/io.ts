import { readFile } from 'node:fs/promises';
import { printable } from '../sim/limits';

/** What a command may do to the outside world; tests pass a recording implementation. */
export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  readStdin(): Promise<string>;
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
  /** Creates `dir` if needed; the reason it cannot hold files, or undefined when it can. */
  prepareDir(dir: string): Promise<string | undefined>;
}

/** Why a file system call failed, in words (Node's error codes are terse). */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EEXIST':
      return 'a file of that name exists and is not a directory';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return (error as Error).message;
  }
}

/**
 * The process's own standard streams and file system. Control codes from the input (ANSI
 * escapes in a note, say) never reach the terminal.
 */
export const processIo: CliIo = {
  stdout: (line) => process.stdout.write(`${printable(line)}\n`),
  stderr: (line) => process.stderr.write(`${printable(line)}\n`),
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
  prepareDir: async (dir) => {
    const { mkdir } = await import('node:fs/promises');
    try {
      await mkdir(dir, { recursive: true });
      return undefined;
    } catch (error) {
      return fsReason(error);
    }
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
    prepareDir: async (dir) =>
      dir in files || dir in written ? fsReason({ code: 'EEXIST' }) : undefined,
  };
}
