import { describe, expect, test } from 'vitest';
import {
  FORMULA_MAX_DEPTH, FORMULA_MAX_LENGTH, FORMULA_MAX_TERMS, checkFormula,
} from '../../src/formula/index.js';

const knownIds = ['a', 'b', 'c', 'births', 'population', 'convictions', 'prosecutions', 'LAW-05', 'LAW-06', 'POL.1'];
const check = (expression: string) => checkFormula(expression, { knownIds });
const codes = (expression: string) => check(expression).problems.map((problem) => problem.code);

describe('checkFormula: accepted formulas', () => {
  test.each([
    ['births / population * 1000', ['births', 'population']],
    ['max(a, 0)', ['a']],
    ['(a - b)/c', ['a', 'b', 'c']],
    ['#{LAW-05} / #{LAW-06} * 100', ['LAW-05', 'LAW-06']],
    ['-a ^ 2', ['a']],
    ['round(a / 3, 2)', ['a']],
    ['round(a)', ['a']],
    ['min(a, b, c) + abs(-b) + +c', ['a', 'b', 'c']],
    ['convictions / prosecutions * 100', ['convictions', 'prosecutions']],
    ['#{POL.1} * 2 + #{ LAW-05 }', ['POL.1', 'LAW-05']],
    ['2.5e-3 * a', ['a']],
  ])('%s', (expression, references) => {
    expect(check(expression)).toStrictEqual({ references, problems: [] });
  });

  test('references are distinct, in order of first appearance, whether written plainly or as #{…}', () => {
    expect(check('c + a * c - #{a} / b + #{LAW-05} + #{LAW-05}').references).toStrictEqual(['c', 'a', 'b', 'LAW-05']);
  });

  test('knownIds may be a Set', () => {
    expect(checkFormula('a + b', { knownIds: new Set(['a', 'b']) }).problems).toStrictEqual([]);
  });

  test('exactly at the limits is accepted', () => {
    const deep = `${'('.repeat(FORMULA_MAX_DEPTH)}a${')'.repeat(FORMULA_MAX_DEPTH)}`;
    expect(check(deep).problems).toStrictEqual([]);
    const terms = Array<string>(FORMULA_MAX_TERMS).fill('a').join('+');
    expect(check(terms).problems).toStrictEqual([]);
    const long = `a${' '.repeat(FORMULA_MAX_LENGTH - 1)}`;
    expect(check(long).problems).toStrictEqual([]);
  });
});

describe('checkFormula: refused constructs (reliability checklist item 3)', () => {
  test.each([
    ['x = 1', 'FORMULA_NOT_ALLOWED', 3],
    ['f(x)=x', 'FORMULA_NOT_ALLOWED', 5],
    ['a.b', 'FORMULA_NOT_ALLOWED', 2],
    ['b[1]', 'FORMULA_NOT_ALLOWED', 2],
    ['[1,2]', 'FORMULA_NOT_ALLOWED', 1],
    ['{k:1}', 'FORMULA_NOT_ALLOWED', 1],
    ['1:10', 'FORMULA_NOT_ALLOWED', 2],
    ['a > 1 ? 1 : 0', 'FORMULA_NOT_ALLOWED', 7],
    ['a == b', 'FORMULA_NOT_ALLOWED', 3],
    ['"s"', 'FORMULA_NOT_ALLOWED', 1],
    ['5 cm', 'FORMULA_UNKNOWN_REFERENCE', 3],
    ['a; b', 'FORMULA_NOT_ALLOWED', 2],
    ['random()', 'FORMULA_NOT_ALLOWED', 1],
    ['evaluate("1")', 'FORMULA_NOT_ALLOWED', 1],
    ['config({number: "BigNumber"})', 'FORMULA_NOT_ALLOWED', 1],
    ['zeros(100000,100000)', 'FORMULA_NOT_ALLOWED', 1],
    ['import({x:1})', 'FORMULA_NOT_ALLOWED', 1],
    ['sqrt(-1)', 'FORMULA_NOT_ALLOWED', 1],
    ['log(0)', 'FORMULA_NOT_ALLOWED', 1],
    ['a mod b', 'FORMULA_NOT_ALLOWED', 3],
    ['a % b', 'FORMULA_NOT_ALLOWED', 3],
    ['a!', 'FORMULA_NOT_ALLOWED', 2],
    ['a < b < c', 'FORMULA_NOT_ALLOWED', 3],
    ['true', 'FORMULA_NOT_ALLOWED', 1],
    ['a\nb', 'FORMULA_NOT_ALLOWED', 2],
    ['a(b)', 'FORMULA_NOT_ALLOWED', 1],
    ['abs(a, b)', 'FORMULA_NOT_ALLOWED', 1],
    ['max()', 'FORMULA_NOT_ALLOWED', 1],
    ['round(a, b)', 'FORMULA_NOT_ALLOWED', 1],
    ['round(a, 16)', 'FORMULA_NOT_ALLOWED', 1],
    ['round(a, 1.5)', 'FORMULA_NOT_ALLOWED', 1],
    ['round(a, 1, 2)', 'FORMULA_NOT_ALLOWED', 1],
    ['c + d', 'FORMULA_UNKNOWN_REFERENCE', 5],
    ['a + ', 'FORMULA_SYNTAX', 5],
    ['(a', 'FORMULA_SYNTAX', 3],
  ])('%j → %s at character %i', (expression, code, position) => {
    const { problems } = check(expression);
    expect(problems.map((problem) => problem.code)).toStrictEqual([code]);
    const [problem] = problems;
    expect(problem?.path).toStrictEqual([]);
    expect(problem?.severity).toBe('error');
    expect(problem?.message).toContain(`at character ${position}`);
  });

  test('a refused function is named, with the allowed vocabulary', () => {
    expect(check('config({number: "BigNumber"})').problems[0]?.message).toBe(
      'Function `config` at character 1 is not allowed in a formula; use only + - * / ^, parentheses, min, max, abs, round.');
  });

  test('an unknown reference is named and the fix is given', () => {
    expect(check('a + c2').problems[0]?.message).toBe(
      'Formula refers to `c2` at character 5, which is not an indicator id; use the id of an existing indicator, ' +
      'and write ids that are not plain names (such as LAW-05) as #{LAW-05}.');
  });

  test('each unknown reference is reported once, and all of them are reported', () => {
    const { problems, references } = check('x + y * x');
    expect(problems.map((problem) => problem.message.slice(0, 24))).toStrictEqual([
      'Formula refers to `x` at', 'Formula refers to `y` at',
    ]);
    expect(references).toStrictEqual(['x', 'y']);
  });

  test('a plain LAW-05 reads as LAW minus 05 and is reported with the #{…} hint', () => {
    expect(check('LAW-05 * 2').problems[0]?.message).toContain('`LAW` at character 1');
  });

  test('positions count characters of the text as written, #{…} included', () => {
    expect(check('#{LAW-05} + zz').problems[0]?.message).toContain('`zz` at character 13');
    expect(check('#{LAW-05} + #{NOPE}').problems[0]?.message).toContain('`NOPE` at character 13');
    expect(check('#{LAW-05} + (').problems[0]?.message).toContain('at character 14');
  });

  test('misused # is a syntax problem (mathjs would read it as a comment)', () => {
    expect(codes('a # + c')).toStrictEqual(['FORMULA_SYNTAX']);
    expect(codes('#{LAW-05')).toStrictEqual(['FORMULA_SYNTAX']);
    expect(codes('#{} + a')).toStrictEqual(['FORMULA_SYNTAX']);
    expect(check('a + #{ }').problems[0]?.message).toContain('at character 5');
  });

  test('a refused construct is shown with the #{…} the user wrote, even for ids holding `$`', () => {
    expect(checkFormula('#{A$&B}.x', { knownIds: ['A$&B'] }).problems[0]?.message).toContain('`#{A$&B}.x`');
  });

  test('a generated name cannot collide with a name the user wrote', () => {
    const ids = ['ref_0', 'X-1'];
    expect(checkFormula('ref_0 + #{X-1}', { knownIds: ids })).toStrictEqual({ references: ['ref_0', 'X-1'], problems: [] });
    expect(checkFormula('#{X-1} + ref_0', { knownIds: ids })).toStrictEqual({ references: ['X-1', 'ref_0'], problems: [] });
  });
});

describe('checkFormula: guards before parsing (reliability checklist item 4)', () => {
  test('empty', () => {
    expect(codes('')).toStrictEqual(['FORMULA_EMPTY']);
    expect(codes(' \n\t ')).toStrictEqual(['FORMULA_EMPTY']);
    expect(codes(undefined as unknown as string)).toStrictEqual(['FORMULA_EMPTY']);
  });

  test('a 600-character formula', () => {
    expect(codes(`a${' '.repeat(598)}b`)).toStrictEqual(['FORMULA_TOO_LONG']);
  });

  test('10,000 nested parentheses', () => {
    const deep = `${'('.repeat(10_000)}a${')'.repeat(10_000)}`;
    expect(codes(deep)).toStrictEqual(['FORMULA_TOO_LONG', 'FORMULA_TOO_DEEP']);
    expect(codes(`${'('.repeat(FORMULA_MAX_DEPTH + 1)}a${')'.repeat(FORMULA_MAX_DEPTH + 1)}`)).toStrictEqual(['FORMULA_TOO_DEEP']);
    expect(codes(`${'['.repeat(60)}`)).toStrictEqual(['FORMULA_TOO_DEEP']);
  });

  test('1,000- and 3,000-term sums (mathjs overflows its stack at about 3,000)', () => {
    for (const terms of [1_000, 3_000]) {
      expect(codes(Array<string>(terms).fill('a').join('+'))).toStrictEqual(['FORMULA_TOO_LONG', 'FORMULA_TOO_COMPLEX']);
    }
    expect(codes(Array<string>(FORMULA_MAX_TERMS + 1).fill('a').join('+'))).toStrictEqual(['FORMULA_TOO_COMPLEX']);
    expect(codes(Array<string>(FORMULA_MAX_TERMS + 1).fill('#{a}').join('+'))).toContain('FORMULA_TOO_COMPLEX');
  });

  test('a number with an exponent is one term', () => {
    expect(codes(Array<string>(FORMULA_MAX_TERMS).fill('1e-5').join('+'))).toStrictEqual(['FORMULA_TOO_LONG']);
    expect(codes(Array<string>(100).fill('1e-5').join('+'))).toStrictEqual([]);
  });

  test('long chains within the limits parse without overflowing', () => {
    expect(codes(`${'-'.repeat(FORMULA_MAX_LENGTH - 1)}a`)).toStrictEqual([]);
    expect(codes(`${'a^'.repeat(FORMULA_MAX_TERMS - 1)}a`)).toStrictEqual([]);
  });
});
