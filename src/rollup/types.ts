import type { Text } from '../model/index.js';
import type { IndicatorResult, Note, Status } from '../score/types.js';

/**
 * How many indicators (or children) have each status.
 *
 * @category Roll-up
 */
export type StatusCounts = Readonly<Record<Status, number>>;

/**
 * The roll-up of one node of the results tree (or of the whole plan).
 *
 * @category Roll-up
 */
export interface ResultRollup {
  /** The result's id (`null` for the whole plan). */
  readonly id: string | null;
  /** Its title. */
  readonly title: Text;
  /** Its level id (`plan` for the whole plan). */
  readonly level: string;
  /** Its parent's id, or `null`. */
  readonly parent: string | null;
  /** 0–100: the weighted mean of the scores of its children that have one (or the worst, with worst-of aggregation); `null` when none has. */
  readonly score: number | null;
  /** The status derived from the score by the method's thresholds, `no-data`, `not-started` or `not-scored`. */
  readonly status: Status;
  /** Share (0–1) of the weight below this node that had a score: an indicator child counts 1 or 0, a result child its own coverage. Missing data lowers coverage, never the score. */
  readonly coverage: number;
  /** Status counts over every scored indicator below this node. */
  readonly counts: StatusCounts;
  /** The child (indicator or result) with the lowest score, or `null`. */
  readonly worst: { readonly kind: 'indicator' | 'result'; readonly id: string; readonly score: number } | null;
  /** The direct children: indicators and results, with their weights as used. */
  readonly children: readonly { readonly kind: 'indicator' | 'result'; readonly id: string; readonly weight: number; readonly score: number | null }[];
}

/**
 * One ministry's scorecard.
 *
 * @category Roll-up
 */
export interface ActorScorecard {
  /** The actor's id. */
  readonly actor: string;
  /** Its name. */
  readonly name: Text;
  /** Indicators it leads. */
  readonly leads: readonly string[];
  /** Indicators it supports. */
  readonly supports: readonly string[];
  /** The share-weighted mean score of the indicators counted for it, or `null` when none has a score. */
  readonly score: number | null;
  /** Status counts over the indicators counted for it. */
  readonly counts: StatusCounts;
  /** Share (0–1) of its scored indicators that are achieved or on track, or `null`. */
  readonly shareOnTrack: number | null;
  /** Up to five of its indicators furthest behind, lowest score first. */
  readonly mostBehind: readonly { readonly indicator: string; readonly score: number; readonly status: Status }[];
  /** Its rank by score (1 = best; ties share a rank), or `null` without a score. */
  readonly rank: number | null;
}

/**
 * Reporting compliance of one actor for one period (DHIS2's REPORTING_RATE and REPORTING_RATE_ON_TIME).
 *
 * @category Roll-up
 */
export interface ReportingCompliance {
  /** The reporting actor's id. */
  readonly actor: string;
  /** The period assessed, e.g. `2024`. */
  readonly period: string;
  /** Reports expected: one per indicator it reports and per sub-period of the indicator's frequency that ended within the period. */
  readonly expected: number;
  /** Reports received (at least one non-draft observation reported by `asOf`). */
  readonly received: number;
  /** Reports received by the deadline (period end + grace days). */
  readonly onTime: number;
  /** received ÷ expected as a fraction (not capped), or `null` when none expected. */
  readonly completeness: number | null;
  /** onTime ÷ expected as a fraction, or `null` when none expected. */
  readonly timeliness: number | null;
  /** The reports expected and not received: indicator and sub-period. */
  readonly missing: readonly { readonly indicator: string; readonly period: string }[];
}

/**
 * The kind of a data-quality finding.
 *
 * @category Roll-up
 */
export type DataQualityKind =
  | 'outlier-z'
  | 'outlier-modified-z'
  | 'insufficient-data'
  | 'total-mismatch'
  | 'stale'
  | 'revised'
  | 'outside-plan'
  | 'unexpected-reporter'
  | 'duplicate';

/**
 * One data-quality finding, with what it concerns.
 *
 * @category Roll-up
 */
export interface DataQualityFinding {
  /** The kind of finding. */
  readonly kind: DataQualityKind;
  /** `warning` for likely errors, `info` for things to look at. */
  readonly severity: 'warning' | 'info';
  /** The indicator concerned. */
  readonly indicator: string;
  /** The period concerned, or `null`. */
  readonly period: string | null;
  /** The disaggregation concerned (empty for totals or whole series). */
  readonly disaggregation: Readonly<Record<string, string>>;
  /** The value concerned, or `null`. */
  readonly value: number | null;
  /** Measures behind the finding (e.g. `{ zScore: 2.82, mean: 1524.6, stdDev: 2654.5 }`). */
  readonly details: Readonly<Record<string, number | string>>;
  /** The English sentence. */
  readonly message: string;
}

/**
 * Scores of one code of a dimension (e.g. one province), where the data are disaggregated that way.
 *
 * @category Roll-up
 */
export interface Breakdown {
  /** The dimension id, e.g. `province`. */
  readonly dimension: string;
  /** The code, e.g. `KH-12`. */
  readonly code: string;
  /** The code's label. */
  readonly label: Text;
  /** The indicator results computed on this code's observations only. */
  readonly indicators: readonly IndicatorResult[];
  /** The plan-level roll-up over those indicators. */
  readonly plan: ResultRollup;
}

/**
 * The full result of scoring one strategy with its observations as of a date: plain data in a
 * deterministic order, everything a summary or a dashboard needs.
 *
 * @category Roll-up
 */
export interface Evaluation {
  /** What was evaluated and how. */
  readonly strategy: {
    readonly id: string;
    readonly title: Text;
    readonly period: { readonly start: number; readonly end: number };
    readonly baselineYear: number;
    readonly language: string;
  };
  /** The evaluation date. */
  readonly asOf: string;
  /** The method: preset id (`custom` when thresholds were changed), the preset it is based on, and the thresholds applied. */
  readonly method: { readonly preset: string; readonly base: string; readonly thresholds: Readonly<Record<string, number>> };
  /** The options used, with defaults filled in. */
  readonly options: { readonly includeDrafts: boolean; readonly graceDays: number; readonly aggregation: 'mean' | 'worst'; readonly breakdowns: readonly string[] };
  /** Every indicator's result, in strategy order. */
  readonly indicators: readonly IndicatorResult[];
  /** Every result node's roll-up, in strategy order. */
  readonly results: readonly ResultRollup[];
  /** The whole plan's roll-up. */
  readonly plan: ResultRollup;
  /** One scorecard per actor that leads or supports an indicator, in strategy order. */
  readonly actors: readonly ActorScorecard[];
  /** Reporting compliance per reporting actor and plan year up to `asOf`. */
  readonly reporting: readonly ReportingCompliance[];
  /** Scores per code of each requested dimension. */
  readonly breakdowns: readonly Breakdown[];
  /** Data-quality findings, ordered by indicator, period and kind. */
  readonly dataQuality: readonly DataQualityFinding[];
  /** Remarks about the evaluation as a whole. */
  readonly notes: readonly Note[];
}
