import type { Indicator, Strategy } from '../model/index.js';
import { dependencyOrder } from '../formula/index.js';
import { allPeriodValues } from '../score/index.js';
import type { ObservationIndex, ResolvedMethod } from '../score/index.js';
import { scoreWithValues } from '../score/scoreIndicator.js';
import { scoringContext } from '../score/scoringContext.js';
import type { IndicatorResult } from '../score/types.js';

/**
 * Scores every indicator of an index, components before the computed indicators that use them, and
 * returns the results in strategy order. Period values are worked out once for all indicators.
 */
export function scoreAll(strategy: Strategy, index: ObservationIndex, method: ResolvedMethod): IndicatorResult[] {
  const dependencies = new Map<string, string[]>();
  for (const indicator of strategy.indicators) {
    if (indicator.ratio) dependencies.set(indicator.id, [indicator.ratio.numerator, indicator.ratio.denominator]);
  }
  // parseStrategy has rejected cycles, so the order alone is needed (the cycle search stays out of the bundle).
  const { order } = dependencyOrder(dependencies);
  const values = allPeriodValues(strategy, index);
  const indicatorsById = new Map<string, Indicator>();
  for (const indicator of strategy.indicators) if (!indicatorsById.has(indicator.id)) indicatorsById.set(indicator.id, indicator);
  // What every indicator shares (times of asOf and the plan, which values are due) is worked out once.
  const context = scoringContext(strategy, index.asOf);
  const ordered = new Set(order);
  const byId = new Map<string, IndicatorResult>();
  const sequence = [...order, ...strategy.indicators.map((indicator) => indicator.id).filter((id) => !ordered.has(id))];
  for (const id of sequence) {
    const indicator = indicatorsById.get(id);
    const own = values.get(id);
    if (!byId.has(id) && indicator !== undefined && own !== undefined) byId.set(id, scoreWithValues(strategy, index, indicator, method, own, context));
  }
  return strategy.indicators.map((indicator) => byId.get(indicator.id)).filter((result): result is IndicatorResult => result !== undefined);
}
