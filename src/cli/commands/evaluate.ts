// `logframe evaluate` on the command line: its options and the checks that need no file.
import type { CommandLine, OptionSpecs } from '../commandLine.js';
import { defineCommand } from '../command.js';
import type { DataOptions } from '../data.js';
import { UsageError } from '../errors.js';
import { DATA_OPTION_SPECS, dataOptions, dataPaths } from './dataOptions.js';

export const FORMATS = ['text', 'md', 'html', 'csv', 'json'] as const;
export const LANGUAGES = ['en', 'km'] as const;
const USAGE = 'logframe evaluate <strategy.json> --data <file>... --as-of YYYY-MM-DD [options]';

/** What `evaluate` was asked to do. */
export interface EvaluateArgs {
  readonly strategy: string;
  readonly data: readonly string[];
  readonly dataOptions: DataOptions;
  /** Checked as a date by the job, with the library's calendar. */
  readonly asOf: string;
  /** Checked against the presets by the job. */
  readonly method: string | undefined;
  readonly format: (typeof FORMATS)[number];
  readonly lang: (typeof LANGUAGES)[number];
  readonly breakdowns: readonly string[];
  readonly includeDrafts: boolean;
  readonly graceDays: number | undefined;
  readonly smallCell: number | undefined;
  readonly fragment: boolean;
  readonly allowRejected: boolean;
  readonly out: string | undefined;
}

const options = {
  ...DATA_OPTION_SPECS,
  'as-of': { type: 'string' },
  method: { type: 'string' },
  format: { type: 'string' },
  lang: { type: 'string' },
  breakdown: { type: 'string', multiple: true },
  'include-drafts': { type: 'boolean' },
  'grace-days': { type: 'string' },
  'small-cell': { type: 'string' },
  fragment: { type: 'boolean' },
  'allow-rejected': { type: 'boolean' },
  out: { type: 'string' },
} as const satisfies OptionSpecs;

function parse(line: CommandLine): EvaluateArgs {
  const strategy = line.strategyPath(USAGE);
  const asOf = line.text('as-of');
  if (asOf === undefined) throw new UsageError('--as-of YYYY-MM-DD is required: the evaluation date is never taken from the clock.');
  const format = line.choice('format', FORMATS, 'text');
  const fragment = line.flag('fragment');
  if (fragment && format !== 'html') throw new UsageError('--fragment applies to --format html only.');
  const data = dataPaths(line, strategy);
  if (data.length === 0) throw new UsageError('Give at least one data file with --data <file> (or --data - for stdin).');
  return {
    strategy,
    data,
    dataOptions: dataOptions(line),
    asOf,
    method: line.text('method'),
    format,
    lang: line.choice('lang', LANGUAGES, 'en'),
    breakdowns: line.list('breakdown'),
    includeDrafts: line.flag('include-drafts'),
    graceDays: line.integer('grace-days', 0, 3660),
    smallCell: line.integer('small-cell', 0, 1_000_000),
    fragment,
    allowRejected: line.flag('allow-rejected'),
    out: line.text('out'),
  };
}

/** The `evaluate` command. */
export const evaluateCommand = defineCommand({ options, parse, job: async () => (await import('../jobs/evaluate.js')).runEvaluate });
