/**
 * The longest formula, in characters, that {@link checkFormula} accepts.
 *
 * Indicator formulas are short ratios and sums; a cap this low keeps every later step (parsing,
 * checking, compiling) cheap and removes whole classes of denial-of-service input before mathjs
 * sees it.
 *
 * @example
 * ```ts
 * FORMULA_MAX_LENGTH; // 500
 * checkFormula('a+'.repeat(300) + 'a', { knownIds: ['a'] }).problems[0]?.code; // 'FORMULA_TOO_LONG'
 * ```
 *
 * @category Formulas
 */
export const FORMULA_MAX_LENGTH = 500;

/**
 * The deepest nesting of brackets that {@link checkFormula} accepts.
 *
 * mathjs parses recursively and overflows the call stack at a few hundred nested parentheses, so
 * the depth is counted by a linear scan before parsing.
 *
 * @example
 * ```ts
 * FORMULA_MAX_DEPTH; // 50
 * checkFormula('('.repeat(51) + 'a' + ')'.repeat(51), { knownIds: ['a'] }).problems[0]?.code; // 'FORMULA_TOO_DEEP'
 * ```
 *
 * @category Formulas
 */
export const FORMULA_MAX_DEPTH = 50;

/**
 * The largest number of operands (numbers, names and `#{…}` references) that {@link checkFormula}
 * accepts.
 *
 * A long flat sum such as `a+a+…+a` is shallow in brackets but still builds a deep tree; mathjs
 * overflows its stack at about 3,000 terms, so terms are counted before parsing.
 *
 * @example
 * ```ts
 * FORMULA_MAX_TERMS; // 200
 * checkFormula(Array(201).fill('a').join('+'), { knownIds: ['a'] }).problems[0]?.code; // 'FORMULA_TOO_COMPLEX'
 * ```
 *
 * @category Formulas
 */
export const FORMULA_MAX_TERMS = 200;
