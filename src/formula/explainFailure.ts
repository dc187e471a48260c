import type { FormulaValue } from './CompiledFormula.js';
import { formatTree, type FormulaTree } from './FormulaTree.js';
import { roundHalfAwayFromZero } from './round.js';
import { power, type FormulaInputs } from './toClosure.js';

type Failure = Extract<FormulaValue, { ok: false }>;

/** A step's value and, when it is not finite, why. */
interface Outcome {
  readonly value: number;
  readonly failure?: Failure;
}

/**
 * Finds why a formula gave no finite value, by evaluating the tree once more step by step. This runs
 * only after the fast closure has failed, so the fast path carries no bookkeeping.
 *
 * A non-finite value can recover (`1 / 10 ^ 400` is 0), so the blame follows the non-finite values
 * down from the result: the first operand, left to right, that is itself not finite, until a step
 * whose operands are all finite. That step is the missing input, the zero divisor or the overflow.
 *
 * @param tree - The checked formula.
 * @param values - The same lookup the fast evaluation used.
 * @returns The reason and a sentence naming the input or the part of the formula.
 */
export function explainFailure(tree: FormulaTree, values: FormulaInputs): Failure {
  return run(tree, values).failure ?? notFinite(tree);
}

function run(tree: FormulaTree, values: FormulaInputs): Outcome {
  switch (tree.kind) {
    case 'number': return { value: tree.value };
    case 'reference': {
      const value = values(tree.id);
      if (typeof value !== 'number') {
        return { value: NaN, failure: { ok: false, reason: 'missing-input', detail: `No value for \`${formatTree(tree)}\`.` } };
      }
      if (Number.isFinite(value)) return { value };
      const detail = `The value of \`${formatTree(tree)}\` is ${String(value)}, not a finite number.`;
      return { value: NaN, failure: { ok: false, reason: 'not-finite', detail } };
    }
    case 'unary': {
      const operand = run(tree.operand, values);
      return tree.op === '-' ? { ...operand, value: -operand.value } : operand;
    }
    case 'binary': {
      const left = run(tree.left, values);
      const right = run(tree.right, values);
      if (tree.op === '/' && right.value === 0) {
        const detail = tree.right.kind === 'number'
          ? `\`${formatTree(tree)}\` divides by zero.`
          : `\`${formatTree(tree.right)}\` is 0, so \`${formatTree(tree)}\` divides by zero.`;
        return blame(tree, NaN, [left], { ok: false, reason: 'division-by-zero', detail });
      }
      return blame(tree, binary(tree.op, left.value, right.value), [left, right]);
    }
    case 'call': {
      const args = tree.args.map((arg) => run(arg, values));
      const numbers = args.map((arg) => arg.value);
      const value = tree.name === 'abs' ? Math.abs(numbers[0] ?? NaN) : (tree.name === 'min' ? Math.min : Math.max)(...numbers);
      return blame(tree, value, args);
    }
    case 'round': {
      const operand = run(tree.operand, values);
      return blame(tree, roundHalfAwayFromZero(operand.value, tree.decimals), [operand]);
    }
  }
}

function blame(tree: FormulaTree, value: number, operands: readonly Outcome[], own?: Failure): Outcome {
  if (Number.isFinite(value)) return { value };
  const inherited = operands.find((operand) => !Number.isFinite(operand.value))?.failure;
  return { value, failure: inherited ?? own ?? notFinite(tree) };
}

function notFinite(tree: FormulaTree): Failure {
  const detail = `\`${formatTree(tree)}\` is not a finite number (too large, or undefined such as 0 ^ -1).`;
  return { ok: false, reason: 'not-finite', detail };
}

function binary(op: '+' | '-' | '*' | '/' | '^', left: number, right: number): number {
  switch (op) {
    case '+': return left + right;
    case '-': return left - right;
    case '*': return left * right;
    case '/': return left / right;
    case '^': return power(left, right);
  }
}
