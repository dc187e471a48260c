// Checklist items 5, 22, 25 and 29 on whole plans: for random VALID strategies and observations,
// `evaluate` and `summarize` never output NaN, ±Infinity or −0, progress is monotone in the actual
// value, results do not depend on the order of the observations, and `summarize` gives the same
// bytes for the same input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, parseObservations, parseStrategy, summarize, toCsv, toHtml, toMarkdown, toText } from '../../src/index.js';
import type { EvaluateOptions, Observation, Strategy } from '../../src/index.js';
import { evaluationCaseArb, planArb } from './arbitraries.js';
import { badNumbers, runs } from './helpers.js';

type Case = typeof evaluationCaseArb extends fc.Arbitrary<infer T> ? T : never;

function prepare(input: Case): { strategy: Strategy; observations: readonly Observation[]; options: EvaluateOptions } {
  const strategy = parseStrategy(input.plan.strategy);
  const { observations } = parseObservations(input.plan.observations, strategy);
  const breakdowns = input.breakdown && strategy.dimensions[0] !== undefined ? [strategy.dimensions[0].id] : [];
  return {
    strategy,
    observations,
    options: { asOf: input.asOf, method: input.method, aggregation: input.aggregation as 'mean' | 'worst', includeDrafts: input.includeDrafts, graceDays: input.graceDays, breakdowns },
  };
}

/** A seeded shuffle, so that a failure replays. */
function shuffle<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items.map((item, index) => ({ item, key: keys[index % Math.max(1, keys.length)] ?? 0, index }))
    .sort((a, b) => a.key - b.key || b.index - a.index)
    .map((entry) => entry.item);
}

describe('evaluate and summarize on random valid plans (checklist 5, 22, 25)', () => {
  it('never output NaN, ±Infinity or −0, and keep displayed scores within 0–100', () => {
    fc.assert(fc.property(evaluationCaseArb, (input) => {
      const { strategy, observations, options } = prepare(input);
      const evaluation = evaluate(strategy, observations, options);
      expect(badNumbers(evaluation)).toEqual([]);
      const summary = summarize(evaluation, { strategy, lang: input.lang as 'en' | 'km', smallCellThreshold: input.smallCellThreshold });
      expect(badNumbers(summary)).toEqual([]);
      for (const indicator of evaluation.indicators) {
        if (indicator.score !== null) {
          expect(indicator.score).toBeGreaterThanOrEqual(0);
          expect(indicator.score).toBeLessThanOrEqual(100);
        }
      }
      for (const result of [...evaluation.results, evaluation.plan]) {
        if (result.score !== null) {
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
        }
      }
      // No renderer may print what the numbers never held.
      for (const text of [toMarkdown(summary), toText(summary), toCsv(summary)]) {
        expect(text).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
      }
      expect(toHtml(summary, { fragment: true })).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
    }), { numRuns: runs(150) });
  });

  it('results do not depend on the order of the observations', () => {
    fc.assert(fc.property(evaluationCaseArb, fc.array(fc.integer(), { minLength: 1, maxLength: 40 }), (input, keys) => {
      const { strategy, observations, options } = prepare(input);
      const shuffled = shuffle(observations, keys);
      const a = evaluate(strategy, observations, options);
      const b = evaluate(strategy, shuffled, options);
      expect(b).toStrictEqual(a);
      expect(JSON.stringify(summarize(b, { strategy }))).toBe(JSON.stringify(summarize(a, { strategy })));
    }), { numRuns: runs(100) });
  });

  it('summarize gives byte-identical JSON for the same evaluation, for a deep copy of it, and leaves it unchanged', () => {
    fc.assert(fc.property(evaluationCaseArb, (input) => {
      const { strategy, observations, options } = prepare(input);
      const evaluation = evaluate(strategy, observations, options);
      const before = JSON.stringify(evaluation);
      const lang = input.lang as 'en' | 'km';
      const first = JSON.stringify(summarize(evaluation, { strategy, lang, generatedAt: '2025-03-27T08:00:00+07:00' }));
      const second = JSON.stringify(summarize(structuredClone(evaluation), { strategy: structuredClone(strategy), lang, generatedAt: '2025-03-27T08:00:00+07:00' }));
      expect(second).toBe(first);
      expect(JSON.stringify(evaluation)).toBe(before);
      // And the whole chain, run again from the raw input.
      const again = prepare(input);
      expect(JSON.stringify(summarize(evaluate(again.strategy, again.observations, again.options), { strategy: again.strategy, lang, generatedAt: '2025-03-27T08:00:00+07:00' }))).toBe(first);
    }), { numRuns: runs(40) });
  });
});

describe('progress is monotone in the actual value (checklist 25, reliability.md §6.6 property 6)', () => {
  const caseArb = fc.record({
    plan: planArb,
    a: fc.double({ min: 0, max: 1, noNaN: true }),
    b: fc.double({ min: 0, max: 1, noNaN: true }),
    method: fc.constantFrom('default', 'eurostat', 'opensdg', 'unsd2023', 'escap', 'tolaactivity'),
  });

  it('for every increase indicator progress never falls as the actual rises, and for every decrease indicator it never rises', () => {
    let checked = 0;
    fc.assert(fc.property(caseArb, ({ plan, a, b, method }) => {
      const strategy = parseStrategy(plan.strategy);
      const scored = strategy.indicators.filter((indicator) =>
        (indicator.direction === 'increase' || indicator.direction === 'decrease') && ['count', 'percent', 'ratio', 'rate', 'currency'].includes(indicator.measure)
        && indicator.formula === undefined && indicator.ratio === undefined && typeof indicator.baseline?.value === 'number');
      fc.pre(scored.length > 0);
      const indicator = scored[0] as Strategy['indicators'][number];
      const baseline = indicator.baseline?.value as number;
      // Actuals spread around the baseline, on both sides, within what the measure allows.
      const scale = (fraction: number): number => {
        const raw = baseline + (fraction - 0.5) * 4 * (Math.abs(baseline) + 10);
        if (indicator.measure === 'count') return Math.max(0, Math.round(raw));
        if (indicator.measure === 'percent') return Math.min(100, Math.max(0, raw));
        if (indicator.measure === 'ratio') return raw;
        return Math.max(0, raw);
      };
      const [low, high] = [scale(Math.min(a, b)), scale(Math.max(a, b))];
      const year = String(strategy.period.start);
      const others = parseObservations(plan.observations, strategy).observations.filter((observation) => observation.indicator !== indicator.id);
      const progressOf = (value: number) => {
        const observation = parseObservations([{ indicator: indicator.id, period: year, value, reportedOn: `${year}-12-31` }], strategy).observations;
        expect(observation).toHaveLength(1);
        const evaluation = evaluate(strategy, [...others, ...observation], { asOf: `${strategy.period.end + 1}-06-30`, method });
        return evaluation.indicators.find((result) => result.indicator === indicator.id)?.progress ?? null;
      };
      const [p, q] = [progressOf(low), progressOf(high)];
      fc.pre(p !== null && q !== null);
      checked += 1;
      if (indicator.direction === 'increase') expect(p as number).toBeLessThanOrEqual(q as number);
      else expect(p as number).toBeGreaterThanOrEqual(q as number);
    }), { numRuns: runs(80) });
    expect(checked).toBeGreaterThan(runs(80) / 2);
  });
});
