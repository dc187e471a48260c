// The `validate` job: every problem of a strategy and its data files, as a list for people (on
// stdout, since the problems are the result here) or as JSON for machines. Exit 1 when there is
// an error or a rejected data item; warnings alone pass.
import type { ValidateArgs } from '../commands/validate.js';
import { checkStrategy, loadData } from '../data.js';
import type { LoadedSource } from '../data.js';
import { EXIT, InputError } from '../errors.js';
import { displayName, writeOutput } from '../files.js';
import type { PathSegment, Problem, RejectedItem } from '../library.js';
import { formatPath } from '../library.js';
import { describeProblems, describeRejected, plural } from '../report.js';

/** The report `--json` prints. */
interface ValidationReport {
  ok: boolean;
  /** Errors in the strategy and in data files that could not be read. */
  errors: number;
  /** Rejected data items (each with its problems). */
  rejected: number;
  warnings: number;
  strategy: { file: string; ok: boolean; problems: readonly Problem[] };
  /** False when the data could not be checked because the strategy is invalid. */
  dataChecked: boolean;
  data: { file: string; format: string | null; accepted: number; problems: readonly Problem[]; rejected: readonly RejectedItem[]; warnings: readonly Problem[] }[];
}

/** Runs `logframe validate`; returns the exit code. */
export async function runValidate(args: ValidateArgs): Promise<number> {
  const name = displayName(args.strategy);
  const lines: string[] = [];

  const result = await checkStrategy(args.strategy).catch((error: unknown) => {
    if (error instanceof InputError) return { ok: false as const, problems: error.problems };
    throw error;
  });
  const strategyProblems = result.ok ? result.warnings : result.problems;
  if (result.ok) lines.push(`${name}: valid (${plural(result.value.indicators.length, 'indicator')}, ${plural(result.value.results.length, 'result')}, ${plural(result.value.actors.length, 'actor')})`);
  lines.push(...describeProblems(strategyProblems, name));

  const sources: LoadedSource[] = [];
  if (result.ok && args.data.length > 0) {
    try {
      sources.push(...(await loadData(args.data, result.value, args.dataOptions)).sources);
    } catch (error) {
      // A broken DHIS2 mapping stops the data check; report it like any other file.
      if (!(error instanceof InputError)) throw error;
      sources.push({ name: error.label, accepted: 0, rejected: [], warnings: [], problems: error.problems });
    }
  } else if (!result.ok && args.data.length > 0) {
    lines.push('Data not checked: fix the strategy first.');
  }
  for (const source of sources) lines.push(...describeSource(source));

  const strategyErrors = strategyProblems.filter((problem) => problem.severity === 'error').length;
  const sum = (count: (source: LoadedSource) => number) => sources.reduce((total, source) => total + count(source), 0);
  const errors = strategyErrors + sum((source) => source.problems.length);
  const rejected = sum((source) => source.rejected.length);
  const warnings = strategyProblems.length - strategyErrors + sum((source) => source.warnings.length);
  const ok = errors === 0 && rejected === 0;
  const counts = [plural(errors, 'error'), plural(rejected, 'rejected data item'), plural(warnings, 'warning')];
  lines.push(`${ok ? 'Valid' : 'Invalid'}: ${counts.join(', ')}.`);

  if (args.json) {
    const report: ValidationReport = {
      ok,
      errors,
      rejected,
      warnings,
      strategy: { file: name, ok: result.ok, problems: strategyProblems },
      dataChecked: result.ok,
      data: sources.map((source) => ({ file: source.name, format: source.format ?? null, accepted: source.accepted, problems: source.problems, rejected: source.rejected, warnings: source.warnings })),
    };
    await writeOutput(undefined, `${JSON.stringify(report, null, 2)}\n`);
  } else {
    await writeOutput(undefined, `${lines.join('\n')}\n`);
  }
  return ok ? EXIT.ok : EXIT.invalid;
}

function describeSource(source: LoadedSource): string[] {
  const located = source.locate;
  const where = located && ((path: readonly PathSegment[]) => `${located(Number(path[0]))}${path.length > 1 ? ` ${formatPath(path.slice(1))}` : ''}`);
  return [
    ...(source.format === undefined ? [] : [`${source.name}: ${source.format}, ${source.accepted} accepted, ${source.rejected.length} rejected`]),
    ...describeProblems(source.problems, source.name),
    ...describeRejected(source.rejected, source.name, located && ((item) => located(item.index))),
    ...describeProblems(source.warnings, source.name, where),
  ];
}
