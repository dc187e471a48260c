/**
 * Shows a dependency cycle the way a person reads it.
 *
 * @param cycle - A cycle as {@link formulaOrder} reports it: ids with the first repeated at the end.
 * @returns The ids joined by arrows, e.g. `A → B → A`.
 *
 * @example
 * ```ts
 * formatCycle(['A', 'B', 'A']); // 'A → B → A'
 * formatCycle(formulaOrder({ A: ['B'], B: ['A'] }).cycles[0] ?? []); // 'A → B → A'
 * ```
 *
 * @category Formulas
 */
export function formatCycle(cycle: readonly string[]): string {
  return cycle.join(' → ');
}
