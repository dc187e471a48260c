// Runs a TypeScript or JavaScript file as a child process, the way a user runs an example:
// `node --import tsx <file> [args]`. Used by the example and documentation tests.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const root = join(import.meta.dirname, '..', '..');

/** tsx's loader, by URL, so that scripts outside the repository (in temporary directories) run too. */
const TSX = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node [--import tsx] file ...args` in `cwd` and resolves with its exit code and output (never rejects on a non-zero exit). */
export function run(file: string, args: readonly string[] = [], options: { cwd?: string; tsx?: boolean } = {}): Promise<RunResult> {
  const nodeArgs = [...(options.tsx === false ? [] : ['--import', TSX]), file, ...args];
  return new Promise((resolve) => {
    execFile(process.execPath, nodeArgs, { cwd: options.cwd ?? root, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

const created: string[] = [];

/** A new empty directory under the system's temporary directory, removed by {@link removeTempDirs}. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `logframe-${prefix}-`));
  created.push(dir);
  return dir;
}

/** Removes every directory made by {@link tempDir} (symbolic links inside are removed, not followed). */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * Whether `expected` appears in `actual` as a subsequence of whole lines (trailing spaces ignored).
 * A line `…` in `expected` stands for any number of lines. Returns the first line not found, or null.
 */
export function missingLine(actual: string, expected: string): string | null {
  const lines = actual.split(/\r?\n/).map((line) => line.trimEnd());
  let at = 0;
  for (const wanted of expected.split(/\r?\n/).map((line) => line.trimEnd())) {
    if (wanted === '' || wanted === '…') continue;
    const found = lines.indexOf(wanted, at);
    if (found === -1) return wanted;
    at = found + 1;
  }
  return null;
}
