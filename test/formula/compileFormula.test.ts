import { describe, expect, test } from 'vitest';
import { compileFormula } from '../../src/formula/index.js';
import type { FormulaValue } from '../../src/formula/index.js';
import { LogframeError } from '../../src/problems/index.js';

const from = (values: Record<string, number | null | undefined>) => (id: string): number | null | undefined =>
  Object.hasOwn(values, id) ? values[id] : undefined;
const evaluate = (expression: string, values: Record<string, number | null | undefined> = {}): FormulaValue =>
  compileFormula(expression).evaluate(from(values));
const reason = (result: FormulaValue): string => (result.ok ? `ok ${result.value}` : result.reason);

describe('compileFormula: values', () => {
  test.each([
    ['births / population * 1000', { births: 320, population: 80_000 }, 4],
    ['max(a, 0)', { a: -5 }, 0],
    ['(a - b)/c', { a: 10, b: 4, c: 3 }, 2],
    ['#{LAW-05} / #{LAW-06} * 100', { 'LAW-05': 45, 'LAW-06': 60 }, 75],
    ['-a ^ 2', { a: 3 }, -9],
    ['(-a) ^ 2', { a: 3 }, 9],
    ['2 ^ 3 ^ 2', {}, 512],
    ['round(a / 3, 2)', { a: 1 }, 0.33],
    ['round(a)', { a: -2.5 }, -3],
    ['round(a)', { a: 2.5 }, 3],
    ['round(a, 2)', { a: 1.005 }, 1.01],
    ['round(a, 2)', { a: 2.675 }, 2.68],
    ['min(a, b, c) + max(c) + abs(-b) + +c', { a: 4, b: -2, c: 7 }, -2 + 7 + 2 + 7],
    ['2 a', { a: 4 }, 8],
    ['50%', {}, 0.5],
    ['0.1 + 0.2', {}, 0.1 + 0.2],
    ['1 / 10 ^ 400', {}, 0],
  ])('%s with %j = %d', (expression, values, expected) => {
    expect(evaluate(expression, values)).toStrictEqual({ ok: true, value: expected });
  });

  test('the compiled formula keeps its text and references', () => {
    const compiled = compileFormula('#{LAW-05} / (#{LAW-05} + other) * 100');
    expect(compiled.expression).toBe('#{LAW-05} / (#{LAW-05} + other) * 100');
    expect(compiled.references).toStrictEqual(['LAW-05', 'other']);
  });

  test('−0 comes out as 0', () => {
    for (const expression of ['-a * 0', '-(a - a)', 'round(a, 1)', '0 * -1', 'min(-0, 0)']) {
      const result = evaluate(expression, { a: -0.01 });
      expect(result).toStrictEqual({ ok: true, value: 0 });
      expect(result.ok && Object.is(result.value, -0)).toBe(false);
    }
  });

  test('a compiled formula can be evaluated many times with different inputs', () => {
    const rate = compileFormula('convictions / prosecutions * 100');
    const results = [[45, 60], [1, 4], [0, 3]].map(([convictions, prosecutions]) =>
      rate.evaluate(from({ convictions, prosecutions })));
    expect(results).toStrictEqual([{ ok: true, value: 75 }, { ok: true, value: 25 }, { ok: true, value: 0 }]);
  });
});

describe('compileFormula: not computable (reliability checklist items 5 and 6)', () => {
  test.each([
    ['a/0', { a: 1 }, 'division-by-zero', '`a / 0` divides by zero.'],
    ['0/0', {}, 'division-by-zero', '`0 / 0` divides by zero.'],
    ['a / (b - b)', { a: 1, b: 2 }, 'division-by-zero', '`b - b` is 0, so `a / (b - b)` divides by zero.'],
    ['1 / (1 / 0)', {}, 'division-by-zero', '`1 / 0` divides by zero.'],
    ['10^400', {}, 'not-finite', '`10 ^ 400` is not a finite number (too large, or undefined such as 0 ^ -1).'],
    ['10^400 - 10^400', {}, 'not-finite', '`10 ^ 400` is not a finite number (too large, or undefined such as 0 ^ -1).'],
    ['1 / 10 ^ 400 + 10 ^ 400', {}, 'not-finite', '`10 ^ 400` is not a finite number (too large, or undefined such as 0 ^ -1).'],
    ['0 ^ -1', {}, 'not-finite', '`0 ^ (-1)` is not a finite number (too large, or undefined such as 0 ^ -1).'],
    ['(-1) ^ 0.5', {}, 'not-finite', '`(-1) ^ 0.5` is not a finite number (too large, or undefined such as 0 ^ -1).'],
    ['a * 1e308 * 10', { a: 1 }, 'not-finite', '`(a * 1e+308) * 10` is not a finite number (too large, or undefined such as 0 ^ -1).'],
    ['a + b', { a: 1 }, 'missing-input', 'No value for `b`.'],
    ['a + b', { a: 1, b: null }, 'missing-input', 'No value for `b`.'],
    ['#{LAW-05} / 0', {}, 'missing-input', 'No value for `#{LAW-05}`.'],
    ['a + b', { a: Number.NaN, b: 1 }, 'not-finite', 'The value of `a` is NaN, not a finite number.'],
    ['a + b', { a: 1, b: Number.POSITIVE_INFINITY }, 'not-finite', 'The value of `b` is Infinity, not a finite number.'],
  ])('%s with %j → %s', (expression, values, expected, detail) => {
    expect(evaluate(expression, values)).toStrictEqual({ ok: false, reason: expected, detail });
  });

  test('a missing input is never hidden: not by ^ 0, min, max, round or abs', () => {
    for (const expression of ['a ^ 0', 'min(a, 1)', 'max(a, 1)', 'round(a, 2)', 'abs(a)', '0 * a', '1 ^ a']) {
      expect(reason(evaluate(expression))).toBe('missing-input');
    }
  });

  test('the first failure, left to right, is the one reported', () => {
    expect(reason(evaluate('a / 0 + b', { b: 1 }))).toBe('missing-input');
    expect(reason(evaluate('1 / 0 + b'))).toBe('division-by-zero');
    expect(reason(evaluate('b + 1 / 0'))).toBe('missing-input');
  });
});

describe('compileFormula: refusal', () => {
  test('throws one LogframeError with every problem of the check', () => {
    let thrown: unknown;
    try {
      compileFormula('a == b; c');
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(LogframeError);
    const problems = (thrown as LogframeError).problems;
    expect(problems.map((problem) => problem.code)).toStrictEqual(['FORMULA_NOT_ALLOWED']);
    expect((thrown as LogframeError).message).toContain('Formula `a == b; c` is not allowed');
  });

  test.each(['', 'a +', 'x = 1', '5 %% 2', `${'('.repeat(60)}a${')'.repeat(60)}`])('%j', (expression) => {
    expect(() => compileFormula(expression)).toThrow(LogframeError);
  });

  test('compiling accepts any name as a reference: the model has checked them', () => {
    expect(compileFormula('anything + else').references).toStrictEqual(['anything', 'else']);
  });
});
