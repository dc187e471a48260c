import type { Status } from '../types.js';

/**
 * The id of a built-in method preset.
 *
 * @category Scoring
 */
export type PresetId = 'default' | 'eurostat' | 'opensdg' | 'unsd2023' | 'escap' | 'tolaactivity';

/**
 * What a method preset classifies: the measures of one numeric indicator (or of an ordinal one, on
 * level ranks), computed by the scoring engine. Only `direction` and `hasTarget` are required, so
 * that a preset can be tried on hand-picked numbers; a measure left out counts as not computable.
 *
 * @category Scoring
 */
export interface ScoringMetrics {
  /** Which way is progress. */
  readonly direction: 'increase' | 'decrease';
  /** Whether the indicator has a numeric end target (presets switch to their no-target rules without one). */
  readonly hasTarget: boolean;
  /** Whether the current value meets the end target (within the float tolerance). */
  readonly targetMet?: boolean;
  /** Share of the baseline-to-target distance covered, `(current − baseline) / (target − baseline)`. */
  readonly progress?: number | null;
  /** The share the plan expects at the current value's time (interpolated through the milestones). */
  readonly expectedProgress?: number | null;
  /** progress ÷ expected progress. */
  readonly performance?: number | null;
  /** The current value against its period's milestone, direction-aware (target ÷ actual for decrease). */
  readonly achievement?: number | null;
  /** Observed compound annual growth rate from the baseline to the current value (after zero substitution). */
  readonly cagr?: number | null;
  /** −1 when the series is negative (the direction is flipped, as Statistics Canada does), else 1. */
  readonly sign?: 1 | -1;
  /** The growth ratio P = sign · d · CAGR_observed / |CAGR_required|. */
  readonly growthRatio?: number | null;
  /** The share of the required progress reached by the projected value, using the preset's projection. */
  readonly projectedShare?: number | null;
  /** Open SDG's natural-limit scaling factor C (0–1), or `null` when the indicator declares no limit in its direction. */
  readonly limitScale?: number | null;
  /** For a percent indicator with a 0 % or 100 % target: whether the value is within 1 percentage point of it (UNSD 2023). */
  readonly nearBound?: boolean;
}

/**
 * A preset's verdict on one indicator: the status, the preset's own category and score, the 0–100
 * score, and what was compared with which thresholds (for the trace).
 *
 * @category Scoring
 */
export interface Classification {
  /** `achieved`, `on-track`, `at-risk` or `off-track`; `no-data` when the preset's measure is not computable. */
  readonly status: Status;
  /** The preset's own category, e.g. `moderate progress towards the target`. */
  readonly category: string;
  /** The preset's own score where it has one, else `null`. */
  readonly nativeScore: number | null;
  /** 0–100 (100 = achieved or on course, 0 = no progress or regression), `null` when not computable. */
  readonly score: number | null;
  /** What was compared with the thresholds, e.g. `growth ratio`. */
  readonly metric: string;
  /** The thresholds applied (after any scaling). */
  readonly thresholds: Readonly<Record<string, number>>;
}

/**
 * A named scoring method: its thresholds, the projection it uses, and how it classifies.
 *
 * @category Scoring
 */
export interface Preset {
  /** The preset id. */
  readonly id: PresetId;
  /** A short name, e.g. `Eurostat SDG monitoring`. */
  readonly label: string;
  /** Where the method is published. */
  readonly source: string;
  /** The default thresholds, by name. */
  readonly thresholds: Readonly<Record<string, number>>;
  /** Which projection its projected share uses: the last two points' CAGR, the time-weighted line, or the baseline-to-current CAGR (UNSD 2023). */
  readonly projection: 'cagr' | 'wls' | 'cagr-baseline';
  /** Checks a full set of thresholds; returns one sentence per problem. */
  checkThresholds(thresholds: Readonly<Record<string, number>>): string[];
  /** Classifies one indicator's metrics with the given thresholds. */
  classify(metrics: ScoringMetrics, thresholds: Readonly<Record<string, number>>): Classification;
}
