// The options of every command that reads data files.
import type { CommandLine, OptionSpecs } from '../commandLine.js';
import type { DataOptions } from '../data.js';
import { DATA_FORMATS } from '../dataFormat.js';
import { UsageError } from '../errors.js';

/** `--data`, `--data-format` and `--mapping`. */
export const DATA_OPTION_SPECS = {
  data: { type: 'string', multiple: true },
  'data-format': { type: 'string' },
  mapping: { type: 'string' },
} as const satisfies OptionSpecs;

/** How to read the data files, as given. */
export function dataOptions(line: CommandLine): DataOptions {
  return { format: line.choice('data-format', DATA_FORMATS), mapping: line.text('mapping') };
}

/** The data files, after checking that stdin (`-`) is named once at most, strategy and mapping included. */
export function dataPaths(line: CommandLine, strategy: string): string[] {
  const data = line.list('data');
  if ([strategy, ...data, line.text('mapping')].filter((path) => path === '-').length > 1) {
    throw new UsageError('stdin (-) can be read only once: name it for one file only.');
  }
  return data;
}
