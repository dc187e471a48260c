import { describe, expect, test } from 'vitest';
import { checkFormula, formatCycle, formulaOrder } from '../../src/formula/index.js';

describe('formulaOrder', () => {
  test('A = B + 1, B = A * 2 is the cycle A → B → A', () => {
    const ids = ['A', 'B'];
    const formulas = {
      A: checkFormula('B + 1', { knownIds: ids }).references,
      B: checkFormula('A * 2', { knownIds: ids }).references,
    };
    const { order, cycles } = formulaOrder(formulas);
    expect(order).toStrictEqual([]);
    expect(cycles).toStrictEqual([['A', 'B', 'A']]);
    expect(cycles.map(formatCycle)).toStrictEqual(['A → B → A']);
  });

  test('a 3-cycle starts at its smallest id', () => {
    expect(formulaOrder({ Z: ['X'], X: ['Y'], Y: ['Z'] }).cycles).toStrictEqual([['X', 'Y', 'Z', 'X']]);
  });

  test('a self-reference', () => {
    expect(formulaOrder({ A: ['A', 'input'] })).toStrictEqual({ order: [], cycles: [['A', 'A']] });
    expect(formatCycle(['A', 'A'])).toBe('A → A');
  });

  test('ids on or behind a cycle are left out of the order; the rest is ordered', () => {
    const result = formulaOrder({ A: ['B'], B: ['A'], D: ['A'], E: ['x'], F: ['E', 'y'] });
    expect(result).toStrictEqual({ order: ['E', 'F'], cycles: [['A', 'B', 'A']] });
  });

  test('every elementary cycle is listed, in a stable order', () => {
    expect(formulaOrder({ A: ['B', 'C'], B: ['A', 'C'], C: ['A', 'B'] }).cycles).toStrictEqual([
      ['A', 'B', 'A'], ['A', 'B', 'C', 'A'], ['A', 'C', 'A'], ['A', 'C', 'B', 'A'], ['B', 'C', 'B'],
    ]);
    expect(formulaOrder({ A: ['B'], B: ['A'], C: ['D'], D: ['C'] }).cycles).toStrictEqual([['A', 'B', 'A'], ['C', 'D', 'C']]);
  });

  test('dependencies first, ties broken by id (code units, not locale)', () => {
    const formulas = { total: ['b', 'a'], b: [], a: [], Z: [], share: ['total', 'a'], é: [] };
    expect(formulaOrder(formulas).order).toStrictEqual(['Z', 'a', 'b', 'total', 'share', 'é']);
  });

  test('references to reported indicators (not formulas) are inputs and are not ordered', () => {
    expect(formulaOrder({ rate: ['convictions', 'prosecutions'] })).toStrictEqual({ order: ['rate'], cycles: [] });
  });

  test('a Map and a record in any insertion order give the same result', () => {
    const entries: [string, string[]][] = [['c', ['b']], ['b', ['a']], ['a', []], ['d', ['a', 'c', 'a']]];
    const expected = { order: ['a', 'b', 'c', 'd'], cycles: [] };
    expect(formulaOrder(new Map(entries))).toStrictEqual(expected);
    expect(formulaOrder(Object.fromEntries([...entries].reverse()))).toStrictEqual(expected);
  });

  test('does not change its argument', () => {
    const formulas = { A: ['C', 'B', 'B'], B: ['A'], C: [] };
    const copy = structuredClone(formulas);
    formulaOrder(formulas);
    expect(formulas).toStrictEqual(copy);
  });

  test('a chain of 20,000 formulas, and a 20,000-long cycle, do not overflow the stack', () => {
    const ids = Array.from({ length: 20_000 }, (_, index) => `i${String(index).padStart(5, '0')}`);
    const chain = Object.fromEntries(ids.map((id, index) => [id, index === 0 ? [] : [ids[index - 1] as string]]));
    expect(formulaOrder(chain).order).toStrictEqual(ids);
    const ring = Object.fromEntries(ids.map((id, index) => [id, [ids[(index + 1) % ids.length] as string]]));
    const { order, cycles } = formulaOrder(ring);
    expect(order).toStrictEqual([]);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(20_001);
  });

  test('the list of cycles is capped for graphs with exponentially many', () => {
    const ids = Array.from({ length: 8 }, (_, index) => `n${index}`);
    const complete = Object.fromEntries(ids.map((id) => [id, ids.filter((other) => other !== id)]));
    expect(formulaOrder(complete).cycles).toHaveLength(100);
  });
});
