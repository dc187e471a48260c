import type { Strategy } from '../model/index.js';
import type { IndicatorResult, Status } from '../score/types.js';
import { cleanNumber } from './cleanNumber.js';
import { countStatuses } from './statusCounts.js';
import { statusOfScore } from './statusOfScore.js';
import type { RollupBands } from './statusOfScore.js';
import type { ResultRollup } from './types.js';

/**
 * Options of {@link rollupResults}.
 *
 * @category Roll-up
 */
export interface RollupOptions {
  /** `mean`: weighted mean of the children's scores; `worst`: the lowest child score (no compensation). */
  readonly aggregation: 'mean' | 'worst';
  /** Score bands for roll-up statuses. */
  readonly bands: RollupBands;
}

type Child = ResultRollup['children'][number];

/**
 * Rolls indicator scores up the results tree: each result's score is the weighted mean (or the
 * worst) of its children's scores — its indicators and its sub-results — using their `weight`
 * (default 1). Children without a score are left out and lower `coverage` instead of counting as
 * zero; indicators that are not scored (direction `none`, qualitative) take no part at all.
 *
 * @param strategy - The strategy.
 * @param indicators - The indicator results (any order; those not in the strategy are ignored).
 * @param options - Aggregation rule and score bands.
 * @returns One roll-up per result, in strategy order, and the whole plan's roll-up.
 *
 * @example
 * ```ts
 * const strategy = parseStrategy({
 *   id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 * });
 * rollupResults(strategy, [], { aggregation: 'mean', bands: DEFAULT_ROLLUP_BANDS }).plan.status; // 'not-scored'
 * ```
 *
 * @category Roll-up
 */
export function rollupResults(
  strategy: Strategy,
  indicators: readonly IndicatorResult[],
  options: RollupOptions,
): {
  /** One roll-up per result, in strategy order. */
  results: ResultRollup[];
  /** The whole plan's roll-up. */
  plan: ResultRollup;
} {
  const byId = new Map(indicators.map((result) => [result.indicator, result]));
  const indicatorWeight = new Map(strategy.indicators.map((indicator) => [indicator.id, indicator.weight ?? 1]));
  const childResults = new Map<string | null, string[]>();
  const childIndicators = new Map<string, string[]>();
  for (const result of strategy.results) push(childResults, result.parent ?? null, result.id);
  for (const indicator of strategy.indicators) if (byId.has(indicator.id)) push(childIndicators, indicator.result, indicator.id);

  const computed = new Map<string, ResultRollup>();
  const statusesBelow = new Map<string, Status[]>();
  const resultsById = new Map(strategy.results.map((result) => [result.id, result]));

  const visit = (id: string, stack: Set<string>): ResultRollup => {
    const done = computed.get(id);
    if (done) return done;
    const result = resultsById.get(id);
    if (!result || stack.has(id)) throw new Error(`Results tree is not a tree at ${id}`);
    stack.add(id);
    const children: Child[] = [];
    const statuses: Status[] = [];
    for (const indicatorId of childIndicators.get(id) ?? []) {
      const scored = byId.get(indicatorId);
      if (!scored) continue;
      statuses.push(scored.status);
      children.push({ kind: 'indicator', id: indicatorId, weight: indicatorWeight.get(indicatorId) ?? 1, score: scored.score });
    }
    const childStatus: Status[] = children.map((child) => byId.get(child.id)?.status ?? 'no-data');
    const childCoverage: number[] = children.map((child) => (child.score === null ? 0 : 1));
    for (const childId of childResults.get(id) ?? []) {
      const child = visit(childId, stack);
      statuses.push(...(statusesBelow.get(childId) ?? []));
      children.push({ kind: 'result', id: childId, weight: resultsById.get(childId)?.weight ?? 1, score: child.score });
      childStatus.push(child.status);
      childCoverage.push(child.coverage);
    }
    stack.delete(id);
    const rollup = combine({ id, title: result.title, level: result.level, parent: result.parent ?? null }, children, childStatus, childCoverage, statuses, options);
    computed.set(id, rollup);
    statusesBelow.set(id, statuses);
    return rollup;
  };

  const results = strategy.results.map((result) => visit(result.id, new Set()));
  const planChildren: Child[] = [];
  const planChildStatus: Status[] = [];
  const planChildCoverage: number[] = [];
  const planStatuses: Status[] = [];
  for (const id of childResults.get(null) ?? []) {
    const child = computed.get(id);
    if (!child) continue;
    planChildren.push({ kind: 'result', id, weight: resultsById.get(id)?.weight ?? 1, score: child.score });
    planChildStatus.push(child.status);
    planChildCoverage.push(child.coverage);
    planStatuses.push(...(statusesBelow.get(id) ?? []));
  }
  const plan = combine({ id: null, title: strategy.title, level: 'plan', parent: null }, planChildren, planChildStatus, planChildCoverage, planStatuses, options);
  return { results, plan };
}

function combine(
  node: Pick<ResultRollup, 'id' | 'title' | 'level' | 'parent'>,
  children: readonly Child[],
  childStatus: readonly Status[],
  childCoverage: readonly number[],
  statusesBelow: readonly Status[],
  options: RollupOptions,
): ResultRollup {
  let weightScored = 0;
  let weightAll = 0;
  let weightCovered = 0;
  let sum = 0;
  let worst: ResultRollup['worst'] = null;
  children.forEach((child, index) => {
    const status = childStatus[index];
    if (status === 'not-scored') return;
    weightAll += child.weight;
    weightCovered += child.weight * (childCoverage[index] ?? 0);
    if (child.score === null) return;
    weightScored += child.weight;
    sum += child.weight * child.score;
    if (worst === null || child.score < worst.score || (child.score === worst.score && child.id < worst.id)) {
      worst = { kind: child.kind, id: child.id, score: child.score };
    }
  });
  const counts = countStatuses(statusesBelow);
  let score: number | null = null;
  if (weightScored > 0) score = options.aggregation === 'worst' ? (worst as ResultRollup['worst'])?.score ?? null : sum / weightScored;
  if (score !== null) score = cleanNumber(score);
  const scoredBelow = statusesBelow.filter((status) => status !== 'not-scored');
  let status: Status;
  if (score !== null) status = statusOfScore(score, scoredBelow.length > 0 && scoredBelow.every((s) => s === 'achieved'), options.bands);
  else if (scoredBelow.length === 0) status = 'not-scored';
  else status = scoredBelow.some((s) => s === 'no-data') ? 'no-data' : 'not-started';
  return { ...node, score, status, coverage: weightAll > 0 ? cleanNumber(weightCovered / weightAll) : 0, counts, worst, children };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
