import type { Problem } from '../problems/index.js';
import type { FormulaTree } from './FormulaTree.js';
import { atCharacter, formulaProblem } from './formulaProblem.js';
import { FORMULA_MAX_DEPTH, FORMULA_MAX_LENGTH, FORMULA_MAX_TERMS } from './limits.js';
import { readTree } from './readTree.js';
import { parseWithSandbox } from './sandbox.js';
import { scanFormula, type FormulaScan } from './scanFormula.js';
import { substituteReferences } from './substituteReferences.js';

/** Everything a check learns; `tree` is present exactly when there are no problems. */
export interface FormulaAnalysis {
  readonly references: string[];
  readonly problems: Problem[];
  readonly tree: FormulaTree | undefined;
}

/**
 * Guards, parses and checks a formula. Each stage runs only if the one before found nothing, so
 * nothing recursive ever sees text that failed a linear guard.
 *
 * @param expression - The user's formula text (any value: a non-string is reported, not thrown).
 * @param knownIds - The ids a name may refer to; `undefined` accepts every name.
 */
export function analyseFormula(expression: unknown, knownIds: ReadonlySet<string> | undefined): FormulaAnalysis {
  if (typeof expression !== 'string' || expression.trim() === '') {
    const empty = formulaProblem('FORMULA_EMPTY',
      'Formula is empty; write an expression over indicator ids, e.g. convictions / prosecutions * 100.');
    return { references: [], problems: [empty], tree: undefined };
  }
  const scan = scanFormula(expression);
  const problems = [...guard(expression, scan), ...scan.problems];
  if (problems.length > 0) return { references: [], problems, tree: undefined };
  const source = substituteReferences(expression, scan.references);
  try {
    const read = readTree(parseWithSandbox(source.text), source, knownIds);
    return { references: read.references, problems: read.problems, tree: read.tree };
  } catch (error) {
    return { references: [], problems: [describeFailure(error, source.toOriginal)], tree: undefined };
  }
}

function guard(expression: string, scan: FormulaScan): Problem[] {
  const problems: Problem[] = [];
  if (expression.length > FORMULA_MAX_LENGTH) {
    problems.push(formulaProblem('FORMULA_TOO_LONG',
      `Formula is ${expression.length} characters long; shorten it to at most ${FORMULA_MAX_LENGTH}, ` +
      'for example by computing a part of it as an indicator of its own.'));
  }
  if (scan.depth > FORMULA_MAX_DEPTH) {
    problems.push(formulaProblem('FORMULA_TOO_DEEP',
      `Formula nests brackets ${scan.depth} deep; use at most ${FORMULA_MAX_DEPTH} levels.`));
  }
  if (scan.terms > FORMULA_MAX_TERMS) {
    problems.push(formulaProblem('FORMULA_TOO_COMPLEX',
      `Formula has ${scan.terms} terms; use at most ${FORMULA_MAX_TERMS}, ` +
      'for example by computing a part of it as an indicator of its own.'));
  }
  return problems;
}

/** Turns whatever parsing threw (a SyntaxError, or a RangeError from deep recursion) into a problem. */
function describeFailure(error: unknown, toOriginal: (position: number) => number): Problem {
  if (error instanceof SyntaxError) {
    const char = (error as SyntaxError & { char?: unknown }).char;
    const position = typeof char === 'number' && Number.isInteger(char) && char > 0 ? toOriginal(char) : undefined;
    const reason = error.message.replace(/\s*\(char \d+\)\s*$/, '');
    return formulaProblem('FORMULA_SYNTAX',
      `Formula cannot be read${atCharacter(position)}: ${reason}; check for a missing operand, operator or parenthesis.`);
  }
  if (error instanceof RangeError) {
    return formulaProblem('FORMULA_TOO_COMPLEX',
      'Formula is too deeply nested to read; split it into smaller indicators.');
  }
  const reason = error instanceof Error ? error.message : String(error);
  return formulaProblem('FORMULA_SYNTAX', `Formula cannot be read: ${reason}; check its syntax.`);
}
