// The `convert` job: reported values to CSV, JSON, DHIS2 or IATI. The values are validated on the
// way (a conversion never carries a rejected row along without a word), and each writer is loaded
// only when it is the one asked for.
import type { ConvertArgs } from '../commands/convert.js';
import { loadData, loadStrategy, withMappingProblems } from '../data.js';
import type { LoadedData } from '../data.js';
import { EXIT } from '../errors.js';
import { displayName, readJson, writeOutput } from '../files.js';
import { loadCsv, loadDhis2, loadIati } from '../library.js';
import type { Observation, Strategy } from '../library.js';
import { reportData } from './dataReport.js';

/** Runs `logframe convert`; returns the exit code. */
export async function runConvert(args: ConvertArgs): Promise<number> {
  const { strategy, warnings } = await loadStrategy(args.strategy);
  // Without data, IATI still carries the results, indicators, baselines and targets.
  const data: LoadedData = args.data.length > 0 ? await loadData(args.data, strategy, args.dataOptions) : { observations: [], sources: [], rejected: 0, unreadable: 0 };
  if (!reportData(displayName(args.strategy), warnings, data, args.allowRejected)) return EXIT.invalid;
  await writeOutput(args.out, await convert(args, strategy, data.observations));
  return EXIT.ok;
}

async function convert(args: ConvertArgs, strategy: Strategy, observations: readonly Observation[]): Promise<string> {
  switch (args.to) {
    case 'json':
      return `${JSON.stringify(observations, null, 2)}\n`;
    case 'csv':
      return (await loadCsv()).writeObservationsCsv(strategy, observations);
    case 'dhis2': {
      const mapping = await readJson(args.mapping);
      const { toDhis2 } = await loadDhis2();
      return `${JSON.stringify(withMappingProblems(() => toDhis2(strategy, observations, mapping), args.mapping), null, 2)}\n`;
    }
    case 'iati':
      return (await loadIati()).toIatiXml(strategy, observations, {
        reportingOrg: { ref: args.reportingOrg },
        ...(args.identifier === undefined ? {} : { identifier: args.identifier }),
      });
  }
}
