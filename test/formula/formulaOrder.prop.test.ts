import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dependencyOrder, formulaOrder } from '../../src/formula/index.js';

const ids = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'x', 'y'];
const graph = fc.dictionary(fc.constantFrom(...ids.slice(0, 7)), fc.array(fc.constantFrom(...ids), { maxLength: 4 }));

describe('formulaOrder properties', () => {
  test('each ordered id comes after the formulas it refers to; cycles are closed walks of references', () => {
    fc.assert(fc.property(graph, (formulas) => {
      const { order, cycles } = formulaOrder(formulas);
      const position = new Map(order.map((id, index) => [id, index]));
      expect(position.size).toBe(order.length);
      for (const id of order) {
        for (const reference of formulas[id] ?? []) {
          if (Object.hasOwn(formulas, reference)) expect(position.get(reference)).toBeLessThan(position.get(id) as number);
        }
      }
      for (const cycle of cycles) {
        expect(cycle[0]).toBe(cycle[cycle.length - 1]);
        expect(new Set(cycle.slice(0, -1)).size).toBe(cycle.length - 1);
        for (let index = 0; index + 1 < cycle.length; index += 1) {
          expect(formulas[cycle[index] as string]).toContain(cycle[index + 1]);
        }
        for (const id of cycle) expect(position.has(id)).toBe(false);
      }
      // Everything left out of the order is stuck because of a cycle.
      const unordered = Object.keys(formulas).filter((id) => !position.has(id));
      expect(unordered.length === 0).toBe(cycles.length === 0);
    }));
  });

  test('the same formulas in another insertion order give the same result', () => {
    fc.assert(fc.property(graph, (formulas) => {
      const reversed = Object.fromEntries(Object.entries(formulas).reverse());
      expect(formulaOrder(reversed)).toStrictEqual(formulaOrder(formulas));
    }));
  });

  test('dependencyOrder gives the same order as formulaOrder, from a Map or a record', () => {
    fc.assert(fc.property(graph, (formulas) => {
      const { order } = formulaOrder(formulas);
      expect(dependencyOrder(formulas).order).toStrictEqual(order);
      expect(dependencyOrder(new Map(Object.entries(formulas))).order).toStrictEqual(order);
    }));
  });
});
