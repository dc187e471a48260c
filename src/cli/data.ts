// Loads the strategy and data files named on the command line, in whatever format they come.
import { parseObservations, parseStrategy } from '../index.js';
import type { Observation, Problem, RejectedItem, Strategy } from '../index.js';
import { InputError, readInput, readJson } from './files.js';
import { Progress } from './progress.js';
import { UsageError } from './UsageError.js';

export type DataFormat = 'json' | 'csv' | 'dhis2';

/** What was read from one data file. */
export interface LoadedSource {
  readonly path: string;
  readonly format: DataFormat;
  readonly rejected: readonly RejectedItem[];
  readonly warnings: readonly Problem[];
  readonly note?: string;
}

/** Observations from every data file, validated together, and what each file rejected. */
export interface LoadedData {
  readonly observations: readonly Observation[];
  readonly sources: readonly LoadedSource[];
  readonly rejected: number;
}

/** Reads and validates the strategy file; throws LogframeError with its problems. */
export async function loadStrategy(path: string): Promise<Strategy> {
  return parseStrategy(await readJson(path));
}

/** Guesses a data file's format from its first non-blank bytes. */
export function detectFormat(bytes: Uint8Array): DataFormat {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) return /"dataValues"\s*:/.test(head) ? 'dhis2' : 'json';
  return 'csv';
}

/** Reads every data file and validates all observations together (so duplicates across files are found). */
export async function loadData(paths: readonly string[], strategy: Strategy, options: { format?: DataFormat; mapping?: string }): Promise<LoadedData> {
  const collected: Observation[] = [];
  const sources: LoadedSource[] = [];
  const progress = new Progress();
  for (const path of paths) {
    progress.start(`Reading ${path === '-' ? 'stdin' : path}`);
    const bytes = await readInput(path);
    const format = options.format ?? detectFormat(bytes);
    if (format === 'json') {
      let input: unknown;
      try {
        input = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')) as unknown;
      } catch (error) {
        throw new InputError(`${path} is not valid JSON: ${(error as Error).message}`);
      }
      const items = Array.isArray(input) ? input : (input as { observations?: unknown })?.observations;
      if (!Array.isArray(items)) throw new InputError(`${path}: expected a JSON list of observations (or { "observations": [ … ] }).`);
      const parsed = parseObservations(items, strategy);
      collected.push(...parsed.observations);
      sources.push({ path, format, rejected: parsed.rejected, warnings: parsed.warnings });
    } else if (format === 'csv') {
      const { readObservationsCsv } = await import('../io/index.js');
      const parsed = await readObservationsCsv(bytes, strategy, {});
      collected.push(...parsed.observations);
      sources.push({ path, format, rejected: parsed.rejected, warnings: parsed.warnings, note: `CSV: ${parsed.dialect.format} format, delimiter "${parsed.dialect.delimiter}"` });
    } else {
      if (options.mapping === undefined) throw new UsageError(`${path} holds DHIS2 data: give the mapping with --mapping <file>.`);
      const { fromDhis2 } = await import('../io/index.js');
      const parsed = fromDhis2(bytes, strategy, await readJson(options.mapping));
      collected.push(...parsed.observations);
      sources.push({ path, format, rejected: parsed.rejected, warnings: parsed.warnings });
    }
    progress.done(`${path === '-' ? 'stdin' : path}: ${collected.length} values so far`);
  }
  // Validate across files: the same value in two files is a duplicate, a later one a revision.
  const combined = parseObservations(collected, strategy);
  const crossRejected = combined.rejected;
  if (crossRejected.length > 0) sources.push({ path: '(all files together)', format: 'json', rejected: crossRejected, warnings: [] });
  const rejected = sources.reduce((sum, source) => sum + source.rejected.length, 0);
  return { observations: combined.observations, sources, rejected };
}
