import { evaluate, summarize, toCsv, toHtml, toMarkdown, toText } from '../../index.js';
import { loadData, loadStrategy } from '../data.js';
import type { DataFormat } from '../data.js';
import { writeOutput } from '../files.js';
import { describeProblems, describeRejected } from '../report.js';
import { UsageError } from '../UsageError.js';

export interface EvaluateArgs {
  readonly strategy: string;
  readonly data: readonly string[];
  readonly dataFormat?: DataFormat;
  readonly mapping?: string;
  readonly asOf?: string;
  readonly method?: string;
  readonly format: string;
  readonly lang: string;
  readonly breakdowns: readonly string[];
  readonly includeDrafts: boolean;
  readonly graceDays?: number;
  readonly smallCell?: number;
  readonly fragment: boolean;
  readonly allowRejected: boolean;
  readonly out?: string;
}

const FORMATS = ['text', 'md', 'html', 'csv', 'json'];

/** `logframe evaluate`: the main job. Returns the exit code. */
export async function runEvaluate(args: EvaluateArgs): Promise<number> {
  if (args.asOf === undefined) throw new UsageError('--as-of YYYY-MM-DD is required: the evaluation date is never taken from the clock.');
  if (!FORMATS.includes(args.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
  if (args.lang !== 'en' && args.lang !== 'km') throw new UsageError('--lang must be en or km.');
  if (args.data.length === 0) throw new UsageError('Give at least one data file with --data <file> (or --data - for stdin).');
  const strategy = await loadStrategy(args.strategy);
  const data = await loadData(args.data, strategy, { ...(args.dataFormat ? { format: args.dataFormat } : {}), ...(args.mapping ? { mapping: args.mapping } : {}) });
  for (const source of data.sources) {
    for (const line of [...describeRejected(source.rejected, source.path), ...describeProblems(source.warnings, `${source.path} warnings`)]) process.stderr.write(`${line}\n`);
  }
  if (data.rejected > 0 && !args.allowRejected) {
    process.stderr.write(`${data.rejected} data row${data.rejected === 1 ? ' was' : 's were'} rejected; fix ${data.rejected === 1 ? 'it' : 'them'}, or pass --allow-rejected to evaluate without ${data.rejected === 1 ? 'it' : 'them'}.\n`);
    return 1;
  }
  const evaluation = evaluate(strategy, data.observations, {
    asOf: args.asOf,
    ...(args.method === undefined ? {} : { method: args.method }),
    includeDrafts: args.includeDrafts,
    ...(args.graceDays === undefined ? {} : { graceDays: args.graceDays }),
    breakdowns: [...args.breakdowns],
  });
  const lang = args.lang;
  const summary = summarize(evaluation, { lang, ...(args.smallCell === undefined ? {} : { smallCellThreshold: args.smallCell }) });
  let output: string;
  switch (args.format) {
    case 'json':
      output = `${JSON.stringify(summary, null, 2)}\n`;
      break;
    case 'md':
      output = toMarkdown(summary, { lang });
      break;
    case 'html':
      output = toHtml(summary, { lang, fragment: args.fragment });
      break;
    case 'csv':
      output = toCsv(summary, { lang });
      break;
    default:
      output = toText(summary, { lang, color: args.out === undefined && process.stdout.isTTY === true });
  }
  await writeOutput(args.out, output);
  return 0;
}
