// Reading inputs and writing outputs: `-` is stdin or stdout, and an output file is written to a
// temporary file beside it and renamed into place, so that a failure never leaves half a file.
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError, UsageError } from './errors.js';

/** Why a path named on the command line cannot be used, for the error codes a person can fix. */
const PATH_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
};

/** Shows `-` as what it stands for in messages. */
export function displayName(path: string): string {
  return path === '-' ? 'stdin' : path;
}

/** Reads a file, or stdin for `-`, as bytes. */
export async function readInput(path: string): Promise<Uint8Array> {
  if (path === '-') {
    // A person who forgot to pipe data in would otherwise wait in silence.
    if (process.stdin.isTTY) process.stderr.write('Reading from stdin (end with Ctrl-D)…\n');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  }
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw pathError(error, `Cannot read ${path}`);
  }
}

/** Reads a file (or stdin) as UTF-8 text, without a byte-order mark. */
export async function readText(path: string): Promise<string> {
  return decodeUtf8(await readInput(path), displayName(path));
}

/** Decodes UTF-8 strictly (a wrong encoding would otherwise turn into silent replacement characters). */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw InputError.whole(name, 'NOT_UTF8', 'The file is not UTF-8 text; save it as UTF-8 and try again.');
  }
}

/** Reads and parses a JSON file (or stdin), with the file name in the error. */
export async function readJson(path: string): Promise<unknown> {
  return parseJson(await readText(path), displayName(path));
}

/** Parses JSON text, naming the file and the position of a syntax error. */
export function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw InputError.whole(name, 'JSON_INVALID', `The file is not valid JSON (${(error as Error).message}); check it with a JSON validator.`);
  }
}

/** Writes to stdout (no path, or `-`) or atomically to a file. */
export async function writeOutput(path: string | undefined, content: string | Uint8Array): Promise<void> {
  if (path === undefined || path === '-') {
    await new Promise<void>((resolve, reject) => process.stdout.write(content, (error) => (error ? reject(error) : resolve())));
    return;
  }
  // node:crypto loads only when a file is written, not for every run that writes to stdout (cold start).
  const { randomBytes } = await import('node:crypto');
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`Cannot write ${path}: the directory ${dirname(path)} does not exist.`);
    throw pathError(error, `Cannot write ${path}`);
  }
}

/** Turns a file system error about a path the user named into a UsageError; anything else stays as it is. */
function pathError(error: unknown, what: string): unknown {
  const reason = PATH_ERRORS[(error as NodeJS.ErrnoException | undefined)?.code ?? ''];
  return reason === undefined ? error : new UsageError(`${what}: ${reason}.`);
}
