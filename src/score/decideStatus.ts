import type { Indicator, Strategy } from '../model/index.js';
import { isScored } from '../model/index.js';
import { booleanVerdict, maintainVerdict, rangeVerdict } from './levelRules.js';
import type { ResolvedMethod } from './method.js';
import { addNote, show } from './notes.js';
import type { NumericMeasures } from './numericMeasures.js';
import { clamp, nearlyEqual, reaches } from './numbers.js';
import { defaultPreset } from './presets/index.js';
import type { Classification } from './presets/index.js';
import { firstValueDueIn } from './scoringContext.js';
import type { ScoringContext } from './scoringContext.js';
import type { MethodResult, Note, PointValue, Status, TargetUsed, Trace } from './types.js';

/** What decides the status of one indicator. */
export interface StatusInputs {
  readonly indicator: Indicator;
  readonly strategy: Strategy;
  readonly method: ResolvedMethod;
  readonly asOf: string;
  readonly tAsOf: number;
  readonly targets: readonly TargetUsed[];
  readonly endTarget: TargetUsed | null;
  readonly current: (PointValue & { readonly end: string }) | null;
  readonly measures: NumericMeasures | null;
  /** The evaluation's shared context. */
  readonly context: ScoringContext;
  /**
   * The slice of the data (`where` of the index) when the indicator's values in it are a part of
   * a total the plan's targets are set for; `null` otherwise.
   */
  readonly part?: Readonly<Record<string, string>> | null;
}

/** The status, score and the method's own verdict. */
export interface StatusDecision {
  readonly status: Status;
  readonly score: number | null;
  readonly methodResult: MethodResult;
  readonly traceMethod: Trace['method'];
  readonly notes: readonly Note[];
  /** For boolean indicators, the milestone due at `asOf` (replaces the period milestone). */
  readonly milestone?: TargetUsed | null;
}

/**
 * Decides the status in this order: not scored (direction `none` or qualitative, or a part of a
 * total in a slice of the data); no current value
 * (no data once a value is due, else not started); boolean, maintain and range rules; the
 * baseline-equals-target rule; the method preset (falling back to `default` when the preset's
 * measure is not computable). Then the score is clamped to 0–100, set to 100 when achieved and to 0
 * below the baseline (where the status is at best off track), and over-achievement and regression
 * are noted.
 */
export function decideStatus(inputs: StatusInputs): StatusDecision {
  const { indicator, method, current, measures } = inputs;
  const notes: Note[] = [];
  if (!isScored(indicator)) return plain(method, 'not-scored', indicator.measure === 'qualitative' ? 'not scored (qualitative)' : 'not scored (monitored only)', notes);
  if (inputs.part !== undefined && inputs.part !== null) {
    const slice = Object.entries(inputs.part).map(([dimension, code]) => `${dimension} ${code}`).join(', ');
    addNote(notes, 'PART_OF_TOTAL', `The values for ${slice} are a part of the total that the plan's baseline and targets are set for, so they are shown but not scored; set targets for the part in a plan of its own to score it.`);
    return plain(method, 'not-scored', 'not scored (a part of the total)', notes);
  }
  if (current === null) {
    return firstValueDueIn(inputs.context, indicator.frequency) ? plain(method, 'no-data', 'no data', notes) : plain(method, 'not-started', 'not started: no value due yet', notes);
  }
  let classification: Classification | null = null;
  let milestone: TargetUsed | null | undefined;
  if (indicator.measure === 'boolean') {
    const verdict = booleanVerdict(inputs.targets, inputs.endTarget, current, inputs.tAsOf);
    classification = verdict.classification;
    milestone = verdict.milestone;
  } else if (measures === null || measures.current === null) {
    addNote(notes, 'NOT_COMPUTABLE', `The current value ${show(current.value)} cannot be scored as a ${indicator.measure}.`);
    return plain(method, 'no-data', 'unable to assess', notes);
  } else if (indicator.direction === 'maintain') {
    const level = measures.target ?? measures.baseline;
    if (level === null) {
      addNote(notes, 'NOT_COMPUTABLE', 'A maintain indicator needs a target (or a baseline) to stay at.');
      return plain(method, 'no-data', 'unable to assess', notes);
    }
    classification = maintainVerdict(indicator, inputs.strategy, current, measures.current, level).classification;
  } else if (indicator.direction === 'range') {
    const verdict = rangeVerdict(indicator, inputs.strategy, current, measures.current);
    if (verdict === null) {
      addNote(notes, 'NOT_COMPUTABLE', 'A range indicator needs `range`: { min, max }.');
      return plain(method, 'no-data', 'unable to assess', notes);
    }
    classification = verdict.classification;
  } else {
    classification = directional(inputs, measures, notes);
    if (classification === null) return plain(method, 'no-data', 'unable to assess', notes);
  }
  return finish(inputs, classification, milestone, notes);
}

function directional(inputs: StatusInputs, measures: NumericMeasures, notes: Note[]): Classification | null {
  const direction = inputs.indicator.direction === 'decrease' ? 'decrease' : 'increase';
  const { baseline, target, current } = measures;
  if (current === null) return null;
  if (baseline === null) {
    addNote(notes, 'NOT_COMPUTABLE', 'Without a baseline there is no distance to measure progress on; add a baseline to the indicator.');
    return null;
  }
  if (target !== null && nearlyEqual(target, baseline)) {
    const met = reaches(current, target, direction);
    addNote(notes, 'BASELINE_EQUALS_TARGET', `The end target equals the baseline (${show(target)}), so there is no distance to cover; the status compares the current value ${show(current)} with the target (${direction}).`);
    return {
      status: met ? 'achieved' : 'off-track',
      category: met ? 'target met (baseline equals target)' : 'target not met (baseline equals target)',
      nativeScore: null,
      score: met ? 100 : 0,
      metric: 'current against target',
      thresholds: { target },
    };
  }
  if (target === null) addNote(notes, 'NO_TARGET', 'The indicator has no numeric end target; the method\'s no-target rule (growth rate) is used.');
  const metrics = measures.metrics;
  if (metrics === null) return null;
  if (measures.performance === null && measures.expected.atCurrent.progress === 0 && measures.progress !== null && measures.progress >= 0) {
    addNote(notes, 'NOTHING_EXPECTED_YET', 'No progress is expected yet at the current value\'s time, so performance is not computed and the indicator counts as on track by the default method.');
  }
  const own = inputs.method.preset.classify(metrics, inputs.method.thresholds);
  if (own.status !== 'no-data') return own;
  const fallback = defaultPreset.classify(metrics, defaultPreset.thresholds);
  if (fallback.status === 'no-data') {
    addNote(notes, 'NOT_COMPUTABLE', `Neither ${inputs.method.preset.id} nor the default method can assess this indicator: ${own.category}.`);
    return null;
  }
  addNote(notes, 'METHOD_FALLBACK', `The ${inputs.method.preset.id} method could not assess this indicator (${own.category}); the status and score come from the default method.`);
  // The preset's own words stay in methodResult; the status comes from the fallback.
  return { ...fallback, category: own.category, nativeScore: null, metric: `${fallback.metric} (default method)` };
}

function finish(inputs: StatusInputs, classification: Classification, milestone: TargetUsed | null | undefined, notes: Note[]): StatusDecision {
  const { measures, indicator } = inputs;
  let score = classification.score === null ? null : clamp(classification.score, 0, 100);
  let status = classification.status;
  if (status === 'achieved') score = 100;
  const direction = indicator.direction;
  if (measures !== null && measures.current !== null && measures.baseline !== null && (direction === 'increase' || direction === 'decrease')) {
    const d = direction === 'decrease' ? -1 : 1;
    const { current, baseline, target, progress } = measures;
    const below = progress !== null ? progress < 0 : d * (current - baseline) < 0 && !nearlyEqual(current, baseline);
    if (below) {
      score = 0;
      // A preset that judges levels (TolaActivity) may call a regression "on scope"; a regression
      // is never on track, whatever the method says in its own words.
      if (status === 'on-track' || status === 'at-risk') status = 'off-track';
      addNote(notes, 'BELOW_BASELINE', `The current value ${show(current)} is ${direction === 'increase' ? 'below' : 'above'} the baseline ${show(baseline)}: progress is negative${progress === null ? '' : ` (${show(progress)})`}, the score is 0 and the status off track.`);
    }
    if (target !== null && reaches(current, target, direction) && !nearlyEqual(current, target)) {
      addNote(notes, 'OVER_ACHIEVED', `The current value ${show(current)} is beyond the end target ${show(target)}${progress === null ? '' : ` (progress ${show(progress)})`}; the score is capped at 100.`);
    }
  }
  const decision: StatusDecision = {
    status,
    score,
    methodResult: { preset: inputs.method.preset.id, category: classification.category, nativeScore: classification.nativeScore },
    traceMethod: { preset: inputs.method.preset.id, metric: classification.metric, thresholds: classification.thresholds },
    notes,
  };
  return milestone === undefined ? decision : { ...decision, milestone };
}

/** A decision without a score: the status and the method's category, no metric. */
function plain(method: ResolvedMethod, status: Status, category: string, notes: Note[]): StatusDecision {
  return {
    status,
    score: null,
    methodResult: { preset: method.preset.id, category, nativeScore: null },
    traceMethod: { preset: method.preset.id, metric: 'none', thresholds: method.thresholds },
    notes,
  };
}
