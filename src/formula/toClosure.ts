import type { BinaryOperator, FormulaTree } from './FormulaTree.js';
import { roundHalfAwayFromZero } from './round.js';

/** Looks up the value of one indicator id. */
export type FormulaInputs = (id: string) => number | null | undefined;
type Closure = (values: FormulaInputs) => number;

/**
 * Turns a checked tree into nested plain closures, once. Evaluating them calls nothing but the
 * lookup and `Math`, which is what keeps an evaluation at a few nanoseconds (mathjs' own compiled
 * evaluate is about 14 times slower). Every failure (a missing or non-finite input, a zero divisor)
 * becomes NaN, and NaN survives every operation below, so a caller only has to test the final
 * result and can ask {@link explainFailure} for the reason on the rare slow path.
 */
export function toClosure(tree: FormulaTree): Closure {
  switch (tree.kind) {
    case 'number': {
      const value = tree.value;
      return () => value;
    }
    case 'reference': {
      const id = tree.id;
      return (values) => {
        const value = values(id);
        // `value - value === 0` is false for NaN and ±Infinity: only finite numbers pass.
        return typeof value === 'number' && value - value === 0 ? value : NaN;
      };
    }
    case 'unary': {
      const operand = toClosure(tree.operand);
      return tree.op === '-' ? (values) => -operand(values) : operand;
    }
    case 'binary': return binaryClosure(tree.op, toClosure(tree.left), toClosure(tree.right));
    case 'call': return callClosure(tree.name, tree.args.map(toClosure));
    case 'round': {
      const operand = toClosure(tree.operand);
      const decimals = tree.decimals;
      return (values) => roundHalfAwayFromZero(operand(values), decimals);
    }
  }
}

function binaryClosure(op: BinaryOperator, left: Closure, right: Closure): Closure {
  switch (op) {
    case '+': return (values) => left(values) + right(values);
    case '-': return (values) => left(values) - right(values);
    case '*': return (values) => left(values) * right(values);
    case '/': return (values) => {
      const divisor = right(values);
      return divisor === 0 ? NaN : left(values) / divisor;
    };
    case '^': return (values) => power(left(values), right(values));
  }
}

function callClosure(name: 'min' | 'max' | 'abs', args: readonly Closure[]): Closure {
  const [first, second] = args;
  if (first === undefined) return () => NaN;
  if (name === 'abs') return (values) => Math.abs(first(values));
  const pick = name === 'min' ? Math.min : Math.max;
  if (second === undefined) return first;
  if (args.length === 2) return (values) => pick(first(values), second(values));
  return (values) => {
    let result = first(values);
    for (let index = 1; index < args.length; index += 1) result = pick(result, (args[index] as Closure)(values));
    return result;
  };
}

/**
 * `x ^ y` as mathjs computes it for numbers, except that NaN stays NaN: `Math.pow(NaN, 0)` is 1,
 * which would hide a missing input behind a plausible value.
 */
export function power(base: number, exponent: number): number {
  return base !== base ? NaN : Math.pow(base, exponent);
}
