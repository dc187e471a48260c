/**
 * Reference (a): the straightforward implementation, the way one would write it without thinking
 * about speed — a `Map` keyed by `` `${indicator}|${period}` `` with running totals in plain
 * objects, then one pass over the indicators. Deliberately unoptimised; the benchmark's yardstick
 * for "idiomatic JavaScript".
 *
 * ## The scoring spec (what both references compute, and the parity test checks against `evaluate`)
 *
 * Input: a strategy and validated observations as the synthetic generator (`bench/gen.ts`) makes
 * them — periods `YYYY` or `YYYYQn`; at most one observation per (indicator, period,
 * disaggregation, reporter), so there are no revisions or duplicates to resolve; numeric yearly
 * targets; a numeric baseline.
 *
 * 1. Rows used: not drafts, reported on or before `asOf` (a row without `reportedOn` counts as
 *    reported on its period's last day), value not `null`, indicator in the strategy.
 * 2. Value of an indicator × period (a *cell*): the sum of its rows (`count`), their mean
 *    (`percent`), or the value of the row with the latest `reportedOn`, ties going to the greatest
 *    reporter id (`rate` with the `latest` rules).
 * 3. Current value. Flows (`count`): one point per calendar year, the year's cell or the sum of its
 *    four quarters (only when all four have a cell), counted only once the year has ended by
 *    `asOf`; the current value is the latest such year. Stocks (`percent`, `rate`): the latest
 *    cell whose period has ended by `asOf`. Only points after the baseline count.
 * 4. Time of a value: the decimal year at the end of its period's last day (2025 for `2024`).
 * 5. Progress `p = (c − b)/(T − b)` with the end target T (1 within 1e-9 of T, 0 within 1e-9 of b;
 *    none when T = b or T is on the wrong side of b). Expected value `e`: linear interpolation
 *    through (baseline time, b) and each yearly target at its time, at the current value's time;
 *    expected progress `ep` likewise from `e`; performance `p / ep` when `ep > 0`.
 *    CAGR from the baseline: `(c / b)^(1 / years) − 1`.
 * 6. Status (the `default` preset): achieved when c reaches T; else by performance: ≥ 0.9 on track,
 *    ≥ 0.6 at risk, else off track, score `clamp(perf, 0, 1) × 100`; with no performance, on track
 *    (100) when nothing is expected yet and p ≥ 0, off track (0) when p < 0, else no data. Achieved
 *    scores 100; below the baseline (p < 0) scores 0. `maintain`: within `tolerance` of T is on
 *    track (100), else off track (0). No current value: no data, no score.
 * 7. Roll-ups: a result's score is the weighted mean (indicator `weight`, result `weight`, default
 *    1) of its indicators' and sub-results' scores, leaving out those without one; the plan's is
 *    that of its top-level results; a ministry's is the weighted mean of the indicators it leads.
 *    Roll-up scores are rounded to 9 decimal places, as the library rounds them.
 */
import type { Observation, Strategy } from '../../src/index.js';
import { cagr, decide, interpolate, orNull, round9, periodDays, planOf, progress, STATUS_NAMES, timeAfterDay, ZERO_SUBSTITUTE } from './rules.js';
import type { Decision, RefIndicator, RefOutput } from './rules.js';

interface Cell {
  sum: number;
  n: number;
  latestOn: string;
  latestBy: string;
  latest: number;
}

function endDate(period: string): string {
  const { end } = periodDays(period);
  return new Date(end * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Scores the strategy, the naive way.
 *
 * @param strategy - The synthetic strategy.
 * @param observations - Its observations.
 * @param asOf - The evaluation date.
 * @returns The reference output.
 */
export function naiveEvaluate(strategy: Strategy, observations: readonly Observation[], asOf: string): RefOutput {
  const { indicators: plans } = planOf(strategy);
  const known = new Set(plans.map((plan) => plan.id));
  const cells = new Map<string, Cell>();
  for (const observation of observations) {
    if (observation.status === 'draft' || !known.has(observation.indicator)) continue;
    if (typeof observation.value !== 'number') continue;
    const reportedOn = observation.reportedOn ?? endDate(observation.period);
    if (reportedOn > asOf) continue;
    const key = `${observation.indicator}|${observation.period}`;
    let cell = cells.get(key);
    if (cell === undefined) {
      cell = { sum: 0, n: 0, latestOn: '', latestBy: '', latest: NaN };
      cells.set(key, cell);
    }
    cell.sum += observation.value;
    cell.n += 1;
    const by = observation.reportedBy ?? '';
    if (reportedOn > cell.latestOn || (reportedOn === cell.latestOn && by >= cell.latestBy)) {
      cell.latestOn = reportedOn;
      cell.latestBy = by;
      cell.latest = observation.value;
    }
  }

  const asOfYear = Number(asOf.slice(0, 4));
  const tAsOf = timeAfterDay(Date.UTC(asOfYear, Number(asOf.slice(5, 7)) - 1, Number(asOf.slice(8, 10))) / 86_400_000);
  const planEnd = `${strategy.period.end}-12-31`;
  const decision: Decision = { status: 0, score: NaN };
  const indicators: RefIndicator[] = [];
  for (const plan of plans) {
    let current = NaN;
    let currentPeriod: string | null = null;
    let currentEnd = '';
    for (let year = strategy.period.start - 1; year <= strategy.period.end; year++) {
      const periods = plan.quarterly ? [1, 2, 3, 4].map((q) => `${year}Q${q}`) : [String(year)];
      if (plan.kind === 0) {
        // A flow: the year's total, when the year has ended and every quarter has a value.
        const values = periods.map((period) => cells.get(`${plan.id}|${period}`));
        if (values.some((cell) => cell === undefined)) continue;
        const end = `${year}-12-31`;
        if (end > asOf || timeAfterDay(periodDays(String(year)).end) <= plan.tBaseline) continue;
        current = values.reduce((total, cell) => total + (cell as Cell).sum, 0);
        currentPeriod = String(year);
        currentEnd = end;
      } else {
        for (const period of periods) {
          const cell = cells.get(`${plan.id}|${period}`);
          const end = endDate(period);
          if (cell === undefined || end > asOf || timeAfterDay(periodDays(period).end) <= plan.tBaseline) continue;
          current = plan.kind === 1 ? cell.sum / cell.n : cell.latest;
          currentPeriod = period;
          currentEnd = end;
        }
      }
    }
    if (currentPeriod === null) {
      indicators.push({ id: plan.id, currentPeriod: null, current: null, progress: null, expected: null, performance: null, cagr: null, status: 'no-data', score: null });
      continue;
    }
    const t = timeAfterDay(periodDays(currentPeriod).end);
    const expected = interpolate(plan.pathT, plan.pathV, 0, plan.pathT.length, t);
    const p = plan.dir === 0 ? NaN : progress(plan.baseline, plan.target, current, plan.dir);
    const ep = plan.dir === 0 ? NaN : progress(plan.baseline, plan.target, expected, plan.dir);
    const performance = !Number.isNaN(p) && !Number.isNaN(ep) && ep > 0 ? p / ep : NaN;
    const growth = cagr(plan.baseline === 0 ? ZERO_SUBSTITUTE : plan.baseline, current, t - plan.tBaseline);
    decide(decision, plan.dir, plan.baseline, plan.target, current, p, ep, Number.isFinite(performance) ? performance : NaN, plan.tolerance, currentEnd >= planEnd);
    indicators.push({
      id: plan.id,
      currentPeriod,
      current: orNull(current),
      progress: orNull(p),
      expected: orNull(expected),
      performance: orNull(Number.isFinite(performance) ? performance : NaN),
      cagr: orNull(growth),
      status: STATUS_NAMES[decision.status] ?? 'no-data',
      score: orNull(decision.score),
    });
  }
  return rollUp(strategy, indicators);
}

/** Results, plan and ministries from the indicator scores (shared shape, plain objects). */
export function rollUp(strategy: Strategy, indicators: readonly RefIndicator[]): RefOutput {
  const scoreOf = new Map(indicators.map((indicator) => [indicator.id, indicator.score]));
  const memo = new Map<string, number | null>();
  const resultScore = (id: string): number | null => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    let sum = 0;
    let weights = 0;
    for (const indicator of strategy.indicators) {
      if (indicator.result !== id) continue;
      const score = scoreOf.get(indicator.id);
      if (score === null || score === undefined) continue;
      const weight = indicator.weight ?? 1;
      sum += weight * score;
      weights += weight;
    }
    for (const child of strategy.results) {
      if (child.parent !== id) continue;
      const score = resultScore(child.id);
      if (score === null) continue;
      const weight = child.weight ?? 1;
      sum += weight * score;
      weights += weight;
    }
    const score = weights > 0 ? round9(sum / weights) : null;
    memo.set(id, score);
    return score;
  };
  const results = strategy.results.map((result) => ({ id: result.id, score: resultScore(result.id) }));
  let sum = 0;
  let weights = 0;
  for (const result of strategy.results) {
    if (result.parent !== undefined) continue;
    const score = resultScore(result.id);
    if (score === null) continue;
    const weight = result.weight ?? 1;
    sum += weight * score;
    weights += weight;
  }
  const actors = strategy.actors.map((actor) => {
    let weighted = 0;
    let total = 0;
    for (const indicator of strategy.indicators) {
      if (indicator.lead !== actor.id) continue;
      const score = scoreOf.get(indicator.id);
      if (score === null || score === undefined) continue;
      const weight = indicator.weight ?? 1;
      weighted += weight * score;
      total += weight;
    }
    return { id: actor.id, score: total > 0 ? round9(weighted / total) : null };
  });
  return { indicators, results, plan: weights > 0 ? round9(sum / weights) : null, actors };
}
