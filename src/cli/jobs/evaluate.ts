// The `evaluate` job: reads a strategy and its data, scores them as of a date and writes the
// summary in one format. Nothing is written unless everything before it succeeded.
import type { EvaluateArgs } from '../commands/evaluate.js';
import { loadData, loadStrategy } from '../data.js';
import { EXIT, UsageError } from '../errors.js';
import { displayName, writeOutput } from '../files.js';
import { evaluate, isIsoDate, isPresetId, PRESETS, summarize, toCsv, toHtml, toMarkdown, toText } from '../library.js';
import type { EvaluationSummary } from '../library.js';
import { reportData } from './dataReport.js';

/** Runs `logframe evaluate`; returns the exit code. */
export async function runEvaluate(args: EvaluateArgs): Promise<number> {
  if (!isIsoDate(args.asOf)) throw new UsageError(`--as-of takes a date as YYYY-MM-DD, not "${args.asOf}".`);
  if (args.method !== undefined && !isPresetId(args.method)) throw new UsageError(`--method must be one of ${PRESETS.join(', ')}, not "${args.method}".`);

  const { strategy, warnings } = await loadStrategy(args.strategy);
  // evaluate() skips a dimension it does not know; on the command line that is a typo to point out.
  const unknown = args.breakdowns.filter((id) => !strategy.dimensions.some((dimension) => dimension.id === id));
  if (unknown.length > 0) {
    throw new UsageError(`--breakdown ${unknown.join(', ')}: not a dimension of ${displayName(args.strategy)}; use one of: ${strategy.dimensions.map((dimension) => dimension.id).join(', ') || '(none)'}.`);
  }
  const data = await loadData(args.data, strategy, args.dataOptions);
  if (!reportData(displayName(args.strategy), warnings, data, args.allowRejected)) return EXIT.invalid;

  const evaluation = evaluate(strategy, data.observations, {
    asOf: args.asOf,
    ...(args.method === undefined ? {} : { method: args.method }),
    includeDrafts: args.includeDrafts,
    ...(args.graceDays === undefined ? {} : { graceDays: args.graceDays }),
    breakdowns: [...args.breakdowns],
  });
  // The strategy gives what an evaluation does not carry: level names, actors' short names.
  const summary = summarize(evaluation, { lang: args.lang, strategy, ...(args.smallCell === undefined ? {} : { smallCellThreshold: args.smallCell }) });
  await writeOutput(args.out, render(summary, args));
  return EXIT.ok;
}

function render(summary: EvaluationSummary, args: EvaluateArgs): string {
  const { lang } = args;
  switch (args.format) {
    case 'json':
      return `${JSON.stringify(summary, null, 2)}\n`;
    case 'md':
      return toMarkdown(summary, { lang });
    case 'html':
      return toHtml(summary, { lang, fragment: args.fragment });
    case 'csv':
      return toCsv(summary, { lang });
    case 'text': {
      // Colour and width only for a person at a terminal; files and pipes get the stable 80 columns.
      const terminal = (args.out === undefined || args.out === '-') && process.stdout.isTTY === true;
      const color = terminal && !process.env['NO_COLOR'];
      const width = terminal ? Math.max(40, Math.min(120, process.stdout.columns)) : undefined;
      return toText(summary, { lang, color, ...(width === undefined ? {} : { width }) });
    }
  }
}
