import { safeParsePeriod } from '../periods/index.js';
import type { PathSegment, Problem } from '../problems/index.js';
import { checkValue } from './checkValue.js';
import type { Indicator } from './indicator.js';
import type { Value } from './primitives.js';
import type { Strategy } from './strategy.js';

/**
 * Whether an indicator is scored: it has a direction other than `none` and is not qualitative.
 *
 * @param indicator - The indicator.
 * @returns `true` when progress is scored for it.
 *
 * @example
 * ```ts
 * isScored({ direction: 'none', measure: 'count' }); // false
 * ```
 *
 * @category Model
 */
export function isScored(indicator: Pick<Indicator, 'direction' | 'measure'>): boolean {
  return indicator.direction !== 'none' && indicator.measure !== 'qualitative';
}

/**
 * Checks one indicator beyond its shape: the fields its measure and direction need, its baseline,
 * its targets (valid periods inside the plan, values that fit the measure, an end target that does
 * not contradict the direction).
 *
 * @param indicator - The indicator.
 * @param index - Its position in `strategy.indicators` (for problem paths).
 * @param strategy - The strategy (for the plan period).
 * @returns The problems found.
 *
 * @example
 * ```ts
 * const strategy = StrategySchema.parse({
 *   id: 's', title: 'S', period: { start: 2024, end: 2028 }, baselineYear: 2023,
 *   levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
 *   indicators: [{ id: 'I', title: 'I', result: 'P', measure: 'count', baseline: { period: '2023', value: 10 }, targets: { '2031': 20 } }],
 * });
 * checkIndicator(strategy.indicators[0]!, 0, strategy)[0]?.code; // 'TARGET_OUTSIDE_PLAN'
 * ```
 *
 * @category Validation
 */
export function checkIndicator(indicator: Indicator, index: number, strategy: Strategy): Problem[] {
  const problems: Problem[] = [];
  const at = (...rest: PathSegment[]): PathSegment[] => ['indicators', index, ...rest];
  const error = (path: PathSegment[], code: string, message: string) => problems.push({ path, code, message, severity: 'error' });

  if (indicator.measure === 'rate' && indicator.ratePer === undefined) error(at('ratePer'), 'MEASURE_FIELD_MISSING', 'A rate needs `ratePer`, e.g. 100000 for a rate per 100,000 people.');
  if (indicator.measure === 'currency' && indicator.currency === undefined) error(at('currency'), 'MEASURE_FIELD_MISSING', 'A currency indicator needs `currency`, a code such as "USD".');
  if (indicator.measure === 'ordinal' && indicator.levels === undefined) error(at('levels'), 'MEASURE_FIELD_MISSING', 'An ordinal indicator needs `levels`, lowest first.');
  if (indicator.direction === 'range') {
    if (indicator.range === undefined) error(at('range'), 'DIRECTION_FIELD_MISSING', 'A `range` indicator needs `range`: { "min": …, "max": … }.');
    else if (indicator.range.min > indicator.range.max) error(at('range'), 'RANGE_INVERTED', `The range's min (${String(indicator.range.min)}) is above its max (${String(indicator.range.max)}); swap them.`);
  }
  if (indicator.limits?.min !== undefined && indicator.limits.max !== undefined && indicator.limits.min > indicator.limits.max) {
    error(at('limits'), 'RANGE_INVERTED', 'The lower limit is above the upper limit; swap them.');
  }
  if (indicator.formula !== undefined && indicator.ratio !== undefined) {
    error(at('formula'), 'COMPUTED_TWICE', 'Give either `formula` or `ratio`, not both.');
  }

  const checkFits = (value: Value, path: PathSegment[]) => {
    const problem = checkValue(indicator, value);
    if (problem) error(path, problem.code, problem.message);
  };

  if (indicator.baseline) {
    const parsed = safeParsePeriod(indicator.baseline.period);
    if (!parsed.ok) for (const problem of parsed.problems) problems.push({ ...problem, path: at('baseline', 'period') });
    checkFits(indicator.baseline.value, at('baseline', 'value'));
  } else if (isScored(indicator)) {
    error(at('baseline'), 'BASELINE_MISSING', `Indicator "${indicator.id}" is scored (direction ${indicator.direction}) but has no baseline; add one, e.g. { "period": "${strategy.baselineYear}", "value": … }, or set direction "none".`);
  }

  const planStart = `${strategy.period.start}-01-01`;
  const planEnd = `${strategy.period.end}-12-31`;
  let lastEnd = '';
  let last: { period: string; values: { value: Value; path: PathSegment[] }[] } | undefined;
  for (const [period, target] of Object.entries(indicator.targets)) {
    const parsed = safeParsePeriod(period);
    if (!parsed.ok) {
      for (const problem of parsed.problems) problems.push({ ...problem, path: at('targets', period) });
      continue;
    }
    if (parsed.value.start < planStart || parsed.value.end > planEnd) {
      error(at('targets', period), 'TARGET_OUTSIDE_PLAN', `Target period ${period} lies outside the plan period ${strategy.period.start}–${strategy.period.end}; move it inside the plan or widen the plan period.`);
    }
    const values: { value: Value; path: PathSegment[] }[] = [];
    if (typeof target === 'object') {
      values.push({ value: target.value, path: at('targets', period, 'value') });
      (target.revisions ?? []).forEach((revision, position) => values.push({ value: revision.value, path: at('targets', period, 'revisions', position, 'value') }));
    } else {
      values.push({ value: target, path: at('targets', period) });
    }
    for (const { value, path } of values) checkFits(value, path);
    if (parsed.value.end > lastEnd) {
      lastEnd = parsed.value.end;
      last = { period, values };
    }
  }

  const baseline = indicator.baseline?.value;
  if (last && typeof baseline === 'number' && (indicator.direction === 'increase' || indicator.direction === 'decrease')) {
    for (const { value, path } of last.values) {
      if (typeof value !== 'number') continue;
      const contradicts = indicator.direction === 'increase' ? value < baseline : value > baseline;
      if (contradicts) {
        error(path, 'TARGET_CONTRADICTS_DIRECTION', `The end target ${String(value)} (${last.period}) is ${indicator.direction === 'increase' ? 'below' : 'above'} the baseline ${String(baseline)}, but the direction is "${indicator.direction}"; fix the target or the direction.`);
      }
    }
  }
  return problems;
}
