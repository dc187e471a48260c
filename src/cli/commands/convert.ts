// `logframe convert` on the command line: the target format and what each target needs.
import type { CommandLine, OptionSpecs } from '../commandLine.js';
import { defineCommand } from '../command.js';
import type { DataOptions } from '../data.js';
import { UsageError } from '../errors.js';
import { DATA_OPTION_SPECS, dataOptions, dataPaths } from './dataOptions.js';

export const TARGETS = ['csv', 'json', 'dhis2', 'iati'] as const;
const USAGE = 'logframe convert <strategy.json> [--data <file>...] --to csv|json|dhis2|iati [options]';

/** What `convert` was asked to write. */
export type ConvertArgs = {
  readonly strategy: string;
  readonly data: readonly string[];
  readonly dataOptions: DataOptions;
  readonly allowRejected: boolean;
  readonly out: string | undefined;
} & (
  | { readonly to: 'csv' | 'json' }
  | { readonly to: 'dhis2'; readonly mapping: string }
  | { readonly to: 'iati'; readonly reportingOrg: string; readonly identifier: string | undefined }
);

const options = {
  ...DATA_OPTION_SPECS,
  to: { type: 'string' },
  'iati-identifier': { type: 'string' },
  'reporting-org': { type: 'string' },
  'allow-rejected': { type: 'boolean' },
  out: { type: 'string' },
} as const satisfies OptionSpecs;

function parse(line: CommandLine): ConvertArgs {
  const strategy = line.strategyPath(USAGE);
  const common = {
    strategy,
    data: dataPaths(line, strategy),
    dataOptions: dataOptions(line),
    allowRejected: line.flag('allow-rejected'),
    out: line.text('out'),
  };
  const to = line.choice('to', TARGETS);
  switch (to) {
    case undefined:
      throw new UsageError(`Give the format to convert to: --to ${TARGETS.join('|')}.`);
    case 'dhis2': {
      const mapping = line.text('mapping');
      if (mapping === undefined) throw new UsageError('--to dhis2 needs the mapping: --mapping <file>.');
      return { ...common, to, mapping };
    }
    case 'iati': {
      const reportingOrg = line.text('reporting-org');
      if (reportingOrg === undefined) throw new UsageError('--to iati needs the reporting organisation\'s IATI identifier: --reporting-org <ref>, e.g. KH-GOV-1.');
      return { ...common, to, reportingOrg, identifier: line.text('iati-identifier') };
    }
    default:
      return { ...common, to };
  }
}

/** The `convert` command. */
export const convertCommand = defineCommand({ options, parse, job: async () => (await import('../jobs/convert.js')).runConvert });
