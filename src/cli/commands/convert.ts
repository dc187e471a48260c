import { loadData, loadStrategy } from '../data.js';
import type { DataFormat } from '../data.js';
import { readJson, writeOutput } from '../files.js';
import { describeRejected } from '../report.js';
import { UsageError } from '../UsageError.js';

export interface ConvertArgs {
  readonly strategy: string;
  readonly data: readonly string[];
  readonly dataFormat?: DataFormat;
  readonly to?: string;
  readonly mapping?: string;
  readonly iatiIdentifier?: string;
  readonly reportingOrg?: string;
  readonly allowRejected: boolean;
  readonly out?: string;
}

/** `logframe convert`: data to CSV, JSON, DHIS2 or IATI. Returns the exit code. */
export async function runConvert(args: ConvertArgs): Promise<number> {
  const targets = ['csv', 'json', 'dhis2', 'iati'];
  if (args.to === undefined || !targets.includes(args.to)) throw new UsageError(`--to must be one of ${targets.join(', ')}.`);
  if (args.to === 'dhis2' && args.mapping === undefined) throw new UsageError('--to dhis2 needs the mapping: --mapping <file>.');
  const strategy = await loadStrategy(args.strategy);
  const data = args.data.length > 0
    ? await loadData(args.data, strategy, { ...(args.dataFormat ? { format: args.dataFormat } : {}), ...(args.mapping ? { mapping: args.mapping } : {}) })
    : { observations: [], sources: [], rejected: 0 };
  for (const source of data.sources) for (const line of describeRejected(source.rejected, source.path)) process.stderr.write(`${line}\n`);
  if (data.rejected > 0 && !args.allowRejected) {
    process.stderr.write(`${data.rejected} data row(s) rejected; nothing was written. Fix them, or pass --allow-rejected.\n`);
    return 1;
  }
  const io = await import('../../io/index.js');
  let output: string;
  switch (args.to) {
    case 'csv':
      output = io.writeObservationsCsv(strategy, data.observations, {});
      break;
    case 'json':
      output = `${JSON.stringify(data.observations, null, 2)}\n`;
      break;
    case 'dhis2':
      output = `${JSON.stringify(io.toDhis2(strategy, data.observations, await readJson(args.mapping ?? '')), null, 2)}\n`;
      break;
    default:
      output = io.toIatiXml(strategy, data.observations, {
        ...(args.iatiIdentifier === undefined ? {} : { identifier: args.iatiIdentifier }),
        ...(args.reportingOrg === undefined ? {} : { reportingOrg: { ref: args.reportingOrg } }),
      });
  }
  await writeOutput(args.out, output);
  return 0;
}
