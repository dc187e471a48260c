// What a run loads, and what it shows on stderr: the command loads the CSV parser and the XML
// library only for jobs that need them, and shows progress only on a terminal. (How fast it
// starts is measured, not tested: see docs/cli.md.)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, cli, lib, observations2024, run, strategyFile, tempDir } from './helpers.js';

const { parseObservations, parseStrategy, writeObservationsCsv } = lib;

/** Runs the command with a loader hook that records every module it resolves; returns the package names. */
function packagesLoaded(args: readonly string[], cwd: string): Set<string> {
  const trace = join(cwd, 'trace.txt');
  writeFileSync(trace, '');
  writeFileSync(join(cwd, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(trace)}, result.url + '\\n');
  return result;
}
`);
  writeFileSync(join(cwd, 'register.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`);
  const result = run(args, { cwd, nodeArgs: ['--import', './register.mjs'] });
  expect(result.status, result.stderr).toBe(0);
  const names = readFileSync(trace, 'utf8').split('\n').map((url) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1]).filter((name): name is string => name !== undefined);
  return new Set(names);
}

const strategy = parseStrategy(JSON.parse(readFileSync(strategyFile, 'utf8')));
const { observations } = parseObservations(JSON.parse(readFileSync(observations2024, 'utf8')), strategy);

describe('what a run loads', () => {
  it('evaluate with JSON data loads neither the CSV parser nor the XML library', () => {
    const loaded = packagesLoaded(['evaluate', strategyFile, '--data', observations2024, '--as-of', AS_OF, '--format', 'html'], tempDir());
    // zod and mathjs are bundled into the command; the CSV test below shows the trace sees external packages.
    expect(loaded.has('papaparse')).toBe(false);
    expect(loaded.has('fast-xml-parser')).toBe(false);
  });

  it('evaluate with CSV data loads the CSV parser, not the XML library', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'data.csv'), writeObservationsCsv(strategy, observations));
    const loaded = packagesLoaded(['evaluate', strategyFile, '--data', 'data.csv', '--as-of', AS_OF], dir);
    expect(loaded.has('papaparse')).toBe(true);
    expect(loaded.has('fast-xml-parser')).toBe(false);
  });

  it('--version and --help load no part of the library', () => {
    for (const flag of ['--version', '--help']) expect([...packagesLoaded([flag], tempDir())]).toEqual([]);
  });
});

describe('progress of long imports', () => {
  /** A CSV above 1 MiB (the size from which the command reads in slices), with valid rows. */
  function bigCsv(dir: string): string {
    const padded = observations.map((observation) => ({ ...observation, note: `${'n'.repeat(12_000)}` }));
    writeFileSync(join(dir, 'big.csv'), writeObservationsCsv(strategy, padded));
    return 'big.csv';
  }

  it('is never shown when stderr is not a terminal', () => {
    const dir = tempDir();
    const result = run(['validate', strategyFile, '--data', bigCsv(dir)], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/\r|\x1b/);
  });

  // `script` gives the command a terminal; without it (macOS, Windows) this check cannot run.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('is shown on a terminal, and erased once the import is done', () => {
    const dir = tempDir();
    const command = [process.execPath, cli, 'validate', strategyFile, '--data', bigCsv(dir)].map((arg) => `'${arg}'`).join(' ');
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.stdout).toContain('Reading big.csv');
    expect(result.stdout).toContain('\r\x1b[2K');
    expect(result.stdout).toMatch(/big\.csv: CSV \(long, delimiter ","\), \d+ accepted, 0 rejected/);
  });
});
