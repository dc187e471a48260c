import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from '../../src/score/index.js';
import type { IndicatorResult, PresetId } from '../../src/score/index.js';
import { cleanResult, resultIsClean } from '../../src/score/cleanResult.js';
import { cleanNumbers } from '../../src/score/numbers.js';
import { badNumbers, numbersIn, observe, strategyWith } from './helpers.js';

/** Indicators that between them give a number in every numeric place of a result. */
const strategy = strategyWith([
  { measure: 'count', frequency: 'Quarterly', baseline: { period: '2023', value: 100 }, targets: { '2024': 110, '2025': 120, '2028': 150 } },
  { measure: 'count', cumulative: true, baseline: { period: '2023', value: 0 }, targets: { '2024': 50, '2028': 400 } },
  { measure: 'percent', direction: 'decrease', baseline: { period: '2023', value: 40 }, targets: { '2026': 20, '2028': 10 }, limits: { min: 0 } },
  { measure: 'ratio', direction: 'maintain', tolerance: 0.1, baseline: { period: '2023', value: 1.5 }, targets: { '2028': 1.5 } },
  { measure: 'boolean', baseline: { period: '2023', value: false }, targets: { '2025': true, '2028': true } },
  { measure: 'count', baseline: { period: '2023', value: 0 }, targets: { '2028': 0 }, direction: 'increase' },
]);
const observations = observe(strategy, [
  { period: '2024Q1', value: 20 }, { period: '2024Q2', value: 30 }, { period: '2024Q3', value: 25 }, { period: '2024Q4', value: 40 },
  { period: '2025Q1', value: 35 },
  { indicator: 'I2', period: '2024', value: 60 }, { indicator: 'I2', period: '2025', value: 75 },
  { indicator: 'I3', period: '2024', value: 35.5 }, { indicator: 'I3', period: '2025', value: 31.25 },
  { indicator: 'I4', period: '2024', value: 1.45 }, { indicator: 'I4', period: '2025', value: 1.7 },
  { indicator: 'I5', period: '2025', value: true },
  { indicator: 'I6', period: '2024', value: 3 }, { indicator: 'I6', period: '2025', value: 5 },
]);
const PRESETS: readonly PresetId[] = ['default', 'eurostat', 'opensdg', 'unsd2023', 'escap', 'tolaactivity'];
const results: IndicatorResult[] = PRESETS.flatMap((method) => strategy.indicators.map((indicator) => evaluateIndicator(strategy, observations, indicator.id, { asOf: '2026-02-15', method })));

/** A path with its list positions left out: `$.series[2].t` → `$.series[].t`. */
const place = (path: string) => path.replace(/\[\d+\]/g, '[]');

/** Sets the number at a path (as `numbersIn` writes it) in a copy. */
function withNumberAt(value: unknown, path: string, number: number): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const steps = [...path.slice(1).matchAll(/\.([^.[]+)|\[(\d+)\]/g)].map((match) => match[1] ?? Number(match[2]));
  let at: Record<string | number, unknown> = copy;
  for (const step of steps.slice(0, -1)) at = at[step as string] as Record<string | number, unknown>;
  at[steps[steps.length - 1] as string] = number;
  return copy;
}

describe('cleanResult', () => {
  it('returns a clean result itself, without a copy', () => {
    for (const result of results) {
      expect(badNumbers(result)).toEqual([]);
      expect(resultIsClean(result)).toBe(true);
      expect(cleanResult(result)).toBe(result);
    }
  });

  it('covers every numeric place of a result', () => {
    const places = new Set(results.flatMap((result) => numbersIn(result).map((item) => place(item.path))));
    // Each of these holds a number in at least one of the results above, so the next test checks it.
    for (const expected of [
      '$.decimals', '$.baseline.value', '$.baseline.t', '$.target.value', '$.target.t', '$.milestone.value', '$.milestone.t',
      '$.current.value', '$.current.t', '$.current.observations', '$.series[].value', '$.series[].t', '$.series[].observations',
      '$.progress', '$.expected.asOf.value', '$.expected.asOf.progress', '$.expected.atCurrent.value', '$.expected.atCurrent.progress',
      '$.performance', '$.achievement', '$.trend.cagr', '$.trend.requiredCagr', '$.trend.growthRatio', '$.trend.projected.cagr',
      '$.trend.projected.wls', '$.trend.projectedShare', '$.score', '$.methodResult.nativeScore', '$.trace.method.thresholds.onTrack',
      '$.trace.baseline.value', '$.trace.baseline.t', '$.trace.target.value', '$.trace.target.t', '$.trace.observations.used',
      '$.trace.observations.afterAsOf', '$.trace.observations.drafts', '$.trace.observations.superseded', '$.trace.observations.missing',
      '$.trace.substitutions[].from', '$.trace.substitutions[].to',
    ]) expect(places).toContain(expected);
  });

  it('catches NaN, ±Infinity and −0 in every numeric place, and fixes a copy only', () => {
    let checked = 0;
    for (const result of results) {
      for (const { path } of numbersIn(result)) {
        for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0]) {
          const spoiled = withNumberAt(result, path, bad) as IndicatorResult;
          const before = structuredClone(spoiled);
          expect(resultIsClean(spoiled), `${path} = ${String(bad)}`).toBe(false);
          const cleaned = cleanResult(spoiled);
          expect(cleaned).not.toBe(spoiled);
          expect(badNumbers(cleaned)).toEqual([]);
          expect(cleaned).toEqual(cleanNumbers(structuredClone(spoiled)));
          // The argument is left as it was.
          expect(Object.is(numbersIn(spoiled).find((item) => item.path === path)?.value, bad)).toBe(true);
          expect(spoiled).toEqual(before);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('cleanNumbers', () => {
  it('returns clean data itself and copies unclean data with every number made finite', () => {
    const clean = { a: [1, { b: 2.5 }], c: 'x', d: null };
    expect(cleanNumbers(clean)).toBe(clean);
    const unclean = { a: [1, { b: -0 }], c: Number.NaN, d: [Number.POSITIVE_INFINITY] };
    const cleaned = cleanNumbers(unclean);
    expect(cleaned).toEqual({ a: [1, { b: 0 }], c: null, d: [null] });
    expect(Object.is((cleaned.a[1] as { b: number }).b, 0)).toBe(true);
    // The argument is left as it was.
    expect(Object.is((unclean.a[1] as { b: number }).b, -0)).toBe(true);
  });
});
