import type { Indicator, Value } from '../model/index.js';

/**
 * How an indicator's values add up: across disaggregations of one period, and over time.
 *
 * @category Scoring
 */
export interface AggregationRules {
  /** Across disaggregations (and reporters) of one period. */
  readonly disaggregations: 'sum' | 'mean' | 'min' | 'max' | 'latest';
  /** Over time: `sum` for flows, `latest` for stocks, `mean` for averages. */
  readonly time: 'sum' | 'latest' | 'mean';
}

/** Whether values of this measure are numbers. */
export function isNumericMeasure(measure: Indicator['measure']): boolean {
  return measure !== 'boolean' && measure !== 'ordinal' && measure !== 'qualitative';
}

/**
 * The aggregation rules in force for an indicator: its own `aggregation`, with defaults by measure
 * (counts and currency add up: `sum`/`sum`; other numbers: `mean` across disaggregations and
 * `latest` over time; booleans, ordinal levels and text: `latest`/`latest`). Rules that need
 * arithmetic (`sum`, `mean`) fall back to `latest` for values that are not numbers.
 *
 * @param indicator - The indicator.
 * @returns The rules.
 *
 * @example
 * ```ts
 * aggregationRules({ measure: 'count' }); // { disaggregations: 'sum', time: 'sum' }
 * aggregationRules({ measure: 'percent', aggregation: { time: 'mean' } }); // { disaggregations: 'mean', time: 'mean' }
 * aggregationRules({ measure: 'boolean', aggregation: { time: 'sum' } }); // { disaggregations: 'latest', time: 'latest' }
 * ```
 *
 * @category Scoring
 */
export function aggregationRules(indicator: Pick<Indicator, 'measure'> & { readonly aggregation?: Indicator['aggregation'] }): AggregationRules {
  const numeric = isNumericMeasure(indicator.measure);
  const additive = indicator.measure === 'count' || indicator.measure === 'currency';
  let disaggregations: AggregationRules['disaggregations'] = indicator.aggregation?.disaggregations ?? (additive ? 'sum' : numeric ? 'mean' : 'latest');
  let time: AggregationRules['time'] = indicator.aggregation?.time ?? (additive ? 'sum' : 'latest');
  if (!numeric) {
    if (disaggregations === 'sum' || disaggregations === 'mean') disaggregations = 'latest';
    if (time === 'sum' || time === 'mean') time = 'latest';
  }
  // A rule outside the schema (unvalidated input) gets an object of its own, as before.
  return (RULES[disaggregations] as Partial<Record<string, AggregationRules>> | undefined)?.[time] ?? { disaggregations, time };
}

// Every pair of rules, made once and frozen: asked for every indicator (and every period of a
// computed one), the rules are then shared instead of made each time; no one can change them.
function rulesFor(disaggregations: AggregationRules['disaggregations']): Readonly<Record<AggregationRules['time'], AggregationRules>> {
  return Object.freeze({
    sum: Object.freeze({ disaggregations, time: 'sum' }),
    latest: Object.freeze({ disaggregations, time: 'latest' }),
    mean: Object.freeze({ disaggregations, time: 'mean' }),
  });
}

const RULES: Readonly<Record<AggregationRules['disaggregations'], Readonly<Record<AggregationRules['time'], AggregationRules>>>> = Object.freeze({
  sum: rulesFor('sum'),
  mean: rulesFor('mean'),
  min: rulesFor('min'),
  max: rulesFor('max'),
  latest: rulesFor('latest'),
});

/** One value to combine, with what orders it when the rule is `latest`. */
export interface Combinable {
  readonly value: Value;
  readonly reportedOn: string;
  /** A tie-breaker that does not depend on input order (disaggregation key, reporter). */
  readonly order: string;
}

/** The rank of an ordinal level (1 = lowest), or of a boolean (false 0, true 1); `null` otherwise. */
export function rankOf(indicator: Pick<Indicator, 'measure' | 'levels'>, value: Value): number | null {
  if (indicator.measure === 'boolean') return typeof value === 'boolean' ? (value ? 1 : 0) : null;
  if (indicator.measure === 'ordinal') {
    const index = (indicator.levels ?? []).findIndex((level) => level.code === value);
    return index < 0 ? null : index + 1;
  }
  return typeof value === 'number' ? value : null;
}

/**
 * Combines values of one period by a rule. Items are taken in a fixed order (by `order`), so the
 * result never depends on the order observations came in. `null` when nothing can be combined.
 */
export function combine(items: readonly Combinable[], rule: AggregationRules['disaggregations'], indicator: Pick<Indicator, 'measure' | 'levels'>): Value | null {
  if (items.length === 0) return null;
  const sorted = [...items].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  const numeric = isNumericMeasure(indicator.measure);
  if (numeric && (rule === 'sum' || rule === 'mean')) {
    const numbers = sorted.map((item) => item.value).filter((value): value is number => typeof value === 'number');
    if (numbers.length === 0) return null;
    let total = 0;
    for (const value of numbers) total += value;
    return rule === 'sum' ? total : total / numbers.length;
  }
  if (rule === 'min' || rule === 'max') {
    let best: Combinable | undefined;
    let bestRank = 0;
    for (const item of sorted) {
      const rank = rankOf(indicator, item.value);
      if (rank === null) continue;
      if (best === undefined || (rule === 'min' ? rank < bestRank : rank > bestRank)) {
        best = item;
        bestRank = rank;
      }
    }
    if (best !== undefined) return best.value;
  }
  // latest: the item reported last; among items reported the same day, the last in the fixed order.
  let latest = sorted[0] as Combinable;
  for (const item of sorted) if (item.reportedOn >= latest.reportedOn) latest = item;
  return latest.value;
}
