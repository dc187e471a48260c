// `logframe convert`: reported values to CSV, JSON, DHIS2 or IATI. The values are validated on the
// way (a conversion never carries a rejected row along without a word), and each writer is loaded
// only when it is the one asked for.
import type { CommandLine, OptionSpecs } from '../commandLine.js';
import { loadData, loadStrategy, withMappingProblems } from '../data.js';
import type { LoadedData } from '../data.js';
import { EXIT, UsageError } from '../errors.js';
import { displayName, readJson, writeOutput } from '../files.js';
import { loadCsv, loadDhis2, loadIati } from '../library.js';
import type { Observation, Strategy } from '../library.js';
import type { Command } from '../registry.js';
import { DATA_OPTION_SPECS, dataOptions, reportData } from './shared.js';

const TARGETS = ['csv', 'json', 'dhis2', 'iati'] as const;
const USAGE = 'logframe convert <strategy.json> [--data <file>...] --to csv|json|dhis2|iati [options]';

const options = {
  ...DATA_OPTION_SPECS,
  to: { type: 'string' },
  'iati-identifier': { type: 'string' },
  'reporting-org': { type: 'string' },
  'allow-rejected': { type: 'boolean' },
  out: { type: 'string' },
} as const satisfies OptionSpecs;

async function run(line: CommandLine): Promise<number> {
  const strategyPath = line.strategyPath(USAGE);
  const to = line.choice('to', TARGETS);
  if (to === undefined) throw new UsageError(`Give the format to convert to: --to ${TARGETS.join('|')}.`);
  const mapping = line.text('mapping');
  if (to === 'dhis2' && mapping === undefined) throw new UsageError('--to dhis2 needs the mapping: --mapping <file>.');
  const reportingOrg = line.text('reporting-org');
  if (to === 'iati' && reportingOrg === undefined) throw new UsageError('--to iati needs the reporting organisation\'s IATI identifier: --reporting-org <ref>, e.g. KH-GOV-1.');
  const identifier = line.text('iati-identifier');
  const dataPaths = line.list('data');

  const { strategy, warnings } = await loadStrategy(strategyPath);
  const data: LoadedData = dataPaths.length > 0 ? await loadData(dataPaths, strategy, dataOptions(line)) : { observations: [], sources: [], rejected: 0, unreadable: 0 };
  if (!reportData(displayName(strategyPath), warnings, data, line.flag('allow-rejected'))) return EXIT.invalid;

  const output = await convert(to, strategy, data.observations, { mapping, reportingOrg, identifier });
  await writeOutput(line.text('out'), output);
  return EXIT.ok;
}

async function convert(to: (typeof TARGETS)[number], strategy: Strategy, observations: readonly Observation[], options: { mapping: string | undefined; reportingOrg: string | undefined; identifier: string | undefined }): Promise<string> {
  switch (to) {
    case 'json':
      return `${JSON.stringify(observations, null, 2)}\n`;
    case 'csv':
      return (await loadCsv()).writeObservationsCsv(strategy, observations);
    case 'dhis2': {
      const mappingPath = options.mapping ?? '';
      const mapping = await readJson(mappingPath);
      const { toDhis2 } = await loadDhis2();
      return `${JSON.stringify(withMappingProblems(() => toDhis2(strategy, observations, mapping), mappingPath), null, 2)}\n`;
    }
    case 'iati':
      return (await loadIati()).toIatiXml(strategy, observations, {
        reportingOrg: { ref: options.reportingOrg ?? '' },
        ...(options.identifier === undefined ? {} : { identifier: options.identifier }),
      });
  }
}

/** The `convert` command. */
export const convertCommand: Command = { options, run };
