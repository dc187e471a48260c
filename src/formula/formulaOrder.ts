import { findCycles } from './findCycles.js';
import { IdHeap } from './IdHeap.js';

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
  const entries: Iterable<readonly [string, readonly string[]]> = formulas instanceof Map
    ? formulas.entries()
    : Object.entries(formulas as Record<string, readonly string[]>);
  const given = new Map(entries);
  // Only references to other formulas are edges: anything else is a reported input.
  const edges = new Map<string, string[]>();
  for (const [id, references] of given) {
    edges.set(id, [...new Set(references)].filter((reference) => given.has(reference)).sort());
  }

  const waitingFor = new Map<string, number>();
  const dependents = new Map<string, string[]>();
  const ready = new IdHeap();
  for (const [id, references] of edges) {
    waitingFor.set(id, references.length);
    if (references.length === 0) ready.push(id);
    for (const reference of references) (dependents.get(reference) ?? dependents.set(reference, []).get(reference) as string[]).push(id);
  }
  const order: string[] = [];
  for (let id = ready.pop(); id !== undefined; id = ready.pop()) {
    order.push(id);
    for (const dependent of dependents.get(id) ?? []) {
      const left = (waitingFor.get(dependent) ?? 0) - 1;
      waitingFor.set(dependent, left);
      if (left === 0) ready.push(dependent);
    }
  }

  if (order.length === edges.size) return { order, cycles: [] };
  const placed = new Set(order);
  const stuck = new Map([...edges].filter(([id]) => !placed.has(id)).map(([id, references]) =>
    [id, references.filter((reference) => !placed.has(reference))] as const));
  return { order, cycles: findCycles(stuck) };
}
