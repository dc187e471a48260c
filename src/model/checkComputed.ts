import { checkFormula, formatCycle, formulaOrder } from '../formula/index.js';
import type { Problem } from '../problems/index.js';
import type { Strategy } from './strategy.js';

/**
 * Checks computed indicators: formulas use only allowed syntax and known indicator ids, ratio
 * indicators do not refer to themselves, and no indicator depends on itself through a chain of
 * formulas and ratios (the cycle is named, e.g. `A → B → A`).
 *
 * Formulas are only parsed and checked here; they are evaluated when scoring.
 *
 * @param strategy - A strategy whose references are known to exist.
 * @returns Problems with `FORMULA_…` codes.
 *
 * @example
 * ```ts
 * const strategy = StrategySchema.parse({
 *   id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   indicators: [
 *     { id: 'A', title: 'A', result: 'P', measure: 'ratio', direction: 'none', formula: 'B + 1' },
 *     { id: 'B', title: 'B', result: 'P', measure: 'ratio', direction: 'none', formula: 'A * 2' },
 *   ],
 * });
 * checkComputed(strategy)[0]?.message.includes('A → B → A'); // true
 * ```
 *
 * @category Validation
 */
export function checkComputed(strategy: Strategy): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set(strategy.indicators.map((indicator) => indicator.id));
  const dependencies = new Map<string, string[]>();
  const indexOf = new Map<string, number>();
  strategy.indicators.forEach((indicator, index) => {
    indexOf.set(indicator.id, index);
    if (indicator.formula !== undefined) {
      const checked = checkFormula(indicator.formula, { knownIds: ids });
      for (const problem of checked.problems) problems.push({ ...problem, path: ['indicators', index, 'formula', ...problem.path] });
      if (checked.problems.length === 0) dependencies.set(indicator.id, checked.references);
    } else if (indicator.ratio !== undefined) {
      const { numerator, denominator } = indicator.ratio;
      dependencies.set(indicator.id, [numerator, denominator].filter((id) => ids.has(id)));
    }
  });
  const { cycles } = formulaOrder(dependencies);
  for (const cycle of cycles) {
    const first = cycle[0] ?? '';
    const index = indexOf.get(first) ?? 0;
    const field = strategy.indicators[index]?.formula !== undefined ? 'formula' : 'ratio';
    problems.push({
      path: ['indicators', index, field],
      code: 'FORMULA_CYCLE',
      severity: 'error',
      message: `Computed indicators depend on each other in a cycle: ${formatCycle(cycle)}; break the cycle so that each can be computed from reported values.`,
    });
  }
  return problems;
}
