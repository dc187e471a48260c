// Reading inputs and writing outputs for the command: `-` is stdin/stdout, and an output file is
// written to a temporary file first and renamed, so that a failure never leaves half a file.
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './UsageError.js';

/** Reads a file, or stdin for `-`, as bytes. */
export async function readInput(path: string): Promise<Uint8Array> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  }
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`File not found: ${path}`);
    if (code === 'EISDIR') throw new UsageError(`Expected a file but found a directory: ${path}`);
    throw error;
  }
}

/** Reads a file (or stdin) as UTF-8 text, without a byte-order mark. */
export async function readText(path: string): Promise<string> {
  const bytes = await readInput(path);
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** Reads and parses a JSON file, with the file name in the error. */
export async function readJson(path: string): Promise<unknown> {
  const text = await readText(path);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`${path === '-' ? 'stdin' : path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Writes to stdout (no path or `-`) or atomically to a file. */
export async function writeOutput(path: string | undefined, content: string | Uint8Array): Promise<void> {
  if (path === undefined || path === '-') {
    await new Promise<void>((resolve, reject) => process.stdout.write(content, (error) => (error ? reject(error) : resolve())));
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** An input that could not be read at all (exit code 1). */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
