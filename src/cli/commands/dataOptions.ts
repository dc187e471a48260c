// The options of every command that reads data files.
import type { CommandLine, OptionSpecs } from '../commandLine.js';
import type { DataOptions } from '../data.js';
import { CSV_DELIMITERS, DATA_FORMATS } from '../dataFormat.js';
import type { CsvDelimiter } from '../dataFormat.js';
import { UsageError } from '../errors.js';

/** `--data`, `--data-format`, `--delimiter` and `--mapping`. */
export const DATA_OPTION_SPECS = {
  data: { type: 'string', multiple: true },
  'data-format': { type: 'string' },
  delimiter: { type: 'string' },
  mapping: { type: 'string' },
} as const satisfies OptionSpecs;

/** How to read the data files, as given. */
export function dataOptions(line: CommandLine): DataOptions {
  return { format: line.choice('data-format', DATA_FORMATS), delimiter: delimiterOf(line), mapping: line.text('mapping') };
}

/** `--delimiter`, checked here because `must be one of ,, ;, auto` would be hard to read. */
function delimiterOf(line: CommandLine): CsvDelimiter | undefined {
  const raw = line.text('delimiter');
  if (raw === undefined) return undefined;
  if (!(CSV_DELIMITERS as readonly string[]).includes(raw)) {
    throw new UsageError(`--delimiter takes "," (the default), ";" or auto (to detect "," or ";"), not ${JSON.stringify(raw)}. Quote a semicolon for the shell: --delimiter ';'.`);
  }
  return raw as CsvDelimiter;
}

/** The data files, after checking that stdin (`-`) is named once at most, strategy and mapping included. */
export function dataPaths(line: CommandLine, strategy: string): string[] {
  const data = line.list('data');
  if ([strategy, ...data, line.text('mapping')].filter((path) => path === '-').length > 1) {
    throw new UsageError('stdin (-) can be read only once: name it for one file only.');
  }
  return data;
}
