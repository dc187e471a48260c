// Telling the user on stderr what the data files gave, before a job decides whether it can go on.
import type { LoadedData } from '../data.js';
import type { Problem } from '../library.js';
import { describeProblemCounts, describeProblems, describeRejected, plural } from '../report.js';

/** Writes lines to stderr. */
export function warn(lines: readonly string[]): void {
  if (lines.length > 0) process.stderr.write(`${lines.join('\n')}\n`);
}

/**
 * Tells on stderr what the strategy and the data gave: files that could not be read and rejected
 * rows in full (they change the result), warnings as counts (`logframe validate` lists them).
 * Returns false when the job must stop: a file could not be read, or rows were rejected without
 * `--allow-rejected`.
 */
export function reportData(strategyName: string, strategyWarnings: readonly Problem[], data: LoadedData, allowRejected: boolean): boolean {
  const lines = describeProblemCounts(strategyWarnings, strategyName);
  for (const source of data.sources) {
    const { locate } = source;
    lines.push(
      ...describeProblems(source.problems, source.name),
      ...describeRejected(source.rejected, source.name, locate && ((item) => locate(item.index))),
      ...describeProblemCounts(source.warnings, source.name),
    );
  }
  const hasWarnings = strategyWarnings.length > 0 || data.sources.some((source) => source.warnings.length > 0);
  if (hasWarnings) lines.push('Run logframe validate with the same files to see every warning.');
  if (data.unreadable > 0) {
    lines.push(`${plural(data.unreadable, 'data file')} could not be read; nothing was written.`);
  } else if (data.rejected > 0) {
    lines.push(allowRejected
      ? `${plural(data.rejected, 'rejected item')} left out (--allow-rejected).`
      : `${plural(data.rejected, 'item')} rejected; nothing was written. Fix ${data.rejected === 1 ? 'it' : 'them'}, or pass --allow-rejected to go on without ${data.rejected === 1 ? 'it' : 'them'}.`);
  }
  warn(lines);
  return data.unreadable === 0 && (data.rejected === 0 || allowRejected);
}
