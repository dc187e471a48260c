import { describe, expect, it } from 'vitest';
import { evaluate, parseObservations, parseStrategy } from '../../src/index.js';
import type { Evaluation } from '../../src/index.js';
import { generate, observationsJson } from '../../bench/gen.js';
import { columnarKernel, columnarOutput, encodeColumnar, prepareColumnar } from '../../bench/reference/columnar.js';
import { naiveEvaluate } from '../../bench/reference/naive.js';
import type { RefOutput } from '../../bench/reference/rules.js';

/**
 * The references in bench/reference/ must compute what the library computes, or every ratio the
 * benchmark prints is meaningless. They reproduce this subset of `evaluate`'s output:
 * per indicator the current period and value, progress, the expected value at the current value's
 * time, performance, the CAGR from the baseline, status and score; per result and for the plan the
 * weighted roll-up score; per ministry the weighted score of the indicators it leads.
 */
function fromLibrary(evaluation: Evaluation): RefOutput {
  return {
    indicators: evaluation.indicators.map((result) => ({
      id: result.indicator,
      currentPeriod: result.current?.period ?? null,
      current: typeof result.current?.value === 'number' ? result.current.value : null,
      progress: result.progress,
      expected: result.expected.atCurrent.value,
      performance: result.performance,
      cagr: result.trend.cagr,
      status: result.status as RefOutput['indicators'][number]['status'],
      score: result.score,
    })),
    results: evaluation.results.map((result) => ({ id: result.id ?? '', score: result.score })),
    plan: evaluation.plan.score,
    actors: evaluation.actors.map((actor) => ({ id: actor.actor, score: actor.score })),
  };
}

function close(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) <= Math.max(1e-12, 1e-9 * Math.max(Math.abs(a), Math.abs(b)));
}

/** Every difference between two outputs, as readable lines (empty when they agree). */
function differences(expected: RefOutput, actual: RefOutput): string[] {
  const found: string[] = [];
  if (expected.indicators.length !== actual.indicators.length) found.push(`indicator count ${expected.indicators.length} vs ${actual.indicators.length}`);
  expected.indicators.forEach((want, i) => {
    const got = actual.indicators[i];
    if (got === undefined || got.id !== want.id) {
      found.push(`indicator ${i}: ${want.id} vs ${got?.id ?? 'missing'}`);
      return;
    }
    if (got.status !== want.status) found.push(`${want.id} status ${want.status} vs ${got.status}`);
    if (got.currentPeriod !== want.currentPeriod) found.push(`${want.id} currentPeriod ${want.currentPeriod} vs ${got.currentPeriod}`);
    for (const key of ['current', 'progress', 'expected', 'performance', 'cagr', 'score'] as const) {
      if (!close(want[key], got[key])) found.push(`${want.id} ${key} ${want[key]} vs ${got[key]}`);
    }
  });
  expected.results.forEach((want, i) => {
    const got = actual.results[i];
    if (got?.id !== want.id || !close(want.score, got.score)) found.push(`result ${want.id} ${want.score} vs ${got?.id} ${got?.score}`);
  });
  if (!close(expected.plan, actual.plan)) found.push(`plan ${expected.plan} vs ${actual.plan}`);
  expected.actors.forEach((want, i) => {
    const got = actual.actors[i];
    if (got?.id !== want.id || !close(want.score, got.score)) found.push(`actor ${want.id} ${want.score} vs ${got?.id} ${got?.score}`);
  });
  return found;
}

describe.each([
  { name: 'default model, N = 10^4', n: 10_000, k: undefined },
  { name: 'wide model (K = N/10), N = 2×10^4', n: 20_000, k: 2_000 },
])('references agree with evaluate: $name', ({ n, k }) => {
  const data = generate({ n, ...(k === undefined ? {} : { k }) });
  const evaluation = evaluate(data.strategy, data.observations, { asOf: data.asOf });
  const library = fromLibrary(evaluation);

  it('generates a valid plan and valid observations, without revisions', () => {
    expect(data.observations).toHaveLength(n);
    expect(parseStrategy(data.strategy)).toEqual(data.strategy);
    const parsed = parseObservations(JSON.parse(observationsJson(data.observations)), data.strategy);
    expect(parsed.rejected).toEqual([]);
    expect(parsed.observations).toEqual(data.observations);
    // The references do not resolve revisions: the data must have none.
    for (const result of evaluation.indicators) expect(result.trace.observations.superseded).toBe(0);
  });

  it('exercises every status', () => {
    const statuses = new Set(library.indicators.map((indicator) => indicator.status));
    expect([...statuses].sort()).toEqual(['achieved', 'at-risk', 'no-data', 'off-track', 'on-track']);
    expect(library.plan).not.toBeNull();
  });

  it('naive reference', () => {
    expect(differences(library, naiveEvaluate(data.strategy, data.observations, data.asOf))).toEqual([]);
  });

  it('columnar reference (encode + kernel)', () => {
    const plan = prepareColumnar(data.strategy);
    const columns = encodeColumnar(plan, data.observations);
    const output = columnarOutput(plan, columns, columnarKernel(plan, columns, data.asOf));
    expect(differences(library, output)).toEqual([]);
  });
});
