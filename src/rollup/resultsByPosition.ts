import type { Strategy } from '../model/index.js';
import type { IndicatorResult } from '../score/types.js';

/**
 * The result of each of a strategy's indicators, by the indicator's position (`undefined` for one
 * without a result). Results usually come in strategy order, one per indicator (as `evaluate` makes
 * them): then they are used as they are, without a map of 10^4 ids; otherwise they are looked up by
 * id (the last result of an id wins). Indicator ids are unique in a parsed strategy.
 *
 * @param strategy - The strategy.
 * @param indicators - The indicator results, in any order.
 * @returns One entry per strategy indicator.
 */
export function resultsByPosition(strategy: Strategy, indicators: readonly IndicatorResult[]): readonly (IndicatorResult | undefined)[] {
  const own = strategy.indicators;
  let aligned = indicators.length === own.length;
  for (let at = 0; aligned && at < own.length; at++) aligned = (indicators[at] as IndicatorResult).indicator === (own[at] as Strategy['indicators'][number]).id;
  if (aligned) return indicators;
  const byId = new Map<string, IndicatorResult>();
  for (const result of indicators) byId.set(result.indicator, result);
  return own.map((indicator) => byId.get(indicator.id));
}
