import { cleanNumbers } from './numbers.js';
import type { IndicatorResult, PointValue, SeriesPoint, Trace } from './types.js';

/**
 * An indicator's result with no NaN, ±Infinity or −0 in it: the result itself when every number in
 * it is fine (checked field by field, which reads each number where it is typed and allocates
 * nothing), else a copy with every number through `finite` (see {@link cleanNumbers}).
 *
 * The check visits every place of {@link IndicatorResult} that can hold a number; the other places
 * hold text, booleans or `null` by type. test/score/cleanResult.test.ts puts a bad number in every
 * numeric place of real results and checks that this catches it, so a number field added to the
 * result without a check here fails that test.
 *
 * @param result - A result as built by scoring.
 * @returns A result whose numbers are all finite, none −0.
 */
export function cleanResult(result: IndicatorResult): IndicatorResult {
  return resultIsClean(result) ? result : cleanNumbers(result);
}

/**
 * Whether no number in a result is NaN, ±Infinity or −0.
 *
 * @param result - The result.
 * @returns `true` when the result can be output as it is.
 */
export function resultIsClean(result: IndicatorResult): boolean {
  return fine(result.decimals)
    && pointIsClean(result.baseline)
    && pointIsClean(result.target)
    && pointIsClean(result.milestone)
    && (result.current === null || (pointIsClean(result.current) && fine(result.current.observations)))
    && seriesIsClean(result.series)
    && fine(result.progress)
    && fine(result.expected.asOf.value) && fine(result.expected.asOf.progress)
    && fine(result.expected.atCurrent.value) && fine(result.expected.atCurrent.progress)
    && fine(result.performance)
    && fine(result.achievement)
    && fine(result.trend.cagr) && fine(result.trend.requiredCagr) && fine(result.trend.growthRatio)
    && fine(result.trend.projected.cagr) && fine(result.trend.projected.wls) && fine(result.trend.projectedShare)
    && fine(result.score)
    && fine(result.methodResult.nativeScore)
    && traceIsClean(result.trace);
}

function traceIsClean(trace: Trace): boolean {
  const counts = trace.observations;
  if (!(fine(counts.used) && fine(counts.afterAsOf) && fine(counts.drafts) && fine(counts.superseded) && fine(counts.missing))) return false;
  if (!pointIsClean(trace.baseline) || !pointIsClean(trace.target)) return false;
  for (const substitution of trace.substitutions) if (!fine(substitution.from) || !fine(substitution.to)) return false;
  const thresholds = trace.method.thresholds;
  for (const name in thresholds) if (!fine(thresholds[name])) return false;
  return true;
}

function seriesIsClean(series: readonly SeriesPoint[]): boolean {
  for (let at = 0; at < series.length; at++) {
    const point = series[at] as SeriesPoint;
    if (!fine(point.value) || !fine(point.t) || !fine(point.observations)) return false;
  }
  return true;
}

function pointIsClean(point: PointValue | null): boolean {
  return point === null || (fine(point.value) && fine(point.t));
}

/** Anything but a number passes; a number must be finite and not −0. */
function fine(value: unknown): boolean {
  return typeof value !== 'number' || (Number.isFinite(value) && (value !== 0 || 1 / value > 0));
}
