#!/usr/bin/env node
// The `logframe` command: a thin shell over the public API. Results go to stdout, problems to
// stderr; exit 0 on success, 1 for invalid input, 2 for wrong usage.
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { LogframeError } from '../index.js';
import { runConvert } from './commands/convert.js';
import { runEvaluate } from './commands/evaluate.js';
import { runInit } from './commands/init.js';
import { runSchema } from './commands/schema.js';
import { runTemplate } from './commands/template.js';
import { runValidate } from './commands/validate.js';
import type { DataFormat } from './data.js';
import { InputError } from './files.js';
import { HELP, MAIN_HELP } from './help.js';
import { describeProblems } from './report.js';
import { UsageError } from './UsageError.js';

declare const __LOGFRAME_VERSION__: string;

const DATA_OPTIONS = {
  data: { type: 'string', multiple: true },
  'data-format': { type: 'string' },
  mapping: { type: 'string' },
} as const;

const OPTIONS: Record<string, NonNullable<ParseArgsConfig['options']>> = {
  evaluate: {
    ...DATA_OPTIONS,
    'as-of': { type: 'string' },
    method: { type: 'string' },
    format: { type: 'string', default: 'text' },
    lang: { type: 'string', default: 'en' },
    breakdown: { type: 'string', multiple: true },
    'include-drafts': { type: 'boolean', default: false },
    'grace-days': { type: 'string' },
    'small-cell': { type: 'string' },
    fragment: { type: 'boolean', default: false },
    'allow-rejected': { type: 'boolean', default: false },
    out: { type: 'string' },
  },
  validate: { ...DATA_OPTIONS, json: { type: 'boolean', default: false } },
  convert: { ...DATA_OPTIONS, to: { type: 'string' }, 'iati-identifier': { type: 'string' }, 'reporting-org': { type: 'string' }, 'allow-rejected': { type: 'boolean', default: false }, out: { type: 'string' } },
  template: { actor: { type: 'string' }, period: { type: 'string' }, out: { type: 'string' } },
  schema: {},
  init: { template: { type: 'string', default: 'minimal' } },
};

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(`${MAIN_HELP}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${__LOGFRAME_VERSION__}\n`);
    return 0;
  }
  const options = OPTIONS[command];
  if (!options) throw new UsageError(`Unknown command "${command}". Run logframe --help to see the commands.`);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${HELP[command] ?? MAIN_HELP}\n`);
    return 0;
  }
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nRun logframe ${command} --help for the options.`);
  }
  const { values, positionals } = parsed;
  const text = (name: string): string | undefined => (typeof values[name] === 'string' ? values[name] : undefined);
  const list = (name: string): string[] => (Array.isArray(values[name]) ? (values[name] as string[]) : []);
  const flag = (name: string): boolean => values[name] === true;
  const integer = (name: string): number | undefined => {
    const raw = text(name);
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw)) throw new UsageError(`--${name} takes a whole number, not "${raw}".`);
    return Number(raw);
  };
  const dataFormat = (): DataFormat | undefined => {
    const raw = text('data-format');
    if (raw === undefined) return undefined;
    if (raw !== 'json' && raw !== 'csv' && raw !== 'dhis2') throw new UsageError('--data-format must be json, csv or dhis2.');
    return raw;
  };
  const strategyPath = (): string => {
    const path = positionals[0];
    if (path === undefined) throw new UsageError(`Give the strategy file: logframe ${command} <strategy.json> …`);
    if (positionals.length > 1) throw new UsageError(`Unexpected argument "${positionals[1] ?? ''}"; data files go after --data.`);
    return path;
  };
  const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [P in K]?: V }));

  switch (command) {
    case 'evaluate':
      return runEvaluate({
        strategy: strategyPath(),
        data: list('data'),
        ...optional('dataFormat', dataFormat()),
        ...optional('mapping', text('mapping')),
        ...optional('asOf', text('as-of')),
        ...optional('method', text('method')),
        format: text('format') ?? 'text',
        lang: text('lang') ?? 'en',
        breakdowns: list('breakdown'),
        includeDrafts: flag('include-drafts'),
        ...optional('graceDays', integer('grace-days')),
        ...optional('smallCell', integer('small-cell')),
        fragment: flag('fragment'),
        allowRejected: flag('allow-rejected'),
        ...optional('out', text('out')),
      });
    case 'validate':
      return runValidate({ strategy: strategyPath(), data: list('data'), ...optional('dataFormat', dataFormat()), ...optional('mapping', text('mapping')), json: flag('json') });
    case 'convert':
      return runConvert({
        strategy: strategyPath(),
        data: list('data'),
        ...optional('dataFormat', dataFormat()),
        ...optional('to', text('to')),
        ...optional('mapping', text('mapping')),
        ...optional('iatiIdentifier', text('iati-identifier')),
        ...optional('reportingOrg', text('reporting-org')),
        allowRejected: flag('allow-rejected'),
        ...optional('out', text('out')),
      });
    case 'template':
      return runTemplate({ strategy: strategyPath(), ...optional('actor', text('actor')), ...optional('period', text('period')), ...optional('out', text('out')) });
    case 'schema':
      return runSchema(positionals[0]);
    default:
      return runInit({ dir: positionals[0] ?? '.', template: text('template') ?? 'minimal' });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`logframe: ${error.message}\n`);
      process.exitCode = 2;
    } else if (error instanceof LogframeError) {
      process.stderr.write(`${describeProblems(error.problems, error.message.split('\n')[0]?.split(':')[0] ?? 'Invalid input').join('\n')}\n`);
      process.exitCode = 1;
    } else if (error instanceof InputError) {
      process.stderr.write(`logframe: ${error.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`logframe: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    }
  },
);
