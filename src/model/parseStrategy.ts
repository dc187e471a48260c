import { LogframeError } from '../problems/index.js';
import type { Problem } from '../problems/index.js';
import { checkComputed } from './checkComputed.js';
import { checkIndicator } from './checkIndicator.js';
import { checkPlanPercentScale } from './checkPercentScale.js';
import { checkReferences } from './checkReferences.js';
import { checkTree } from './checkTree.js';
import { findReservedKeys } from './reservedKeys.js';
import { StrategySchema } from './strategy.js';
import type { Strategy } from './strategy.js';
import { problemsFromZod } from './zodProblems.js';

/**
 * The outcome of {@link safeParseStrategy}: the strategy and its warnings, or every problem found.
 *
 * @category Validation
 */
export type SafeParseStrategyResult =
  | {
      /** The strategy has no error. */
      readonly ok: true;
      /** The validated strategy, with defaults filled in. */
      readonly value: Strategy;
      /** Problems of severity `warning`, sorted; the strategy is usable. */
      readonly warnings: readonly Problem[];
    }
  | {
      /** The strategy has at least one error. */
      readonly ok: false;
      /** Every problem found, errors first, sorted by path. */
      readonly problems: readonly Problem[];
    };

/**
 * Validates a strategy and reports every problem instead of throwing: shape (strict objects,
 * types, formats), reserved keys, duplicate ids, unknown references, cycles in the results tree,
 * the actor hierarchy and computed indicators, formulas, targets outside the plan, targets that
 * contradict the direction, missing baselines and values that do not fit their measure.
 *
 * @param input - The strategy as parsed JSON (or any value).
 * @returns `{ ok: true, value, warnings }` or `{ ok: false, problems }`.
 *
 * @example
 * ```ts
 * const result = safeParseStrategy({ id: 'x' });
 * result.ok; // false
 * ```
 *
 * @category Validation
 */
export function safeParseStrategy(input: unknown): SafeParseStrategyResult {
  const reserved = findReservedKeys(input);
  const parsed = StrategySchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: [...reserved, ...problemsFromZod(parsed.error.issues)] };
  const strategy = parsed.data;
  const references = checkReferences(strategy);
  const problems: Problem[] = [...reserved, ...references];
  // The tree and formula checks follow references, so they only run when every reference resolves.
  if (references.length === 0) problems.push(...checkTree(strategy), ...checkComputed(strategy));
  strategy.indicators.forEach((indicator, index) => {
    problems.push(...checkIndicator(indicator, index, strategy));
    const scale = checkPlanPercentScale(indicator, index);
    if (scale !== null) problems.push(scale);
  });
  if (strategy.period.start > strategy.period.end) {
    problems.push({ path: ['period'], code: 'PLAN_PERIOD_INVERTED', severity: 'error', message: `The plan starts in ${strategy.period.start} but ends in ${strategy.period.end}; swap them.` });
  }
  if (strategy.baselineYear > strategy.period.end) {
    problems.push({ path: ['baselineYear'], code: 'BASELINE_YEAR_AFTER_PLAN', severity: 'error', message: `The baseline year ${strategy.baselineYear} is after the plan's end ${strategy.period.end}; use the year before the plan starts.` });
  }
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, value: strategy, warnings: sortProblems(problems) };
}

/**
 * Validates a strategy and returns it with defaults filled in, or throws one `LogframeError`
 * listing every problem found (see {@link safeParseStrategy} for what is checked).
 *
 * @param input - The strategy as parsed JSON.
 * @returns The validated strategy.
 * @throws {LogframeError} When the strategy has at least one error.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 'demo', title: 'Demo plan', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }],
 *   results: [{ id: 'P1', title: 'Justice', level: 'pillar' }],
 * });
 * strategy.indicators.length; // 0
 * ```
 *
 * @category Validation
 */
export function parseStrategy(input: unknown): Strategy {
  const result = safeParseStrategy(input);
  if (!result.ok) throw new LogframeError(result.problems, 'Invalid strategy');
  return result.value;
}

/**
 * Orders problems errors first, then by path, then by code, so that reports are stable.
 *
 * @param problems - Problems in any order.
 * @returns A new, sorted array.
 *
 * @example
 * ```ts
 * const sorted = sortProblems([
 *   { path: ['b'], code: 'X', message: 'x', severity: 'warning' },
 *   { path: ['a'], code: 'Y', message: 'y', severity: 'error' },
 * ]);
 * sorted[0]?.code; // 'Y'
 * ```
 *
 * @category Validation
 */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => {
      if (a.problem.severity !== b.problem.severity) return a.problem.severity === 'error' ? -1 : 1;
      const byPath = comparePaths(a.problem.path, b.problem.path);
      if (byPath !== 0) return byPath;
      if (a.problem.code !== b.problem.code) return a.problem.code < b.problem.code ? -1 : 1;
      return a.index - b.index;
    })
    .map((entry) => entry.problem);
}

function comparePaths(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}
