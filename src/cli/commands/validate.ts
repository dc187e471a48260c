import { LogframeError, safeParseStrategy } from '../../index.js';
import type { Problem } from '../../index.js';
import { loadData } from '../data.js';
import type { DataFormat } from '../data.js';
import { readJson, writeOutput } from '../files.js';
import { describeProblems, describeRejected } from '../report.js';

export interface ValidateArgs {
  readonly strategy: string;
  readonly data: readonly string[];
  readonly dataFormat?: DataFormat;
  readonly mapping?: string;
  readonly json: boolean;
}

/** `logframe validate`: lists every problem of a strategy and its data. Returns the exit code. */
export async function runValidate(args: ValidateArgs): Promise<number> {
  const result = safeParseStrategy(await readJson(args.strategy));
  const report: { strategy: { ok: boolean; problems: readonly Problem[] }; data: { path: string; rejected: unknown[]; warnings: readonly Problem[] }[] } = {
    strategy: { ok: result.ok, problems: result.ok ? result.warnings : result.problems },
    data: [],
  };
  const lines = describeProblems(report.strategy.problems, args.strategy);
  let failed = !result.ok;
  if (result.ok && args.data.length > 0) {
    try {
      const data = await loadData(args.data, result.value, { ...(args.dataFormat ? { format: args.dataFormat } : {}), ...(args.mapping ? { mapping: args.mapping } : {}) });
      for (const source of data.sources) {
        report.data.push({ path: source.path, rejected: [...source.rejected], warnings: source.warnings });
        lines.push(...describeRejected(source.rejected, source.path), ...describeProblems(source.warnings, `${source.path} warnings`));
      }
      if (data.rejected > 0) failed = true;
      lines.push(`${data.observations.length} value${data.observations.length === 1 ? '' : 's'} accepted, ${data.rejected} rejected.`);
    } catch (error) {
      if (!(error instanceof LogframeError)) throw error;
      lines.push(...describeProblems(error.problems, 'data'));
      failed = true;
    }
  } else if (!result.ok && args.data.length > 0) {
    lines.push('Data not checked: fix the strategy first.');
  }
  if (result.ok && report.strategy.problems.length === 0) lines.unshift(`${args.strategy}: valid (${result.value.indicators.length} indicators, ${result.value.results.length} results, ${result.value.actors.length} actors).`);
  if (args.json) await writeOutput(undefined, `${JSON.stringify({ ok: !failed, ...report }, null, 2)}\n`);
  else await writeOutput(undefined, `${lines.join('\n')}\n`);
  return failed ? 1 : 0;
}
