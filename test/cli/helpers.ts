// Runs the BUILT command as a user would: `node dist/cli/cli.js …` in a child process, with real
// files in a temporary directory. `npm test` builds before vitest; a local `npx vitest run test/cli`
// builds here when the build is missing or older than the command's own sources (src/cli). After
// changing the library, run `npm run build` first: expected outputs come from the built library
// (dist/index.js), the same build as the command, so both always agree on the library's version.
// Test files run in parallel workers, so the build takes a lock and the others wait for it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const root = join(import.meta.dirname, '..', '..');
export const cli = join(root, 'dist', 'cli', 'cli.js');
const library = join(root, 'dist', 'index.js');
export const example = join(root, 'examples', 'cambodia-nsp-2024-2028');
export const strategyFile = join(example, 'strategy.json');
export const observations2024 = join(example, 'observations-2024.json');
export const observations2025 = join(example, 'observations-2025-2026.json');
export const AS_OF = '2025-03-27';

// Build (when needed) as soon as a test file loads, before anything imports the built library.
ensureBuilt();

/** The built library: what the command's outputs must match. */
export const lib = await builtLibrary();

/** What a run of the command gave. */
export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli/cli.js ...args`, in `cwd` (default: a fresh temp dir), with `input` on stdin. */
export function run(args: readonly string[], options: { cwd?: string; input?: string | Uint8Array; env?: NodeJS.ProcessEnv; nodeArgs?: readonly string[] } = {}): Run {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), cli, ...args], {
    cwd: options.cwd ?? tempDir(),
    input: options.input ?? '',
    encoding: 'utf8',
    // No colours, whatever the terminal running the tests asks for.
    env: { ...withoutColour(process.env), NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new empty directory, removed when the test process ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'logframe-cli-'));
  made.push(dir);
  return dir;
}

function withoutColour(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _force, NO_COLOR: _no, ...rest } = env;
  return rest;
}

/** The built library, typed by its sources. */
async function builtLibrary(): Promise<typeof import('../../src/index.js')> {
  return (await import(pathToFileURL(library).href)) as typeof import('../../src/index.js');
}

/** Builds the package unless dist/ holds the library and a command newer than src/cli. */
function ensureBuilt(): void {
  if (isFresh()) return;
  const lock = join(tmpdir(), `logframe-cli-build-${Buffer.from(root).toString('hex').slice(-24)}.lock`);
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another worker is building: wait for it, then use its build.
      if (Date.now() > deadline) throw new Error(`Waited too long for the build lock ${lock}; remove it if no build is running.`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
      if (isFresh()) return;
    }
  }
  try {
    if (!isFresh()) execFileSync('npx', ['tsup'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function isFresh(): boolean {
  let built: number;
  try {
    built = Math.min(statSync(cli).mtimeMs, statSync(library).mtimeMs);
  } catch {
    return false;
  }
  return newest(join(root, 'src', 'cli')) <= built;
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

