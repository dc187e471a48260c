import { parsePeriod, reportingTemplate } from '../../index.js';
import { loadStrategy } from '../data.js';
import { writeOutput } from '../files.js';
import { UsageError } from '../UsageError.js';

/** `logframe template`: writes a ministry's reporting template. Returns the exit code. */
export async function runTemplate(args: { strategy: string; actor?: string; period?: string; out?: string }): Promise<number> {
  if (args.actor === undefined || args.period === undefined) throw new UsageError('Give --actor <id> and --period <id>, e.g. --actor MOJ --period 2025.');
  parsePeriod(args.period);
  const strategy = await loadStrategy(args.strategy);
  if (!strategy.actors.some((actor) => actor.id === args.actor)) throw new UsageError(`No actor "${args.actor}" in ${args.strategy}; use one of: ${strategy.actors.map((actor) => actor.id).join(', ')}.`);
  await writeOutput(args.out, reportingTemplate(strategy, { actor: args.actor, period: args.period }));
  return 0;
}
