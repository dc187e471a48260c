// Checklist items 1, 3 and 4 through the PUBLIC model loader: every historical mathjs exploit
// string, `config(…)`, `zeros(100000,100000)`, 10,000 nested parentheses and a 3,000-term sum,
// written as the formula of an indicator of the Cambodia plan, is refused by `parseStrategy` (and
// by the spreadsheet loader) with a clear problem at the formula's path, before anything is
// evaluated, and no shared state changes: built-in prototypes, globals, and the private mathjs
// instance (numbers stay plain JS numbers). test/formula/security.test.ts runs the same corpus
// against checkFormula/compileFormula and a raw mathjs instance.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileFormula, evaluate, LogframeError, parseObservations, parseStrategy, readStrategyCsv, summarize } from '../../src/index.js';
import { EXPLOITS } from '../formula/exploitCorpus.js';
import { cambodiaObservationsJson, cambodiaStrategyJson, pollutedNames, problemShapeErrors, sharedState } from './helpers.js';

/** Payloads that would leave a mark on globalThis if anything ever executed them. */
const CANARIES = [
  'f=[].map.constructor("globalThis.logframeCanary = 1"); f()',
  'cos.constructor("globalThis.logframeCanary = 2")()',
  'evaluate("globalThis")',
  'import({logframeCanary: 3}, {override: true})',
];

const SPECIAL: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['config(…) with a __proto__ payload', 'config({"__proto__":{"polluted":"yes"}})', ['FORMULA_NOT_ALLOWED']],
  ['config(…) switching the number type', 'config({number: "BigNumber"})', ['FORMULA_NOT_ALLOWED']],
  ['zeros(100000,100000)', 'zeros(100000,100000)', ['FORMULA_NOT_ALLOWED']],
  // The schema caps formula text at 10,000 characters; this one is 20,001, so the cap answers first.
  ['10,000 nested parentheses', `${'('.repeat(10_000)}a${')'.repeat(10_000)}`, ['TOO_BIG']],
  ['100 nested parentheses', `${'('.repeat(100)}#{LAW-05}${')'.repeat(100)}`, ['FORMULA_TOO_DEEP']],
  ['a 3,000-term sum (mathjs overflows its stack at about 3,000)', Array<string>(3_000).fill('1').join('+'), ['FORMULA_TOO_LONG', 'FORMULA_TOO_COMPLEX']],
  ['a 201-term sum of references', Array<string>(201).fill('#{LAW-05}').join('+'), ['FORMULA_TOO_LONG', 'FORMULA_TOO_COMPLEX']],
  ['a 1,000-term sum of short names', Array<string>(1_000).fill('a').join('+'), ['FORMULA_TOO_LONG', 'FORMULA_TOO_COMPLEX']],
  ['a 600-character formula', `#{LAW-05}${' '.repeat(590)}+1`, ['FORMULA_TOO_LONG']],
];

const base = cambodiaStrategyJson();
const FORMULA_INDEX = (base['indicators'] as Record<string, unknown>[]).findIndex((indicator) => typeof indicator['formula'] === 'string');

/** The Cambodia plan with the formula of its computed indicator replaced. */
function withFormula(formula: string): Record<string, any> {
  const input = cambodiaStrategyJson();
  (input['indicators'] as Record<string, unknown>[])[FORMULA_INDEX]!['formula'] = formula;
  return input;
}

function refusal(formula: string): LogframeError {
  let thrown: unknown;
  try {
    parseStrategy(withFormula(formula));
  } catch (error) {
    thrown = error;
  }
  expect(thrown, formula).toBeInstanceOf(LogframeError);
  return thrown as LogframeError;
}

let before: Record<string, unknown>;
let spies: Array<ReturnType<typeof vi.spyOn>> = [];
beforeAll(() => {
  // Warm the lazily created mathjs instance, so that creating it is not mistaken for a change.
  compileFormula('1 + 1');
  before = sharedState();
});
beforeEach(() => {
  spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((name) => vi.spyOn(console, name));
});
afterEach(() => {
  for (const spy of spies) expect(spy, 'console output').not.toHaveBeenCalled();
  vi.restoreAllMocks();
});
afterAll(() => {
  expect(sharedState()).toEqual(before);
});

describe('the Cambodia plan with a hostile formula, through parseStrategy (checklist 1, 3, 4)', () => {
  it('the plan is valid with its own formula (so each refusal below is about the formula)', () => {
    expect(FORMULA_INDEX).toBeGreaterThanOrEqual(0);
    expect(() => parseStrategy(base)).not.toThrow();
  });

  it.each(EXPLOITS)('refuses the exploit %s (%s)', (formula, code) => {
    const error = refusal(formula);
    expect(problemShapeErrors(error)).toEqual([]);
    const errors = error.problems.filter((problem) => problem.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const problem of errors) {
      expect(problem.path).toEqual(['indicators', FORMULA_INDEX, 'formula']);
      expect(problem.code).toBe(code);
      // A sentence that says where the problem is and what to do.
      expect(problem.message).toMatch(/character \d+|not an indicator id/);
      expect(problem.message).toMatch(/[.!]$/);
    }
    expect(error.message).toContain(`indicators[${FORMULA_INDEX}].formula`);
    expect(pollutedNames()).toEqual([]);
  });

  it.each(SPECIAL)('refuses %s before parsing it', (_, formula, codes) => {
    const error = refusal(formula);
    expect(problemShapeErrors(error)).toEqual([]);
    expect(error.problems.map((problem) => problem.code).sort()).toEqual([...codes].sort());
    for (const problem of error.problems) expect(problem.path).toEqual(['indicators', FORMULA_INDEX, 'formula']);
    expect(pollutedNames()).toEqual([]);
  });

  it.each(CANARIES)('never executes %s', (formula) => {
    refusal(formula);
    expect((globalThis as Record<string, unknown>)['logframeCanary']).toBeUndefined();
  });

  it('refuses the corpus the same way when the plan comes from a spreadsheet (readStrategyCsv)', () => {
    const frame = cambodiaStrategyJson();
    delete frame['indicators'];
    const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
    for (const [formula, code] of [...EXPLOITS, ['zeros(100000,100000)', 'FORMULA_NOT_ALLOWED'] as const]) {
      const csv = `id,title,result,measure,direction,formula\r\nA,Cases,LAW,count,none,\r\nF,Computed,LAW,ratio,none,${quote(formula)}\r\n`;
      let thrown: unknown;
      try {
        readStrategyCsv(csv, frame);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, formula).toBeInstanceOf(LogframeError);
      expect((thrown as LogframeError).problems.map((problem) => problem.code), formula).toContain(code);
    }
    expect(pollutedNames()).toEqual([]);
  });

  it('after the whole corpus nothing changed: same plan, same evaluation, plain numbers', () => {
    const reference = (() => {
      const strategy = parseStrategy(cambodiaStrategyJson());
      const { observations } = parseObservations(cambodiaObservationsJson(), strategy);
      return JSON.stringify(summarize(evaluate(strategy, observations, { asOf: '2025-03-27' }), { strategy }));
    })();
    for (const [formula] of EXPLOITS) refusal(formula);
    for (const [, formula] of SPECIAL) refusal(formula);
    const strategy = parseStrategy(cambodiaStrategyJson());
    const { observations } = parseObservations(cambodiaObservationsJson(), strategy);
    expect(JSON.stringify(summarize(evaluate(strategy, observations, { asOf: '2025-03-27' }), { strategy }))).toBe(reference);
    const sum = compileFormula('0.1 + 0.2').evaluate(() => null);
    expect(sum).toStrictEqual({ ok: true, value: 0.1 + 0.2 });
    expect(pollutedNames()).toEqual([]);
    expect(sharedState()).toEqual(before);
  });
});
