/**
 * Why a formula could not be computed: an input had no value (or a non-finite one), a divisor was
 * zero (0/0 included), or the arithmetic left the finite numbers (e.g. `10 ^ 400`).
 *
 * @example
 * ```ts
 * const result = compileFormula('a / b').evaluate(() => 0);
 * const reason: FormulaFailureReason | undefined = result.ok ? undefined : result.reason;
 * reason; // 'division-by-zero'
 * ```
 *
 * @category Formulas
 */
export type FormulaFailureReason = 'missing-input' | 'division-by-zero' | 'not-finite';

/**
 * The value of a formula for one set of inputs: a finite number (never −0), or the reason there
 * is none. A formula never yields NaN or ±Infinity.
 *
 * @example
 * ```ts
 * compileFormula('a / b').evaluate((id) => (id === 'a' ? 3 : 4)); // { ok: true, value: 0.75 }
 * compileFormula('a / b').evaluate((id) => (id === 'a' ? 3 : 0)).ok; // false
 * ```
 *
 * @category Formulas
 */
export type FormulaValue =
  | {
      /** The formula has a value. */
      readonly ok: true;
      /** The value: a finite number, never −0. */
      readonly value: number;
    }
  | {
      /** The formula has no value for these inputs. */
      readonly ok: false;
      /** Why, as a stable code. */
      readonly reason: FormulaFailureReason;
      /** A sentence naming the input or operation concerned. */
      readonly detail: string;
    };

/**
 * A checked formula, ready to be evaluated many times without parsing again.
 *
 * @example
 * ```ts
 * const rate = compileFormula('convictions / prosecutions * 100');
 * rate.references; // ['convictions', 'prosecutions']
 * const reported = new Map([['convictions', 45], ['prosecutions', 60]]);
 * rate.evaluate((id) => reported.get(id)); // { ok: true, value: 75 }
 * ```
 *
 * @category Formulas
 */
export interface CompiledFormula {
  /** The formula text as given. */
  readonly expression: string;
  /** The distinct indicator ids the formula refers to, in order of first appearance. */
  readonly references: string[];
  /**
   * Computes the formula. `values` is asked for each referenced id and should be a plain lookup:
   * when the result is not computable it is asked again, to say why.
   */
  evaluate(values: (id: string) => number | null | undefined): FormulaValue;
}
