import { IdHeap } from './IdHeap.js';

/** The order of {@link dependencyOrder}, and the edges it was computed on (for the cycle search). */
export interface DependencyOrder {
  /** The formula ids to compute, each after the formula ids it refers to; ids on or behind a cycle are left out. */
  readonly order: string[];
  /** Formula id → the other formula ids it refers to, distinct and sorted. */
  readonly edges: ReadonlyMap<string, readonly string[]>;
}

/**
 * The order half of {@link formulaOrder}, without the search for cycles: for callers that have
 * already rejected cycles (evaluate, on a parsed strategy) and need only the order, so that the
 * cycle search stays out of their bundles.
 *
 * The order is the topological order that always takes the smallest ready id (by UTF-16 code units,
 * never by locale). References to ids that have no formula are inputs and do not appear in it.
 *
 * @param formulas - Indicator id → the ids its formula refers to.
 * @returns The order, and the edges between formulas.
 */
export function dependencyOrder(
  formulas: ReadonlyMap<string, readonly string[]> | Record<string, readonly string[]>,
): DependencyOrder {
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
  return { order, edges };
}
