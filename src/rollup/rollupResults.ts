import type { Strategy } from '../model/index.js';
import { STATUSES } from '../score/types.js';
import type { IndicatorResult, Status } from '../score/types.js';
import { cleanNumber } from './cleanNumber.js';
import { resultsByPosition } from './resultsByPosition.js';
import { statusOfScore } from './statusOfScore.js';
import type { RollupBands } from './statusOfScore.js';
import type { ResultRollup, StatusCounts } from './types.js';

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
  const scoredAt = resultsByPosition(strategy, indicators);
  const childResults = new Map<string | null, string[]>();
  const childIndicators = new Map<string, { id: string; weight: number; scored: IndicatorResult }[]>();
  for (const result of strategy.results) push(childResults, result.parent ?? null, result.id);
  strategy.indicators.forEach((indicator, position) => {
    const scored = scoredAt[position];
    if (scored !== undefined) push(childIndicators, indicator.result, { id: indicator.id, weight: indicator.weight ?? 1, scored });
  });

  const computed = new Map<string, ResultRollup>();
  // Status counts over every indicator below a node (a tally by status, not a list of them: a plan
  // of 10^4 indicators would otherwise copy its statuses once per level).
  const tallyBelow = new Map<string, number[]>();
  const resultsById = new Map(strategy.results.map((result) => [result.id, result]));

  const visit = (id: string, stack: Set<string>): ResultRollup => {
    const done = computed.get(id);
    if (done) return done;
    const result = resultsById.get(id);
    if (!result || stack.has(id)) throw new Error(`Results tree is not a tree at ${id}`);
    stack.add(id);
    const children: Child[] = [];
    const tally = emptyTally();
    const childStatus: Status[] = [];
    const childCoverage: number[] = [];
    for (const { id: indicatorId, weight, scored } of childIndicators.get(id) ?? []) {
      const at = STATUS_INDEX[scored.status];
      tally[at] = (tally[at] ?? 0) + 1;
      children.push({ kind: 'indicator', id: indicatorId, weight, score: scored.score });
      childStatus.push(scored.status);
      childCoverage.push(scored.score === null ? 0 : 1);
    }
    for (const childId of childResults.get(id) ?? []) {
      const child = visit(childId, stack);
      addTally(tally, tallyBelow.get(childId));
      children.push({ kind: 'result', id: childId, weight: resultsById.get(childId)?.weight ?? 1, score: child.score });
      childStatus.push(child.status);
      childCoverage.push(child.coverage);
    }
    stack.delete(id);
    const rollup = combine({ id, title: result.title, level: result.level, parent: result.parent ?? null }, children, childStatus, childCoverage, tally, options);
    computed.set(id, rollup);
    tallyBelow.set(id, tally);
    return rollup;
  };

  const results = strategy.results.map((result) => visit(result.id, new Set()));
  const planChildren: Child[] = [];
  const planChildStatus: Status[] = [];
  const planChildCoverage: number[] = [];
  const planTally = emptyTally();
  for (const id of childResults.get(null) ?? []) {
    const child = computed.get(id);
    if (!child) continue;
    planChildren.push({ kind: 'result', id, weight: resultsById.get(id)?.weight ?? 1, score: child.score });
    planChildStatus.push(child.status);
    planChildCoverage.push(child.coverage);
    addTally(planTally, tallyBelow.get(id));
  }
  const plan = combine({ id: null, title: strategy.title, level: 'plan', parent: null }, planChildren, planChildStatus, planChildCoverage, planTally, options);
  return { results, plan };
}

/** Each status's place in {@link STATUSES}, the order of a tally. */
const STATUS_INDEX: Readonly<Record<Status, number>> = Object.fromEntries(STATUSES.map((status, index) => [status, index])) as Record<Status, number>;

function emptyTally(): number[] {
  return STATUSES.map(() => 0);
}

function addTally(into: number[], tally: readonly number[] | undefined): void {
  if (tally === undefined) return;
  for (let index = 0; index < into.length; index++) into[index] = (into[index] ?? 0) + (tally[index] ?? 0);
}

function combine(
  node: Pick<ResultRollup, 'id' | 'title' | 'level' | 'parent'>,
  children: readonly Child[],
  childStatus: readonly Status[],
  childCoverage: readonly number[],
  tally: readonly number[],
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
  const counts = countsOf(tally);
  let score: number | null = null;
  if (weightScored > 0) score = options.aggregation === 'worst' ? (worst as ResultRollup['worst'])?.score ?? null : sum / weightScored;
  if (score !== null) score = cleanNumber(score);
  const scoredBelow = STATUSES.reduce((total, status) => (status === 'not-scored' ? total : total + counts[status]), 0);
  let status: Status;
  if (score !== null) status = statusOfScore(score, scoredBelow > 0 && counts.achieved === scoredBelow, options.bands);
  else if (scoredBelow === 0) status = 'not-scored';
  else status = counts['no-data'] > 0 ? 'no-data' : 'not-started';
  return { ...node, score, status, coverage: weightAll > 0 ? cleanNumber(weightCovered / weightAll) : 0, counts, worst, children };
}

/** A tally as `countStatuses` gives it: every status, in the order of {@link STATUSES}. */
function countsOf(tally: readonly number[]): StatusCounts {
  return Object.fromEntries(STATUSES.map((status, index) => [status, tally[index] ?? 0])) as StatusCounts;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
