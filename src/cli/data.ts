// Loads the strategy and the data files named on the command line, in whatever format the data
// comes, and checks the values of all files together. Nothing is dropped without a word: every
// file ends up as a LoadedSource with what it gave, what it rejected and why.
import { checkAcrossFiles } from './crossFile.js';
import type { FileBatch } from './crossFile.js';
import { recogniseData } from './dataFormat.js';
import type { CsvDelimiter, DataFormat } from './dataFormat.js';
import { InputError, UsageError } from './errors.js';
import { displayName, readInput, readJson } from './files.js';
import { formatNumber, LogframeError, loadCsv, loadDhis2, parseObservations, safeParseStrategy } from './library.js';
import type { CsvIo, Observation, ParsedObservations, Problem, RejectedItem, Strategy } from './library.js';
import { Progress } from './progress.js';

/** CSV files above this size are read in slices, so that a terminal can show how far the import is. */
const SLICE = 1 << 20;

/** A strategy that passed validation, with its warnings. */
export interface LoadedStrategy {
  readonly strategy: Strategy;
  readonly warnings: readonly Problem[];
}

/** What one data file gave (or, for `problems`, why none of it could be read). */
export interface LoadedSource {
  /** The file as named on the command line (`stdin` for `-`), or `all data files` for checks across files. */
  readonly name: string;
  /** How it was read, e.g. `JSON` or `CSV (long, delimiter ",")`; absent when it could not be read. */
  readonly format?: string;
  readonly accepted: number;
  readonly rejected: readonly RejectedItem[];
  readonly warnings: readonly Problem[];
  /** Problems that made the whole file unusable: a bad header, invalid JSON … */
  readonly problems: readonly Problem[];
  /** Names a rejected item or a warning's item where line numbers do not apply. */
  readonly locate?: (index: number) => string;
}

/** The accepted observations of every data file, and what each file gave. */
export interface LoadedData {
  readonly observations: readonly Observation[];
  readonly sources: readonly LoadedSource[];
  /** Rejected items, in all files. */
  readonly rejected: number;
  /** Files that could not be read at all. */
  readonly unreadable: number;
}

/** How to read the data files. */
export interface DataOptions {
  /** The format of every data file; detected from each file's content when absent. */
  readonly format?: DataFormat | undefined;
  /** The delimiter of CSV data files: `,` when absent, as for the library; `auto` detects `,` or `;`. */
  readonly delimiter?: CsvDelimiter | undefined;
  /** The DHIS2 mapping file, needed for DHIS2 data. */
  readonly mapping?: string | undefined;
}

/** Reads and validates the strategy file, reporting every problem instead of throwing. */
export async function checkStrategy(path: string): Promise<ReturnType<typeof safeParseStrategy>> {
  return safeParseStrategy(await readJson(path));
}

/**
 * Reads and validates the strategy file.
 *
 * @throws {InputError} Listing every problem of an invalid strategy.
 */
export async function loadStrategy(path: string): Promise<LoadedStrategy> {
  const result = await checkStrategy(path);
  if (!result.ok) throw new InputError(displayName(path), result.problems);
  return { strategy: result.value, warnings: result.warnings };
}

/**
 * Reads every data file and checks all their values together (the same value in two files is a
 * duplicate; a later one, a revision).
 *
 * @throws {UsageError} When a file is missing, or DHIS2 data comes without a mapping.
 * @throws {InputError} When the mapping is invalid.
 */
export async function loadData(paths: readonly string[], strategy: Strategy, options: DataOptions): Promise<LoadedData> {
  const readers = new Readers(strategy, options);
  const sources: LoadedSource[] = [];
  const batches: FileBatch[] = [];
  for (const path of paths) {
    const name = displayName(path);
    const bytes = await readInput(path);
    try {
      const { format, parsed } = await readers.read(bytes, name);
      sources.push({ name, format, accepted: parsed.observations.length, rejected: parsed.rejected, warnings: parsed.warnings, problems: [] });
      batches.push({ name, observations: parsed.observations });
    } catch (error) {
      if (!(error instanceof InputError || error instanceof LogframeError)) throw error;
      sources.push({ name, accepted: 0, rejected: [], warnings: [], problems: error.problems });
    }
  }
  let observations = batches[0]?.observations ?? [];
  if (batches.length > 1) {
    const across = checkAcrossFiles(batches, strategy);
    observations = across.observations;
    if (across.rejected.length > 0 || across.warnings.length > 0) {
      sources.push({ name: 'all data files', accepted: across.observations.length, rejected: across.rejected, warnings: across.warnings, problems: [], locate: across.locate });
    }
  }
  return {
    observations,
    sources,
    rejected: sources.reduce((sum, source) => sum + source.rejected.length, 0),
    unreadable: sources.filter((source) => source.problems.length > 0).length,
  };
}

/** Reads data files of any format, loading the readers and the mapping only when needed. */
class Readers {
  private mapping: Promise<unknown> | undefined;
  private readonly progress = new Progress();

  constructor(
    private readonly strategy: Strategy,
    private readonly options: DataOptions,
  ) {}

  async read(bytes: Uint8Array, name: string): Promise<{ format: string; parsed: ParsedObservations }> {
    if (bytes.length >= SLICE) this.progress.announce(`Reading ${name}…`);
    try {
      const data = recogniseData(bytes, name, this.options.format);
      if (data.format === 'json') {
        return { format: 'JSON', parsed: parseObservations(data.items, this.strategy) };
      }
      if (data.format === 'dhis2') {
        const mapping = await this.loadMapping(name);
        const { fromDhis2 } = await loadDhis2();
        return { format: 'DHIS2 dataValueSets', parsed: withMappingProblems(() => fromDhis2(data.payload, this.strategy, mapping), this.options.mapping ?? '') };
      }
      const parsed = await this.readCsv(await loadCsv(), data.bytes, name);
      return { format: `CSV (${parsed.dialect.format}, delimiter "${parsed.dialect.delimiter}")`, parsed };
    } finally {
      this.progress.clear();
    }
  }

  private readCsv(io: CsvIo, bytes: Uint8Array, name: string): ReturnType<CsvIo['readObservationsCsv']> {
    const delimiter = this.options.delimiter;
    if (!this.progress.active || bytes.length < SLICE) return io.readObservationsCsv(bytes, this.strategy, { delimiter });
    return io.readObservationsCsv(slices(bytes), this.strategy, {
      delimiter,
      onProgress: ({ chunks, rows }) => this.progress.update(`Reading ${name}: ${formatNumber(rows)} rows, ${Math.min(100, Math.round((chunks * SLICE * 100) / bytes.length))}%`),
    });
  }

  private loadMapping(name: string): Promise<unknown> {
    const path = this.options.mapping;
    if (path === undefined) throw new UsageError(`${name} holds DHIS2 data: give the mapping with --mapping <file>.`);
    this.mapping ??= readJson(path);
    return this.mapping;
  }
}

/**
 * Runs a DHIS2 reader or writer; a broken mapping is the mapping file's fault, not the data's, so
 * its problems are reported against the mapping and stop the command.
 *
 * @throws {InputError} Listing the mapping's problems.
 */
export function withMappingProblems<T>(run: () => T, mappingPath: string): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof LogframeError && error.problems.length > 0 && error.problems.every((problem) => problem.path[0] === 'mapping')) {
      throw new InputError(displayName(mappingPath), error.problems.map((problem) => ({ ...problem, path: problem.path.slice(1) })));
    }
    throw error;
  }
}

/** The file in slices, as a stream would deliver it, so that the CSV reader reports progress. */
async function* slices(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += SLICE) yield bytes.subarray(start, start + SLICE);
}
