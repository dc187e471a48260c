import type { Problem } from '../problems/index.js';
import type { Strategy } from './strategy.js';

/**
 * Checks the shape of the results tree and of the actor hierarchy: no cycles, and every result sits
 * at a deeper level than its parent.
 *
 * @param strategy - A strategy whose references are known to exist.
 * @returns Problems with codes `RESULT_CYCLE`, `ACTOR_CYCLE` and `RESULT_LEVEL_ORDER`.
 *
 * @example
 * ```ts
 * const strategy = StrategySchema.parse({
 *   id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }],
 *   results: [{ id: 'A', title: 'A', level: 'pillar', parent: 'B' }, { id: 'B', title: 'B', level: 'pillar', parent: 'A' }],
 * });
 * checkTree(strategy).map((problem) => problem.code).includes('RESULT_CYCLE'); // true
 * ```
 *
 * @category Validation
 */
export function checkTree(strategy: Strategy): Problem[] {
  const problems: Problem[] = [];
  const resultParent = new Map(strategy.results.map((result) => [result.id, result.parent]));
  strategy.results.forEach((result, index) => {
    const cycle = findCycle(result.id, resultParent);
    if (cycle && isSmallest(result.id, cycle)) {
      problems.push({ path: ['results', index, 'parent'], code: 'RESULT_CYCLE', severity: 'error', message: `The results tree has a cycle: ${cycle.join(' → ')}; one of these results must have another parent.` });
    }
  });
  const actorParent = new Map(strategy.actors.map((actor) => [actor.id, actor.parent]));
  strategy.actors.forEach((actor, index) => {
    const cycle = findCycle(actor.id, actorParent);
    if (cycle && isSmallest(actor.id, cycle)) {
      problems.push({ path: ['actors', index, 'parent'], code: 'ACTOR_CYCLE', severity: 'error', message: `The actors' parents form a cycle: ${cycle.join(' → ')}; one of them must have another parent.` });
    }
  });

  const depth = new Map(strategy.levels.map((level, index) => [level.id, index]));
  const resultsById = new Map(strategy.results.map((result) => [result.id, result]));
  strategy.results.forEach((result, index) => {
    const parent = result.parent === undefined ? undefined : resultsById.get(result.parent);
    const own = depth.get(result.level);
    if (parent === undefined || own === undefined) return;
    const parentDepth = depth.get(parent.level);
    if (parentDepth !== undefined && parentDepth >= own) {
      problems.push({
        path: ['results', index, 'level'],
        code: 'RESULT_LEVEL_ORDER',
        severity: 'error',
        message: `Result "${result.id}" (level ${result.level}) sits under "${parent.id}" (level ${parent.level}); a result's level must come after its parent's in \`levels\`.`,
      });
    }
  });
  return problems;
}

// Follows parents from `start`; returns the cycle (first id repeated at the end) when `start` is on one.
function findCycle(start: string, parents: ReadonlyMap<string, string | undefined>): string[] | null {
  const path = [start];
  const seen = new Set([start]);
  let current = parents.get(start);
  while (current !== undefined && parents.has(current)) {
    if (current === start) return [...path, start];
    if (seen.has(current)) return null;
    seen.add(current);
    path.push(current);
    current = parents.get(current);
  }
  return null;
}

// A cycle is reported once, at the member with the smallest id, so the report does not depend on input order.
function isSmallest(id: string, cycle: readonly string[]): boolean {
  return cycle.every((member) => member >= id);
}
