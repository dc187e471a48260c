import type { Direction, Measure, Text, Value } from '../model/index.js';

/**
 * The status of an indicator (and of a roll-up) as of an evaluation date.
 *
 * - `achieved`: the end-of-plan target is met;
 * - `on-track`: progress is where the plan expects it (by the method preset's thresholds);
 * - `at-risk`: progress is made but behind what the plan expects;
 * - `off-track`: little or no progress, or movement away from the target;
 * - `not-started`: no value is due yet at `asOf` (the first reporting period has not ended);
 * - `no-data`: a value was due and none came;
 * - `not-scored`: monitored only (direction `none` or a qualitative measure).
 *
 * @category Scoring
 */
export type Status = 'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'not-started' | 'no-data' | 'not-scored';

/**
 * Every status, best first; the order used for counts and sorting.
 *
 * @example
 * ```ts
 * STATUSES[0]; // 'achieved'
 * ```
 *
 * @category Scoring
 */
export const STATUSES: readonly Status[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'not-started', 'no-data', 'not-scored'];

/**
 * A value at a point in time: a period and the decimal year at which the value stands (the day after
 * the period's end: full year 2023 stands at 2024.0, January–October 2023 at 2023.833).
 *
 * @category Scoring
 */
export interface PointValue {
  /** The period id, e.g. `2024` or `2025S1`. */
  readonly period: string;
  /** The value (a number for numeric measures, a boolean or level code otherwise). */
  readonly value: Value;
  /** The decimal year at which the value stands. */
  readonly t: number;
}

/**
 * The aggregated value of one period of an indicator's series.
 *
 * @category Scoring
 */
export interface SeriesPoint extends PointValue {
  /** How many observations went into it. */
  readonly observations: number;
  /**
   * True when the period is a part of a target period not yet complete (e.g. 2026Q1 of 2026) or has
   * not itself ended at `asOf`; for flows, also a target period whose sub-periods do not all have
   * values. A partial flow period is never the current value.
   */
  readonly partial: boolean;
}

/**
 * A target used in scoring: its period, value in force, the revision used and its time.
 *
 * @category Scoring
 */
export interface TargetUsed extends PointValue {
  /** The `effective` date of the target revision used, or `null` for the original value. */
  readonly revisedOn: string | null;
}

/**
 * The trend measures of an indicator; each is `null` when not computable (fewer than two points,
 * values of different signs where a growth rate needs one sign, no target). A baseline or target of
 * 0 is replaced by 0.001 for the growth rates, as Statistics Canada does, and the replacement is
 * recorded in the trace's `substitutions`.
 *
 * @category Scoring
 */
export interface Trend {
  /** Observed compound annual growth rate from the baseline to the current value, as a fraction. */
  readonly cagr: number | null;
  /** Growth rate needed each year from the baseline to reach the end target. */
  readonly requiredCagr: number | null;
  /** Direction-aware ratio of observed to required growth (Eurostat/StatCan). */
  readonly growthRatio: number | null;
  /** The value projected at the end target's time: from the last two points by CAGR, and by a time-weighted least-squares line. */
  readonly projected: {
    /** The last two points extended by their compound annual growth rate, or `null`. */
    readonly cagr: number | null;
    /** The time-weighted least-squares line through the baseline and the points, or `null`. */
    readonly wls: number | null;
  };
  /**
   * The projected value's share of the progress required from baseline to end target (UNSD 2023's r,
   * ESCAP's API), using the method preset's projection: `wls` for `escap`, the current value extended
   * by the baseline-to-current CAGR for `unsd2023`, `cagr` otherwise.
   */
  readonly projectedShare: number | null;
}

/**
 * What the method preset itself says, in its own terms.
 *
 * @category Scoring
 */
export interface MethodResult {
  /** The preset id, e.g. `eurostat`. */
  readonly preset: string;
  /** The preset's own category, e.g. `moderate progress towards the target`. */
  readonly category: string;
  /** The preset's own score where it has one (Open SDG's −5…+5, TolaActivity's −1/0/+1), else `null`. */
  readonly nativeScore: number | null;
}

/**
 * A change made to the inputs so that a method can be applied, recorded so that the result can be
 * explained (e.g. a zero baseline replaced by 0.001 for a growth rate).
 *
 * @category Scoring
 */
export interface Substitution {
  /** What was changed, e.g. `baseline`. */
  readonly what: string;
  /** The original value. */
  readonly from: number;
  /** The value used instead. */
  readonly to: number;
  /** Why. */
  readonly reason: string;
}

/**
 * A remark in a trace or a result: a stable code and its English sentence.
 *
 * @category Scoring
 */
export interface Note {
  /** A stable code, e.g. `BASELINE_EQUALS_TARGET`, `OVER_ACHIEVED`, `TOTAL_MISMATCH`. */
  readonly code: string;
  /** The English sentence. */
  readonly message: string;
}

/**
 * The working behind an indicator's result: what went in, which method and thresholds were applied,
 * and what was changed or left out.
 *
 * @category Scoring
 */
export interface Trace {
  /** The evaluation date. */
  readonly asOf: string;
  /** The preset id and the thresholds it applied. */
  readonly method: {
    /** The preset id, e.g. `default` or `eurostat`. */
    readonly preset: string;
    /** What was compared with the thresholds, e.g. `performance` or `growth ratio`. */
    readonly metric: string;
    /** The thresholds applied, by name (after any scaling). */
    readonly thresholds: Readonly<Record<string, number>>;
  };
  /** The baseline used, or `null`. */
  readonly baseline: PointValue | null;
  /** The end target used, or `null`. */
  readonly target: TargetUsed | null;
  /** The periods whose values went into the current value. */
  readonly periods: readonly string[];
  /** Counts of observations: used, and left out by reason. */
  readonly observations: {
    /** Versions in force with a value. */
    readonly used: number;
    /** Left out because reported after `asOf`. */
    readonly afterAsOf: number;
    /** Left out because they are drafts. */
    readonly drafts: number;
    /** Left out because a later (or approved) version replaced them. */
    readonly superseded: number;
    /** Versions in force whose value is `null` (explicitly missing). */
    readonly missing: number;
  };
  /** Changes made to inputs. */
  readonly substitutions: readonly Substitution[];
  /** Further remarks, e.g. which rule decided between a reported total and its parts. */
  readonly notes: readonly Note[];
}

/**
 * The result of scoring one indicator as of a date.
 *
 * All ratios and shares are fractions (0.889, not 88.9). A measure that cannot be computed is
 * `null`, never NaN, Infinity or −0. Raw values are kept (an over-achievement shows progress 1.3);
 * `score` is clamped to 0–100 and `notes` flag what was clamped.
 *
 * @category Scoring
 */
export interface IndicatorResult {
  /** The indicator's id. */
  readonly indicator: string;
  /** Its title (copied so that summaries need nothing else). */
  readonly title: Text;
  /** The result (node of the results tree) it measures. */
  readonly result: string;
  /** Its measure. */
  readonly measure: Measure;
  /** Its unit (or currency code), or `null`. */
  readonly unit: string | null;
  /** Decimals to display (the indicator's `decimals`, else 0 for counts and booleans, 2 for ratios, 1 otherwise). */
  readonly decimals: number;
  /** Whether published figures are subject to small-cell protection. */
  readonly sensitive: boolean;
  /** Whether targets are running totals. */
  readonly cumulative: boolean;
  /** `effort` or `outcome`, or `null`. */
  readonly interpretation: 'effort' | 'outcome' | null;
  /** The leading actor's id, or `null`. */
  readonly lead: string | null;
  /** The supporting actors' ids. */
  readonly supporting: readonly string[];
  /** Distinct sources of the baseline and of the observations used, sorted. */
  readonly sources: readonly string[];
  /** Its direction. */
  readonly direction: Direction;
  /** Its baseline, or `null`. */
  readonly baseline: PointValue | null;
  /** The end-of-plan target in force at `asOf`, or `null`. */
  readonly target: TargetUsed | null;
  /**
   * The target of the period of the current value (the annual milestone: a target whose period ends
   * when the current value's period ends), or `null` when there is none (achievement then uses the
   * expected value interpolated at the current value's time). For booleans, the milestone due at `asOf`.
   */
  readonly milestone: TargetUsed | null;
  /** The latest value at `asOf` (see the methodology for flows, stocks and cumulative indicators), or `null`. */
  readonly current: (PointValue & {
    /** How many observations went into it. */
    readonly observations: number;
  }) | null;
  /** The aggregated values per period, in time order (baseline excluded). */
  readonly series: readonly SeriesPoint[];
  /** Share of the distance from baseline to end target covered (direction-aware), or `null`. */
  readonly progress: number | null;
  /** What the plan expects: by interpolation through the baseline and milestones, at `asOf` and at the current value's time. */
  readonly expected: {
    /** At the evaluation date. */
    readonly asOf: {
      /** The expected value, or `null`. */
      readonly value: number | null;
      /** Its progress from baseline to end target, or `null`. */
      readonly progress: number | null;
    };
    /** At the time the current value stands. */
    readonly atCurrent: {
      /** The expected value, or `null`. */
      readonly value: number | null;
      /** Its progress from baseline to end target, or `null`. */
      readonly progress: number | null;
    };
  };
  /** Progress ÷ expected progress at the current value's time, or `null`. */
  readonly performance: number | null;
  /** The current value against its period's milestone (target ÷ actual for `decrease`), or `null`. */
  readonly achievement: number | null;
  /** Growth rates and projections. */
  readonly trend: Trend;
  /** The status. */
  readonly status: Status;
  /** 0–100: 100 = achieved or on course, 0 = no progress or regression; `null` when not scored, not started or without data. */
  readonly score: number | null;
  /** The preset's own verdict. */
  readonly methodResult: MethodResult;
  /** Data problems found while scoring this indicator (e.g. a total that disagrees with its parts). */
  readonly issues: readonly Note[];
  /** Flags about the result (e.g. `OVER_ACHIEVED`, `BASELINE_EQUALS_TARGET`, `BELOW_BASELINE`, `NOT_COMPUTABLE`). */
  readonly notes: readonly Note[];
  /** The working. */
  readonly trace: Trace;
}
