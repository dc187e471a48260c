import { formatPath } from './formatPath.js';
import type { Problem } from './Problem.js';

const SHOWN_IN_MESSAGE = 20;

/**
 * The one error type that `logframe` throws for bad input. It carries every problem found, not
 * just the first, each with a path, a stable code and a sentence that says how to fix it.
 *
 * @example
 * ```ts
 * try {
 *   parsePeriod('2024Q5');
 * } catch (error) {
 *   if (error instanceof LogframeError) console.log(error.problems[0]?.code); // 'PERIOD_INVALID'
 * }
 * ```
 *
 * @category Problems
 */
export class LogframeError extends Error {
  /** Every problem found, errors first, in a stable order. */
  readonly problems: readonly Problem[];

  /**
   * @param problems - The problems found; at least one.
   * @param summary - An optional first line for the message, e.g. `Invalid strategy`.
   */
  constructor(problems: readonly Problem[], summary = 'Invalid input') {
    super(LogframeError.describe(problems, summary));
    this.name = 'LogframeError';
    this.problems = problems;
  }

  private static describe(problems: readonly Problem[], summary: string): string {
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    const head = `${summary}: ${errors} error${errors === 1 ? '' : 's'}` +
      (problems.length > errors ? `, ${problems.length - errors} warning${problems.length - errors === 1 ? '' : 's'}` : '');
    const lines = problems
      .slice(0, SHOWN_IN_MESSAGE)
      .map((problem) => `  - ${formatPath(problem.path)}: ${problem.message} [${problem.code}]`);
    if (problems.length > SHOWN_IN_MESSAGE) lines.push(`  … and ${problems.length - SHOWN_IN_MESSAGE} more (see error.problems)`);
    return [head, ...lines].join('\n');
  }
}
