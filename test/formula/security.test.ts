import { createRequire } from 'node:module';
import { all, create } from 'mathjs/number';
import type { FactoryFunctionMap } from 'mathjs/number';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { checkFormula, compileFormula } from '../../src/formula/index.js';
import { LogframeError } from '../../src/problems/index.js';
import { EXPLOITS, EXPLOIT_KNOWN_IDS, RESOURCE_EXHAUSTION } from './exploitCorpus.js';

const polluted = (): unknown => (({}) as Record<string, unknown>)['polluted'];

/** Evaluating `0.1 + 0.2` still gives a plain JS number: no `config(...)` switched the number type. */
function expectPlainNumbers(): void {
  const sum = compileFormula('0.1 + 0.2').evaluate(() => null);
  expect(sum).toStrictEqual({ ok: true, value: 0.1 + 0.2 });
  expect(sum.ok && typeof sum.value).toBe('number');
}

let log: ReturnType<typeof vi.spyOn>;
let error: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  log = vi.spyOn(console, 'log');
  error = vi.spyOn(console, 'error');
});
afterEach(() => {
  expect(log).not.toHaveBeenCalled();
  expect(error).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

describe('exploit corpus against the formula checker (reliability checklist item 1)', () => {
  test.each(EXPLOITS)('%s → %s', (expression, code) => {
    const { problems } = checkFormula(expression, { knownIds: EXPLOIT_KNOWN_IDS });
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem.code).toBe(code);
      expect(problem.path).toStrictEqual([]);
      expect(problem.severity).toBe('error');
    }
    expect(polluted()).toBeUndefined();
  });

  test.each(EXPLOITS.filter(([, code]) => code !== 'FORMULA_UNKNOWN_REFERENCE'))('compileFormula refuses %s', (expression, code) => {
    let thrown: unknown;
    try {
      compileFormula(expression);
    } catch (caught) {
      thrown = caught;
    }
    expect(thrown).toBeInstanceOf(LogframeError);
    expect((thrown as LogframeError).problems.map((problem) => problem.code)).toContain(code);
  });

  test('bare names are only ever looked up, never resolved against an object', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const asked: string[] = [];
      const lookup = (id: string): number | undefined => {
        asked.push(id);
        return ({} as Record<string, number | undefined>)[id];
      };
      const result = compileFormula(name).evaluate(lookup);
      expect(result.ok ? 'ok' : result.reason).toBe('missing-input');
      expect([...new Set(asked)]).toStrictEqual([name]);
    }
  });

  test('after the whole corpus: nothing polluted, numbers are still plain numbers', () => {
    for (const [expression] of EXPLOITS) checkFormula(expression, { knownIds: EXPLOIT_KNOWN_IDS });
    for (const expression of ['config({number: "BigNumber"})', 'config({"relTol": 1000})', 'import({x:1})']) {
      expect(() => compileFormula(expression)).toThrow(LogframeError);
    }
    expect(polluted()).toBeUndefined();
    expectPlainNumbers();
    expect(checkFormula('births / population * 1000', { knownIds: ['births', 'population'] }).problems).toStrictEqual([]);
  });
});

describe('the mathjs dependency itself (reliability checklist item 2)', () => {
  test('installed mathjs is at least 15.2.0 (the release that fixed the parser RCEs)', () => {
    const require = createRequire(import.meta.url);
    const { version } = require('mathjs/package.json') as { version: string };
    const [major = 0, minor = 0] = version.split('.').map(Number);
    expect(major > 15 || (major === 15 && minor >= 2), `mathjs ${version}`).toBe(true);
  });

  test.each(EXPLOITS.filter(([expression]) => !RESOURCE_EXHAUSTION.has(expression)))(
    'a raw create(all) instance throws on, or is not polluted by, %s',
    (expression) => {
      const math = create(all as FactoryFunctionMap, {});
      const scope = new Map<string, unknown>([['a', {}], ['array', []]]);
      try {
        math.evaluate(expression, scope);
      } catch {
        // Throwing is the expected outcome for most of them.
      }
      expect(polluted()).toBeUndefined();
    },
  );
});
