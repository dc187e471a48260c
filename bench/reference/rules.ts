/**
 * The scoring rules shared by the two references (`naive.ts`, `columnar.ts`): scalar arithmetic on
 * one indicator, O(indicators) in total. They restate docs/methodology.md for the subset of the
 * library's behaviour that the synthetic data exercise (see `naive.ts` for the whole spec) and
 * import nothing from `src/`, so that the parity test compares two independent implementations.
 */
import type { Indicator, Strategy } from '../../src/index.js';

/** Status codes of the references, in the library's words. */
export const STATUS_NAMES = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'] as const;
export type RefStatus = (typeof STATUS_NAMES)[number];
export const ACHIEVED = 0;
export const ON_TRACK = 1;
export const AT_RISK = 2;
export const OFF_TRACK = 3;
export const NO_DATA = 4;

/** One indicator as the references report it (the subset of `IndicatorResult` they reproduce). */
export interface RefIndicator {
  readonly id: string;
  /** Period of the current value (`IndicatorResult.current.period`). */
  readonly currentPeriod: string | null;
  /** `IndicatorResult.current.value`. */
  readonly current: number | null;
  /** `IndicatorResult.progress`. */
  readonly progress: number | null;
  /** `IndicatorResult.expected.atCurrent.value`: the planned value at the current value's time. */
  readonly expected: number | null;
  /** `IndicatorResult.performance`. */
  readonly performance: number | null;
  /** `IndicatorResult.trend.cagr`: the growth rate from the baseline. */
  readonly cagr: number | null;
  readonly status: RefStatus;
  readonly score: number | null;
}

/** What both references compute: indicators, the results tree, the plan, the ministries. */
export interface RefOutput {
  readonly indicators: readonly RefIndicator[];
  /** `Evaluation.results[].score`, in strategy order. */
  readonly results: readonly { readonly id: string; readonly score: number | null }[];
  /** `Evaluation.plan.score`. */
  readonly plan: number | null;
  /** `Evaluation.actors[].score`, in strategy order. */
  readonly actors: readonly { readonly id: string; readonly score: number | null }[];
}

const RELATIVE = 1e-9;
const ABSOLUTE = 1e-12;
export const ZERO_SUBSTITUTE = 0.001;

export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= Math.max(ABSOLUTE, RELATIVE * Math.max(Math.abs(a), Math.abs(b)));
}

export function atLeast(x: number, limit: number): boolean {
  return x >= limit || nearlyEqual(x, limit);
}

/** `dir` is 1 for increase, −1 for decrease. */
export function reaches(value: number, target: number, dir: number): boolean {
  if (nearlyEqual(value, target)) return true;
  return dir > 0 ? value > target : value < target;
}

/** Finite number (−0 as 0), or NaN standing for "none". */
export function finiteOrNaN(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  return x === 0 ? 0 : x;
}

/** `(c − b)/(T − b)`, NaN when not computable; `dir` 1 increase, −1 decrease. */
export function progress(b: number, target: number, c: number, dir: number): number {
  if (!Number.isFinite(b) || !Number.isFinite(target) || !Number.isFinite(c)) return NaN;
  if (nearlyEqual(target, b)) return NaN;
  if (dir > 0 && target < b) return NaN;
  if (dir < 0 && target > b) return NaN;
  if (nearlyEqual(c, target)) return 1;
  if (nearlyEqual(c, b)) return 0;
  return finiteOrNaN((c - b) / (target - b));
}

/** Piecewise-linear interpolation through (ts[i], vs[i]) (sorted by t, distinct), clamped at both ends. */
export function interpolate(ts: ArrayLike<number>, vs: ArrayLike<number>, from: number, to: number, t: number): number {
  if (to <= from || !Number.isFinite(t)) return NaN;
  if (t <= (ts[from] as number)) return finiteOrNaN(vs[from] as number);
  for (let i = from + 1; i < to; i++) {
    const year = ts[i] as number;
    if (t <= year) {
      const value = vs[i] as number;
      if (t === year) return finiteOrNaN(value);
      const py = ts[i - 1] as number;
      const pv = vs[i - 1] as number;
      return finiteOrNaN(pv + ((value - pv) * (t - py)) / (year - py));
    }
  }
  return finiteOrNaN(vs[to - 1] as number);
}

export function cagr(from: number, to: number, years: number): number {
  if (!Number.isFinite(from) || !Number.isFinite(to) || !Number.isFinite(years) || years <= 0) return NaN;
  if (from === 0) return NaN;
  const ratio = to / from;
  if (ratio < 0) return NaN;
  if (nearlyEqual(from, to)) return 0;
  return finiteOrNaN(ratio ** (1 / years) - 1);
}

/** Day number (days since 1970-01-01, UTC) of `YYYY-MM-DD`. */
export function dayOf(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The decimal year at the end of a day (the start of the next day). */
export function timeAfterDay(day: number): number {
  const next = day + 1;
  const year = new Date(next * 86_400_000).getUTCFullYear();
  return year + (next - Date.UTC(year, 0, 1) / 86_400_000) / (isLeap(year) ? 366 : 365);
}

/** Start and end day numbers of the period ids the synthetic data use (`2024`, `2024Q1`). */
export function periodDays(id: string): { start: number; end: number; year: number; quarter: number } {
  const year = Number(id.slice(0, 4));
  if (id.length === 4) return { start: Date.UTC(year, 0, 1) / 86_400_000, end: Date.UTC(year, 11, 31) / 86_400_000, year, quarter: 0 };
  if (id.length === 6 && id[4] === 'Q') {
    const q = Number(id[5]);
    return { start: Date.UTC(year, 3 * (q - 1), 1) / 86_400_000, end: Date.UTC(year, 3 * q, 0) / 86_400_000, year, quarter: q };
  }
  throw new Error(`The references read only YYYY and YYYYQn periods, not ${id}`);
}

/** Per-indicator constants both references start from (O(indicators), from the strategy). */
export interface IndicatorPlan {
  readonly id: string;
  /** 0 flow (sum over time, sum across disaggregations), 1 stock with mean across disaggregations, 2 stock with latest. */
  readonly kind: 0 | 1 | 2;
  /** 1 increase, −1 decrease, 0 maintain. */
  readonly dir: number;
  readonly quarterly: boolean;
  readonly baseline: number;
  readonly tBaseline: number;
  /** End target (the last target in time) or NaN. */
  readonly target: number;
  /** Path for the expected value: baseline then targets, by time. */
  readonly pathT: readonly number[];
  readonly pathV: readonly number[];
  readonly tolerance: number;
  readonly weight: number;
  readonly result: number;
  readonly lead: number;
}

/** The plan constants of a strategy, in the subset the references support (else it throws). */
export function planOf(strategy: Strategy): { indicators: IndicatorPlan[]; resultIndex: Map<string, number>; actorIndex: Map<string, number> } {
  const resultIndex = new Map(strategy.results.map((result, index) => [result.id, index]));
  const actorIndex = new Map(strategy.actors.map((actor, index) => [actor.id, index]));
  const indicators = strategy.indicators.map((indicator): IndicatorPlan => {
    const kind = kindOf(indicator);
    if (indicator.direction !== 'increase' && indicator.direction !== 'decrease' && indicator.direction !== 'maintain') throw new Error(`Unsupported direction ${indicator.direction}`);
    if (indicator.baseline === undefined || typeof indicator.baseline.value !== 'number') throw new Error(`${indicator.id}: the references need a numeric baseline`);
    if (indicator.cumulative || indicator.formula !== undefined || indicator.ratio !== undefined) throw new Error(`${indicator.id}: unsupported`);
    const tBaseline = timeAfterDay(periodDays(indicator.baseline.period).end);
    const targets = Object.entries(indicator.targets).map(([period, value]) => {
      if (typeof value !== 'number' || period.length !== 4) throw new Error(`${indicator.id}: the references need plain yearly numeric targets`);
      return { t: timeAfterDay(periodDays(period).end), value };
    }).sort((a, b) => a.t - b.t);
    const pathT = [tBaseline, ...targets.map((target) => target.t)];
    const pathV = [indicator.baseline.value, ...targets.map((target) => target.value)];
    for (let i = 1; i < pathT.length; i++) if (!(pathT[i] as number > (pathT[i - 1] as number))) throw new Error(`${indicator.id}: path times must be distinct`);
    return {
      id: indicator.id,
      kind,
      dir: indicator.direction === 'increase' ? 1 : indicator.direction === 'decrease' ? -1 : 0,
      quarterly: indicator.frequency === 'Quarterly',
      baseline: indicator.baseline.value,
      tBaseline,
      target: targets.length > 0 ? (targets[targets.length - 1] as { value: number }).value : NaN,
      pathT,
      pathV,
      tolerance: indicator.tolerance ?? 0,
      weight: indicator.weight ?? 1,
      result: resultIndex.get(indicator.result) ?? -1,
      lead: indicator.lead === undefined ? -1 : actorIndex.get(indicator.lead) ?? -1,
    };
  });
  return { indicators, resultIndex, actorIndex };
}

function kindOf(indicator: Indicator): 0 | 1 | 2 {
  const rules = indicator.aggregation;
  if (indicator.measure === 'count' && rules === undefined) return 0;
  if (indicator.measure === 'percent' && rules === undefined) return 1;
  if (indicator.measure === 'rate' && rules?.disaggregations === 'latest' && rules.time === 'latest') return 2;
  throw new Error(`${indicator.id}: unsupported measure or aggregation`);
}

/** Scratch output of {@link decide} (one object, reused: no allocation per indicator). */
export interface Decision {
  status: number;
  /** NaN for none. */
  score: number;
}

/**
 * Status and score of an indicator with a current value `c` (default preset; maintain rule).
 * `p` progress, `ep` expected progress at the current time, `perf` performance (NaN for none).
 * `endsPlan` whether the current period ends at or after the plan's last day.
 */
export function decide(out: Decision, dir: number, b: number, target: number, c: number, p: number, ep: number, perf: number, tolerance: number, endsPlan: boolean): void {
  if (dir === 0) {
    const level = Number.isNaN(target) ? b : target;
    const within = atLeast(tolerance, Math.abs(c - level)) || nearlyEqual(c, level);
    out.status = within ? (endsPlan ? ACHIEVED : ON_TRACK) : OFF_TRACK;
    out.score = within ? 100 : 0;
    return;
  }
  if (!Number.isNaN(target) && nearlyEqual(target, b)) {
    const met = reaches(c, target, dir);
    out.status = met ? ACHIEVED : OFF_TRACK;
    out.score = met ? 100 : 0;
  } else if (!Number.isNaN(target) && reaches(c, target, dir)) {
    out.status = ACHIEVED;
    out.score = 100;
  } else if (Number.isNaN(target)) {
    throw new Error('The references need an end target');
  } else if (!Number.isNaN(perf)) {
    out.status = atLeast(perf, 0.9) ? ON_TRACK : atLeast(perf, 0.6) ? AT_RISK : OFF_TRACK;
    out.score = Math.min(1, Math.max(0, perf)) * 100;
  } else if (ep === 0 && !Number.isNaN(p) && p >= 0) {
    out.status = ON_TRACK;
    out.score = 100;
  } else if (!Number.isNaN(p) && p < 0) {
    out.status = OFF_TRACK;
    out.score = 0;
  } else {
    out.status = NO_DATA;
    out.score = NaN;
    return;
  }
  if (out.status === ACHIEVED) out.score = 100;
  const below = !Number.isNaN(p) ? p < 0 : dir * (c - b) < 0 && !nearlyEqual(c, b);
  if (below) out.score = 0;
}

/** `null` for NaN, the number otherwise (−0 as 0). */
export function orNull(x: number): number | null {
  return Number.isNaN(x) ? null : x === 0 ? 0 : x;
}

/** Rounded to 9 decimal places (−0 as 0), as the library rounds roll-up scores. */
export function round9(x: number): number {
  const rounded = Math.round(x * 1e9) / 1e9;
  return rounded === 0 ? 0 : rounded;
}
