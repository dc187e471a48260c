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
  readonly worst: {
    /** Whether the child is an indicator or a result. */
    readonly kind: 'indicator' | 'result';
    /** The child's id. */
    readonly id: string;
    /** Its score (0–100). */
    readonly score: number;
  } | null;
  /** The direct children: indicators and results, with their weights as used. */
  readonly children: readonly {
    /** Whether the child is an indicator or a result. */
    readonly kind: 'indicator' | 'result';
    /** The child's id. */
    readonly id: string;
    /** Its weight in this node's roll-up. */
    readonly weight: number;
    /** Its score (0–100), or `null` when it has none (it then lowers coverage, not the score). */
    readonly score: number | null;
  }[];
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
  readonly mostBehind: readonly {
    /** The indicator's id. */
    readonly indicator: string;
    /** Its score (0–100). */
    readonly score: number;
    /** Its status (`at-risk` or `off-track`). */
    readonly status: Status;
  }[];
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
  readonly missing: readonly {
    /** The indicator whose report is missing. */
    readonly indicator: string;
    /** The sub-period it was due for, e.g. `2024Q3`. */
    readonly period: string;
  }[];
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
    /** The strategy's id. */
    readonly id: string;
    /** Its title, in every language given. */
    readonly title: Text;
    /** First and last year of the plan. */
    readonly period: {
      /** First year. */
      readonly start: number;
      /** Last year. */
      readonly end: number;
    };
    /** The year of the baselines. */
    readonly baselineYear: number;
    /** The language of plain-string texts. */
    readonly language: string;
  };
  /** The evaluation date. */
  readonly asOf: string;
  /** The method: preset id (`custom` when thresholds were changed), the preset it is based on, and the thresholds applied. */
  readonly method: {
    /** The preset id, or `custom` when thresholds were changed. */
    readonly preset: string;
    /** The preset the method is based on. */
    readonly base: string;
    /** Every threshold applied, by name. */
    readonly thresholds: Readonly<Record<string, number>>;
  };
  /** The options used, with defaults filled in. */
  readonly options: {
    /** Whether draft observations were scored. */
    readonly includeDrafts: boolean;
    /** Days after a period's end by which a report was on time. */
    readonly graceDays: number;
    /** The roll-up rule. */
    readonly aggregation: 'mean' | 'worst';
    /** The dimensions scored separately per code. */
    readonly breakdowns: readonly string[];
  };
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
