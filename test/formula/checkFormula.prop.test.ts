import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkFormula, compileFormula } from '../../src/formula/index.js';

const CODES = new Set([
  'FORMULA_EMPTY', 'FORMULA_TOO_LONG', 'FORMULA_TOO_DEEP', 'FORMULA_TOO_COMPLEX',
  'FORMULA_SYNTAX', 'FORMULA_NOT_ALLOWED', 'FORMULA_UNKNOWN_REFERENCE',
]);
const knownIds = ['a', 'b', 'LAW-05'];

/** Text built from formula-like pieces, so that much of it gets past the parser. */
const formulaLike = fc.array(fc.constantFrom(
  'a', 'b', 'c', '#{LAW-05}', '#{', '}', '#', '(', ')', '[', ']', '{', ',', ';', ':', '?', '=', '==', '"', "'",
  '+', '-', '*', '/', '^', '!', '%', '.', '1', '0', '2.5', 'e', '1e400', ' ', '\n', 'min', 'max', 'abs', 'round',
  'config', 'constructor', '__proto__', 'toString', 'mod', 'to', 'true', 'null',
), { maxLength: 40 }).map((pieces) => pieces.join(''));

const anyText = fc.oneof(formulaLike, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ maxLength: 600 }));

describe('checkFormula never throws', () => {
  test('for any string, with well-formed problems', () => {
    fc.assert(fc.property(anyText, (text) => {
      const { references, problems } = checkFormula(text, { knownIds });
      expect(new Set(references).size).toBe(references.length);
      for (const problem of problems) {
        expect(problem.path).toStrictEqual([]);
        expect(problem.severity).toBe('error');
        expect(CODES.has(problem.code)).toBe(true);
        const position = /at character (\d+)/.exec(problem.message)?.[1];
        if (position !== undefined) {
          expect(Number(position)).toBeGreaterThanOrEqual(1);
          expect(Number(position)).toBeLessThanOrEqual(text.length + 1);
        }
      }
      // Compiling takes every name as an id, so unknown references alone do not stop it.
      if (problems.every((problem) => problem.code === 'FORMULA_UNKNOWN_REFERENCE')) {
        const compiled = compileFormula(text);
        expect(compiled.references).toStrictEqual(references);
        const result = compiled.evaluate((id) => (id === 'a' ? 2 : id === 'b' ? 0 : 7));
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
      } else {
        expect(() => compileFormula(text)).toThrow();
      }
    }), { numRuns: 3000 });
  });
});
