import { dependencyOrder } from './dependencyOrder.js';
import { findCycles } from './findCycles.js';

/**
 * Orders formula indicators so that each comes after the formula indicators it refers to, and
 * lists every dependency cycle.
 *
 * The order is the topological order that always takes the smallest ready id (by UTF-16 code units,
 * never by locale), so the same formulas give the same order on every machine. References to ids
 * that have no formula (reported values) are inputs and do not appear in the order. Ids on a cycle,
 * or depending on one, cannot be computed and are left out of `order`. Each cycle starts at its
 * smallest id and repeats it at the end (`['A', 'B', 'A']`); cycles are listed by that id, at most
 * 100 of them.
 *
 * @param formulas - Indicator id → the ids its formula refers to (e.g. `checkFormula(…).references`).
 * @returns `order`: the ids to compute, dependencies first; `cycles`: every cycle found.
 *
 * @example
 * ```ts
 * formulaOrder({ rate: ['convictions', 'cases'], cases: ['reported'], index: ['rate', 'cases'] }); // { order: ['cases', 'rate', 'index'], cycles: [] }
 * formulaOrder({ A: ['B'], B: ['A'], C: ['C'] }).cycles; // [['A', 'B', 'A'], ['C', 'C']]
 * ```
 *
 * @category Formulas
 */
export function formulaOrder(
  formulas: ReadonlyMap<string, readonly string[]> | Record<string, readonly string[]>,
): {
  /** The formula ids to compute, each after the formula ids it refers to; ids on or behind a cycle are left out. */
  order: string[];
  /** Every cycle, starting and ending at its smallest id (`['A', 'B', 'A']`), at most 100; empty when there is none. */
  cycles: string[][];
} {
  const { order, edges } = dependencyOrder(formulas);
  if (order.length === edges.size) return { order, cycles: [] };
  const placed = new Set(order);
  const stuck = new Map([...edges].filter(([id]) => !placed.has(id)).map(([id, references]) =>
    [id, references.filter((reference) => !placed.has(reference))] as const));
  return { order, cycles: findCycles(stuck) };
}
