// The `template` job: the CSV a ministry fills in for a period. A mistyped actor or period is a
// usage error (exit 2), like any other bad option value.
import type { TemplateArgs } from '../commands/template.js';
import { loadStrategy } from '../data.js';
import { EXIT, UsageError } from '../errors.js';
import { displayName, writeOutput } from '../files.js';
import { loadCsv, safeParsePeriod } from '../library.js';

/** Runs `logframe template`; returns the exit code. */
export async function runTemplate(args: TemplateArgs): Promise<number> {
  const period = safeParsePeriod(args.period);
  if (!period.ok) throw new UsageError(`--period "${args.period}" is not a period id: ${period.problems.map((problem) => problem.message).join(' ')}`);
  const { strategy } = await loadStrategy(args.strategy);
  if (!strategy.actors.some((actor) => actor.id === args.actor)) {
    throw new UsageError(`No actor "${args.actor}" in ${displayName(args.strategy)}; use one of: ${strategy.actors.map((actor) => actor.id).join(', ')}.`);
  }
  const { reportingTemplate } = await loadCsv();
  await writeOutput(args.out, reportingTemplate(strategy, { actor: args.actor, period: args.period, ...(args.lang === undefined ? {} : { lang: args.lang }) }));
  return EXIT.ok;
}
