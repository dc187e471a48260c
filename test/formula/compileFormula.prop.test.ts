import fc from 'fast-check';
import { all, create } from 'mathjs/number';
import type { FactoryFunctionMap } from 'mathjs/number';
import { describe, expect, test } from 'vitest';
import { checkFormula, compileFormula } from '../../src/formula/index.js';

// The reference: mathjs' own evaluation of the same text, on a separate number-only instance.
// mathjs' min and max treat values within its tolerance (relTol 1e-12, absTol 1e-15) as equal and
// keep the first, where we compare exactly; a later subtraction or division can blow that
// difference up at will, so the reference runs with the tightest tolerance its `round` accepts.
const reference = create(all as FactoryFunctionMap, { relTol: 1e-15, absTol: 0 });
const VARIABLES = ['a', 'b', 'c'] as const;

/** An allowed expression as text; a node may or may not be parenthesised, so precedence is exercised. */
const expression: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...VARIABLES),
    fc.integer({ min: 0, max: 20 }).map(String),
    fc.constantFrom('0.1', '2.5', '0.001', '1e3', '1.005'),
    fc.tuple(tie('node'), fc.constantFrom('+', '-', '*', '/', '^'), tie('node'), fc.boolean())
      .map(([left, op, right, wrap]) => (wrap ? `(${left} ${op} ${right})` : `${left} ${op} ${right}`)),
    tie('node').map((operand) => `-${operand}`),
    tie('node').map((operand) => `(${operand})`),
    fc.tuple(fc.constantFrom('min', 'max'), fc.array(tie('node'), { minLength: 1, maxLength: 3 }))
      .map(([name, args]) => `${name}(${args.join(', ')})`),
    tie('node').map((operand) => `abs(${operand})`),
    fc.tuple(tie('node'), fc.integer({ min: 0, max: 3 })).map(([operand, decimals]) => `round(${operand}, ${decimals})`),
  ),
})).node;

const value = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constant(0),
);
const inputs = fc.record({ a: value, b: value, c: value });

describe('compiled evaluation agrees with mathjs', () => {
  test('on random arithmetic expressions (within 1e-9 relative)', () => {
    fc.assert(fc.property(expression, inputs, (text, values) => {
      fc.pre(checkFormula(text, { knownIds: VARIABLES }).problems.length === 0);
      const ours = compileFormula(text).evaluate((id) => values[id as keyof typeof values]);
      let theirs: unknown;
      try {
        theirs = reference.evaluate(text, new Map(Object.entries(values)));
      } catch {
        theirs = Number.NaN;
      }
      if (ours.ok) {
        expect(typeof theirs).toBe('number');
        const expected = theirs as number;
        expect(Number.isFinite(expected)).toBe(true);
        expect(Math.abs(ours.value - expected)).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(expected), Number.MIN_VALUE));
      } else if (ours.reason === 'not-finite') {
        // mathjs yields the non-finite value that we refuse to return.
        expect(typeof theirs === 'number' && Number.isFinite(theirs)).toBe(false);
      } else {
        // A zero divisor: mathjs may carry on with ±Infinity (1 / (1 / 0) is 0 there); we stop.
        expect(ours.reason).toBe('division-by-zero');
      }
    }), { numRuns: 3000 });
  });

  test('evaluate never returns NaN, ±Infinity or −0', () => {
    fc.assert(fc.property(expression, inputs, fc.subarray([...VARIABLES]), (text, values, missing) => {
      fc.pre(checkFormula(text, { knownIds: VARIABLES }).problems.length === 0);
      const result = compileFormula(text).evaluate((id) => (missing.includes(id as never) ? undefined : values[id as keyof typeof values]));
      if (result.ok) {
        expect(Number.isFinite(result.value)).toBe(true);
        expect(Object.is(result.value, -0)).toBe(false);
      } else {
        expect(['missing-input', 'division-by-zero', 'not-finite']).toContain(result.reason);
        expect(result.detail.length).toBeGreaterThan(0);
      }
    }), { numRuns: 2000 });
  });
});
