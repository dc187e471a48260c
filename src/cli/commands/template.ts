// `logframe template` on the command line.
import type { CommandLine, OptionSpecs } from '../commandLine.js';
import { defineCommand } from '../command.js';
import { UsageError } from '../errors.js';

const USAGE = 'logframe template <strategy.json> --actor <id> --period <id> [--lang <lang>] [--out <file>]';

/** Whose template, for which period. */
export interface TemplateArgs {
  readonly strategy: string;
  readonly actor: string;
  /** Checked as a period id by the job. */
  readonly period: string;
  readonly lang: string | undefined;
  readonly out: string | undefined;
}

const options = {
  actor: { type: 'string' },
  period: { type: 'string' },
  lang: { type: 'string' },
  out: { type: 'string' },
} as const satisfies OptionSpecs;

function parse(line: CommandLine): TemplateArgs {
  const strategy = line.strategyPath(USAGE);
  const actor = line.text('actor');
  const period = line.text('period');
  if (actor === undefined || period === undefined) throw new UsageError('Give --actor <id> and --period <id>, e.g. --actor MOJ --period 2025.');
  return { strategy, actor, period, lang: line.text('lang'), out: line.text('out') };
}

/** The `template` command. */
export const templateCommand = defineCommand({ options, parse, job: async () => (await import('../jobs/template.js')).runTemplate });
