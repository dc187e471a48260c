/**
 * Cold start of the `logframe` command: wall time of whole processes, each started afresh, for
 * `logframe evaluate` on the Cambodia example (text summary to stdout), beside the floor that no
 * command can beat on this machine: `node -e 0`, started the same way in the same run. Runs
 * alternate between the two so that a change in machine load hits both alike.
 *
 * The command is the built one (`dist/cli/cli.js`, what `npm i -g logframe` installs); build first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** One cold-start comparison. */
export interface ColdStart {
  readonly runs: number;
  /** Median wall ms of `logframe evaluate` on the Cambodia example. */
  readonly p50: number;
  readonly min: number;
  readonly p75: number;
  /** Median wall ms of `node -e 0`. */
  readonly nodeP50: number;
  /** The command's median minus Node's own: what logframe adds. */
  readonly overhead: number;
}

/** The command line measured, relative to the repository root. */
export const COLD_START_ARGS = [
  'dist/cli/cli.js', 'evaluate', 'examples/cambodia-nsp-2024-2028/strategy.json',
  '--data', 'examples/cambodia-nsp-2024-2028/observations-2024.json',
  '--as-of', '2025-03-27', '--grace-days', '75', '--format', 'text',
] as const;

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (at - low);
}

function timeOnce(root: string, args: readonly string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] });
  const elapsed = performance.now() - started;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${String(result.status)}`);
  return elapsed;
}

/**
 * Measures the command's cold start against `node -e 0`.
 *
 * @param root - The repository root (holding `dist/cli/cli.js`).
 * @param runs - Timed runs of each, after two untimed ones that warm the file cache.
 * @returns Medians and spread in ms.
 * @throws {Error} When the command is not built or a run fails.
 */
export function measureColdStart(root: string, runs: number): ColdStart {
  if (!existsSync(join(root, 'dist', 'cli', 'cli.js'))) throw new Error('dist/cli/cli.js is missing: run `npm run build` first');
  for (let i = 0; i < 2; i++) {
    timeOnce(root, COLD_START_ARGS);
    timeOnce(root, ['-e', '0']);
  }
  const command: number[] = [];
  const node: number[] = [];
  for (let i = 0; i < runs; i++) {
    command.push(timeOnce(root, COLD_START_ARGS));
    node.push(timeOnce(root, ['-e', '0']));
  }
  const p50 = quantile(command, 0.5);
  const nodeP50 = quantile(node, 0.5);
  return { runs, p50, min: Math.min(...command), p75: quantile(command, 0.75), nodeP50, overhead: p50 - nodeP50 };
}
