import type { IndicatorResult, Note, PointValue, TargetUsed } from '../score/types.js';
import type { SummaryContext } from './context.js';
import type { IndicatorSummary } from './indicatorSummarySchema.js';
import { bounded, cleanValue, finite } from './numbers.js';
import type { SummaryFigure, SummaryNote, SummaryTarget } from './schemaParts.js';
import { isSmallCell, mentionsSmallNumber } from './smallCell.js';

/** Which measures of an indicator small-cell protection withholds, and why. */
export interface Withheld {
  /** The current value is a small cell. */
  readonly current: boolean;
  /** The baseline is a small cell. */
  readonly baseline: boolean;
  /** Some point of the series is a small cell. */
  readonly series: boolean;
  /** The score (and progress-like measures) would reveal a small cell. */
  readonly score: boolean;
  /** Anything was withheld. */
  readonly any: boolean;
}

/** The note added to an indicator whose figures are withheld. */
export const SMALL_CELL_NOTE_CODE = 'SMALL_CELL_SUPPRESSED';

/** Works out what small-cell protection withholds for one indicator result. */
export function withheldFor(result: IndicatorResult, threshold: number): Withheld {
  const small = (value: PointValue['value'] | undefined) => isSmallCell(value, result.sensitive, threshold);
  const current = small(result.current?.value);
  const baseline = small(result.baseline?.value);
  const series = result.series.some((point) => small(point.value));
  return { current, baseline, series, score: current || baseline, any: current || baseline || series };
}

/**
 * One indicator as published. Small cells (sensitive figures above 0 and below the threshold) are
 * withheld with display `<5`, and so is every measure that, together with the published baseline
 * and targets, gives the cell back by arithmetic: progress = (current − baseline) ÷ (target −
 * baseline) returns the current value, so progress, performance, achievement, score, growth rates
 * and projections go too. The status stays: it is a band, not a figure.
 */
export function summarizeIndicator(result: IndicatorResult, context: SummaryContext, dataQualityKinds: readonly string[]): { summary: IndicatorSummary; withheld: Withheld } {
  const withheld = withheldFor(result, context.threshold);
  const id = result.indicator;
  const figure = (point: PointValue | null, hide: boolean): SummaryFigure | null => {
    if (point === null) return null;
    if (hide) return { period: point.period, value: null, display: context.smallCellDisplay };
    return { period: point.period, value: cleanValue(point.value), display: context.display(point.value, result.decimals, id) };
  };
  const target = (point: TargetUsed | null): SummaryTarget | null =>
    point === null ? null : { period: point.period, value: cleanValue(point.value), display: context.display(point.value, result.decimals, id), revisedOn: point.revisedOn };
  const unless = (hide: boolean, value: number | null) => (hide ? null : finite(value));
  const trend = result.trend;
  const projectionHidden = withheld.score || withheld.series;
  const notes = publishNotes(result.notes, result.sensitive, context.threshold);
  if (withheld.any) notes.push({ code: SMALL_CELL_NOTE_CODE, message: `Figures above 0 and below ${context.threshold} are withheld to protect small numbers, with the measures that would reveal them.` });

  const summary: IndicatorSummary = {
    id,
    title: context.indicatorTitle(id),
    result: result.result,
    resultTitle: context.resultTitle(result.result),
    lead: result.lead,
    leadName: result.lead === null ? null : context.actorName(result.lead),
    supporting: [...result.supporting],
    unit: result.unit,
    measure: result.measure,
    direction: result.direction,
    decimals: result.decimals,
    interpretation: result.interpretation,
    cumulative: result.cumulative,
    current: figure(result.current, withheld.current),
    baseline: figure(result.baseline, withheld.baseline),
    target: target(result.target),
    milestone: target(result.milestone),
    progress: unless(withheld.score, result.progress),
    expected: {
      // Expected values interpolate from the baseline, so they give a withheld baseline back.
      asOf: { value: unless(withheld.baseline, result.expected.asOf.value), progress: unless(withheld.baseline, result.expected.asOf.progress) },
      atCurrent: { value: unless(withheld.baseline, result.expected.atCurrent.value), progress: unless(withheld.baseline, result.expected.atCurrent.progress) },
    },
    performance: unless(withheld.score, result.performance),
    achievement: unless(withheld.current, result.achievement),
    status: result.status,
    score: withheld.score ? null : bounded(result.score, 0, 100),
    trend: {
      cagr: unless(withheld.score, trend.cagr),
      requiredCagr: unless(withheld.baseline, trend.requiredCagr),
      growthRatio: unless(withheld.score, trend.growthRatio),
      projected: { cagr: unless(projectionHidden, trend.projected.cagr), wls: unless(projectionHidden, trend.projected.wls) },
      projectedShare: unless(projectionHidden, trend.projectedShare),
    },
    methodResult: {
      preset: result.methodResult.preset,
      category: result.methodResult.category,
      nativeScore: unless(withheld.score, result.methodResult.nativeScore),
    },
    series: result.series.map((point) => {
      const hide = isSmallCell(point.value, result.sensitive, context.threshold);
      return {
        period: point.period,
        value: hide ? null : cleanValue(point.value),
        display: hide ? context.smallCellDisplay : context.display(point.value, result.decimals, id),
        partial: point.partial,
      };
    }),
    dataQuality: [...dataQualityKinds],
    notes,
    issues: publishNotes(result.issues, result.sensitive, context.threshold),
    sources: [...result.sources],
    sensitive: result.sensitive,
    suppressed: withheld.any,
  };
  return { summary, withheld };
}

/** Copies notes; for sensitive indicators a message quoting a small number is replaced by a neutral one. */
function publishNotes(notes: readonly Note[], sensitive: boolean, threshold: number): SummaryNote[] {
  return notes.map((note) => ({
    code: note.code,
    message: sensitive && mentionsSmallNumber(note.message, threshold) ? 'Details withheld to protect small numbers.' : note.message,
  }));
}
