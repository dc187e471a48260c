import { LogframeError } from '../problems/index.js';
import { analyseFormula } from './analyseFormula.js';
import type { CompiledFormula, FormulaValue } from './CompiledFormula.js';
import { explainFailure } from './explainFailure.js';
import { quote } from './formulaProblem.js';
import { toClosure, type FormulaInputs } from './toClosure.js';

/**
 * Checks a formula and turns it into a function of its inputs, so that it can be evaluated for
 * every period and disaggregation without parsing again.
 *
 * The check is the one {@link checkFormula} runs, except that every name counts as an indicator id:
 * compiling assumes the model has already checked that the references exist. Evaluation never calls
 * mathjs: the checked tree becomes a plain closure, once. A missing input, a zero divisor (0/0
 * included) or a non-finite result gives `{ ok: false, reason, detail }`, never NaN or ±Infinity;
 * a result of −0 is 0. `round` rounds halves away from zero, like {@link roundHalfAwayFromZero}.
 *
 * @param expression - The formula text, e.g. `convictions / prosecutions * 100`.
 * @returns The compiled formula: its text, its references and `evaluate(values)`.
 * @throws {LogframeError} With the problems of the check (e.g. `FORMULA_SYNTAX`,
 *   `FORMULA_NOT_ALLOWED`) when the formula is not allowed.
 *
 * @example
 * ```ts
 * const share = compileFormula('round(a / (a + b) * 100, 1)');
 * share.evaluate((id) => (id === 'a' ? 1 : 2)); // { ok: true, value: 33.3 }
 * share.evaluate(() => undefined); // { ok: false, reason: 'missing-input', detail: 'No value for `a`.' }
 * share.evaluate(() => 0); // { ok: false, reason: 'division-by-zero', detail: '`a + b` is 0, so `a / (a + b)` divides by zero.' }
 * compileFormula('10 ^ 400').evaluate(() => 0).ok; // false
 * ```
 *
 * @category Formulas
 */
export function compileFormula(expression: string): CompiledFormula {
  const { references, problems, tree } = analyseFormula(expression, undefined);
  if (tree === undefined) throw new LogframeError(problems, `Formula ${quote(String(expression))} is not allowed`);
  const run = toClosure(tree);
  return {
    expression,
    references,
    evaluate(values: FormulaInputs): FormulaValue {
      const value = run(values);
      // `value - value === 0` holds exactly for finite numbers; `value === 0` also catches −0.
      if (value - value === 0) return { ok: true, value: value === 0 ? 0 : value };
      return explainFailure(tree, values);
    },
  };
}
