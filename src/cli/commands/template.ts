// `logframe template`: the CSV a ministry fills in for a period. The actor and period are checked
// here, before the strategy is read, so that a mistyped option is a usage error (exit 2).
import type { CommandLine, OptionSpecs } from '../commandLine.js';
import { loadStrategy } from '../data.js';
import { EXIT, UsageError } from '../errors.js';
import { displayName, writeOutput } from '../files.js';
import { loadCsv, safeParsePeriod } from '../library.js';
import type { Command } from '../registry.js';

const USAGE = 'logframe template <strategy.json> --actor <id> --period <id> [--lang <lang>] [--out <file>]';

const options = {
  actor: { type: 'string' },
  period: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string' },
} as const satisfies OptionSpecs;

async function run(line: CommandLine): Promise<number> {
  const strategyPath = line.strategyPath(USAGE);
  const actor = line.text('actor');
  const period = line.text('period');
  if (actor === undefined || period === undefined) throw new UsageError('Give --actor <id> and --period <id>, e.g. --actor MOJ --period 2025.');
  const parsed = safeParsePeriod(period);
  if (!parsed.ok) throw new UsageError(`--period "${period}" is not a period id: ${parsed.problems.map((problem) => problem.message).join(' ')}`);
  const lang = line.text('lang');

  const { strategy } = await loadStrategy(strategyPath);
  if (!strategy.actors.some((candidate) => candidate.id === actor)) {
    throw new UsageError(`No actor "${actor}" in ${displayName(strategyPath)}; use one of: ${strategy.actors.map((candidate) => candidate.id).join(', ')}.`);
  }
  const { reportingTemplate } = await loadCsv();
  await writeOutput(line.text('out'), reportingTemplate(strategy, { actor, period, ...(lang === undefined ? {} : { lang }) }));
  return EXIT.ok;
}

/** The `template` command. */
export const templateCommand: Command = { options, run };
