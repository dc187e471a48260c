// `logframe evaluate`: the main job. Reads a strategy and its data, scores them as of a date and
// writes the summary in one format. Every argument is checked before any file is read, so that a
// usage mistake costs nothing and writes nothing.
import type { CommandLine, OptionSpecs } from '../commandLine.js';
import { loadData, loadStrategy } from '../data.js';
import { EXIT, UsageError } from '../errors.js';
import { displayName, writeOutput } from '../files.js';
import { evaluate, isIsoDate, isPresetId, PRESETS, summarize, toCsv, toHtml, toMarkdown, toText } from '../library.js';
import type { Command } from '../registry.js';
import { DATA_OPTION_SPECS, dataOptions, reportData } from './shared.js';

const FORMATS = ['text', 'md', 'html', 'csv', 'json'] as const;
const LANGUAGES = ['en', 'km'] as const;
const USAGE = 'logframe evaluate <strategy.json> --data <file>... --as-of YYYY-MM-DD [options]';

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

async function run(line: CommandLine): Promise<number> {
  const strategyPath = line.strategyPath(USAGE);
  const asOf = line.text('as-of');
  if (asOf === undefined) throw new UsageError('--as-of YYYY-MM-DD is required: the evaluation date is never taken from the clock.');
  if (!isIsoDate(asOf)) throw new UsageError(`--as-of takes a date as YYYY-MM-DD, not "${asOf}".`);
  const method = line.text('method');
  if (method !== undefined && !isPresetId(method)) throw new UsageError(`--method must be one of ${PRESETS.join(', ')}, not "${method}".`);
  const format = line.choice('format', FORMATS, 'text');
  const lang = line.choice('lang', LANGUAGES, 'en');
  if (line.flag('fragment') && format !== 'html') throw new UsageError('--fragment applies to --format html only.');
  const graceDays = line.integer('grace-days', 0, 3660);
  const smallCell = line.integer('small-cell', 0, 1_000_000);
  const dataPaths = line.list('data');
  if (dataPaths.length === 0) throw new UsageError('Give at least one data file with --data <file> (or --data - for stdin).');
  const out = line.text('out');

  const { strategy, warnings } = await loadStrategy(strategyPath);
  // evaluate() skips a dimension it does not know; on the command line that is a typo to point out.
  const breakdowns = line.list('breakdown');
  const unknown = breakdowns.filter((id) => !strategy.dimensions.some((dimension) => dimension.id === id));
  if (unknown.length > 0) throw new UsageError(`--breakdown ${unknown.join(', ')}: not a dimension of ${displayName(strategyPath)}; use one of: ${strategy.dimensions.map((dimension) => dimension.id).join(', ') || '(none)'}.`);
  const data = await loadData(dataPaths, strategy, dataOptions(line));
  if (!reportData(displayName(strategyPath), warnings, data, line.flag('allow-rejected'))) return EXIT.invalid;

  const evaluation = evaluate(strategy, data.observations, {
    asOf,
    ...(method === undefined ? {} : { method }),
    includeDrafts: line.flag('include-drafts'),
    ...(graceDays === undefined ? {} : { graceDays }),
    breakdowns,
  });
  // The strategy gives what an evaluation does not carry: level names, actors' short names.
  const summary = summarize(evaluation, { lang, strategy, ...(smallCell === undefined ? {} : { smallCellThreshold: smallCell }) });
  await writeOutput(out, render(summary, format, lang, line.flag('fragment'), out));
  return EXIT.ok;
}

function render(summary: ReturnType<typeof summarize>, format: (typeof FORMATS)[number], lang: (typeof LANGUAGES)[number], fragment: boolean, out: string | undefined): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(summary, null, 2)}\n`;
    case 'md':
      return toMarkdown(summary, { lang });
    case 'html':
      return toHtml(summary, { lang, fragment });
    case 'csv':
      return toCsv(summary, { lang });
    case 'text': {
      // Colour and width only for a person at a terminal; files and pipes get the stable 80 columns.
      const terminal = (out === undefined || out === '-') && process.stdout.isTTY === true;
      const color = terminal && !process.env['NO_COLOR'];
      const width = terminal ? Math.max(40, Math.min(120, process.stdout.columns)) : undefined;
      return toText(summary, { lang, color, ...(width === undefined ? {} : { width }) });
    }
  }
}

/** The `evaluate` command. */
export const evaluateCommand: Command = { options, run };
