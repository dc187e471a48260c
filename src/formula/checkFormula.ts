import type { Problem } from '../problems/index.js';
import { analyseFormula } from './analyseFormula.js';

/**
 * Checks a user's formula without evaluating it: guards its size, parses it in a private mathjs
 * instance and walks the tree against an allow-list.
 *
 * Only numbers, indicator ids, `+ - * / ^` (and unary `-`/`+`), parentheses, `min`, `max`, `abs`
 * and `round(x)` / `round(x, decimals)` with a literal number of decimals are allowed. Ids that are
 * not plain names are written `#{LAW-05}`. Before parsing, the text must be at most
 * {@link FORMULA_MAX_LENGTH} characters, nest brackets at most {@link FORMULA_MAX_DEPTH} deep and
 * hold at most {@link FORMULA_MAX_TERMS} operands, so that no input can overflow the parser.
 *
 * Problem codes: `FORMULA_EMPTY`, `FORMULA_TOO_LONG`, `FORMULA_TOO_DEEP`, `FORMULA_TOO_COMPLEX`,
 * `FORMULA_SYNTAX`, `FORMULA_NOT_ALLOWED`, `FORMULA_UNKNOWN_REFERENCE`. Each has `path: []` (the
 * caller prefixes where the formula sits), severity `error`, and names the 1-based character
 * position when it is known.
 *
 * @param expression - The formula text, e.g. `convictions / prosecutions * 100`. Untrusted.
 * @param options - `knownIds`: the indicator ids that the formula may refer to.
 * @returns `references`: the distinct ids the formula names (known or not), in order of first
 *   appearance (empty when the text could not be parsed); `problems`: empty when the formula is allowed.
 *
 * @example
 * ```ts
 * const knownIds = ['convictions', 'prosecutions', 'LAW-05', 'LAW-06'];
 * checkFormula('convictions / prosecutions * 100', { knownIds }); // { references: ['convictions', 'prosecutions'], problems: [] }
 * checkFormula('#{LAW-05} / #{LAW-06} * 100', { knownIds }).references; // ['LAW-05', 'LAW-06']
 * checkFormula('convictions / c', { knownIds }).problems[0]?.code; // 'FORMULA_UNKNOWN_REFERENCE'
 * checkFormula('config({number: "BigNumber"})', { knownIds }).problems[0]?.message; // 'Function `config` at character 1 is not allowed in a formula; use only + - * / ^, parentheses, min, max, abs, round.'
 * ```
 *
 * @category Formulas
 */
export function checkFormula(
  expression: string,
  options: { readonly knownIds: ReadonlySet<string> | readonly string[] },
): {
  /** The distinct ids the formula names (known or not), in order of first appearance; empty when the text could not be parsed. */
  references: string[];
  /** Every problem found; empty when the formula is allowed. */
  problems: Problem[];
} {
  const known = options.knownIds;
  const knownIds: ReadonlySet<string> = isList(known) ? new Set(known) : known;
  const { references, problems } = analyseFormula(expression, knownIds);
  return { references, problems };
}

function isList(ids: ReadonlySet<string> | readonly string[]): ids is readonly string[] {
  return Array.isArray(ids);
}
