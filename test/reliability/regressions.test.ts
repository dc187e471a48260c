// Defects the reliability properties found, each pinned by a small example (written before its fix).
import { describe, expect, it } from 'vitest';
import { evaluate, meanAndStdDev, modifiedZScores, parseObservations, parseStrategy, safeParseStrategy, zScoreOutlier } from '../../src/index.js';
import type { Observation } from '../../src/index.js';
import { badNumbers } from './helpers.js';

const plan = (indicator: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
  id: 'reg', title: 'Regressions', period: { start: 2024, end: 2028 }, baselineYear: 2023,
  levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'P', level: 'pillar' }],
  actors: [{ id: 'MOJ', name: 'Justice' }, { id: 'MOI', name: 'Interior' }],
  indicators: [{ id: 'I', title: 'I', result: 'P', measure: 'ratio', direction: 'none', frequency: 'Monthly', ...indicator }],
  ...extra,
});

describe('findings do not depend on the order of the observations', () => {
  it('stale: of two periods ending the same day (2024S2, 2024Q4) the same one is named either way', () => {
    const strategy = parseStrategy(plan({ frequency: 'Quarterly' }));
    const observations = parseObservations([
      { indicator: 'I', period: '2024S2', value: 1 },
      { indicator: 'I', period: '2024Q4', value: 2 },
    ], strategy).observations;
    const stale = (list: readonly Observation[]) => evaluate(strategy, list, { asOf: '2026-01-01' }).dataQuality.filter((finding) => finding.kind === 'stale');
    expect(stale([...observations].reverse())).toEqual(stale(observations));
    expect(stale(observations)[0]?.period).toBe('2024Q4');
  });

  it('series outliers: two reporters of one month give the same findings in either order', () => {
    const strategy = parseStrategy(plan());
    const values = [10, 11, 9, 10, 12, 10, 11];
    const input = [
      ...values.map((value, month) => ({ indicator: 'I', period: `2024${String(month + 1).padStart(2, '0')}`, value, reportedBy: 'MOJ' })),
      { indicator: 'I', period: '202403', value: 5000, reportedBy: 'MOI' },
    ];
    const observations = parseObservations(input, strategy).observations;
    const findings = (list: readonly Observation[]) => evaluate(strategy, list, { asOf: '2025-06-30' }).dataQuality;
    expect(findings([...observations].reverse())).toEqual(findings(observations));
  });
});

describe('−0 never comes out (JSON.parse("-0") gives it)', () => {
  it('parseStrategy reads −0 as 0 in values, targets, tolerance, range, limits, decimals and shares', () => {
    const text = JSON.stringify(plan({
      direction: 'maintain', tolerance: 7, decimals: 7, range: { min: 7, max: 7 }, limits: { min: 7, max: 7 }, lead: 'MOJ', shares: { MOJ: 7 },
      baseline: { period: '2023', value: 7 }, targets: { '2025': 7, '2028': { value: 7, revisions: [{ value: 7, effective: '2026-01-01' }] } },
    })).replaceAll(':7', ':-0');
    const strategy = parseStrategy(JSON.parse(text));
    expect(badNumbers(strategy)).toEqual([]);
  });

  it('parseObservations reads a value of −0 as 0', () => {
    const strategy = parseStrategy(plan());
    const { observations } = parseObservations(JSON.parse('[{"indicator":"I","period":"2024","value":-0}]'), strategy);
    expect(observations).toHaveLength(1);
    expect(badNumbers(observations)).toEqual([]);
  });

  it('evaluate does not copy a graceDays of −0 into the evaluation', () => {
    const strategy = parseStrategy(plan());
    expect(badNumbers(evaluate(strategy, [], { asOf: '2025-01-01', graceDays: -0 }))).toEqual([]);
  });
});

describe('ids that are reserved keys', () => {
  it('a dimension, actor or code named "constructor" or "prototype" is refused where it is declared, not at every report', () => {
    for (const name of ['constructor', 'prototype']) {
      const dimension = plan({ disaggregations: [name] }, { dimensions: [{ id: name, title: 'D', codes: [{ code: 'a', label: 'A' }] }] });
      const result = safeParseStrategy(dimension);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.problems.map((problem) => [problem.code, problem.path])).toContainEqual(['INVALID_FORMAT', ['dimensions', 0, 'id']]);
      const actor = safeParseStrategy(plan({}, { actors: [{ id: name, name: 'A' }] }));
      expect(actor.ok, name).toBe(false);
      const code = safeParseStrategy(plan({ disaggregations: ['sex'] }, { dimensions: [{ id: 'sex', title: 'Sex', codes: [{ code: name, label: 'A' }] }] }));
      expect(code.ok, name).toBe(false);
    }
  });

  it('ids that merely look like object properties (toString, hasOwnProperty, valueOf) are ordinary ids end to end', () => {
    const strategy = parseStrategy(plan({ id: 'toString', disaggregations: ['hasOwnProperty'], lead: 'valueOf' }, {
      actors: [{ id: 'valueOf', name: 'V' }],
      dimensions: [{ id: 'hasOwnProperty', title: 'D', codes: [{ code: 'toString', label: 'T' }, { code: 'valueOf', label: 'V' }] }],
    }));
    const { observations, rejected } = parseObservations([
      { indicator: 'toString', period: '2024', value: 1, disaggregation: { hasOwnProperty: 'toString' }, reportedBy: 'valueOf' },
      { indicator: 'toString', period: '2024', value: 2, disaggregation: { hasOwnProperty: 'valueOf' }, reportedBy: 'valueOf' },
    ], strategy);
    expect(rejected).toEqual([]);
    const evaluation = evaluate(strategy, observations, { asOf: '2025-06-30', breakdowns: ['hasOwnProperty'] });
    expect(evaluation.indicators[0]?.current?.value).toBe(1.5);
    expect(evaluation.breakdowns.map((breakdown) => breakdown.code)).toEqual(['toString', 'valueOf']);
  });
});

describe('outlier tests never report an infinite score (found by evaluate.prop.test.ts)', () => {
  it('a spread of subnormal numbers (a MAD of 5e-324) gives no modified z-score rather than Infinity', () => {
    const scores = modifiedZScores([0, 0, 5e-324, -5e-324, 1.3e-19]);
    expect(scores === null || scores.every((score) => Number.isFinite(score))).toBe(true);
    const z = zScoreOutlier({ value: 1, mean: 0, stdDev: 5e-324 });
    expect(z.zScore === null || Number.isFinite(z.zScore)).toBe(true);
    expect(z.isOutlier).toBe(z.zScore !== null);
  });

  it.each([
    ['subnormal values', [0, 0, 5e-324, -5e-324, 1.3e-19, 0]],
    ['values near the largest double', [1e308, -1e308, 1e308, -1e308, 1e308, 0]],
    // A MAD of 5e-324 and a deviation of 1.3e-19: a finite score near 1.8e304 that rounding must not overflow.
    ['tiny values with one larger', [0, 5e-324, 1.3167952849520019e-19, 0, 5e-324]],
  ])('a monthly series of %s gives data-quality findings without NaN or Infinity', (_, values) => {
    const strategy = parseStrategy(plan());
    const observations = parseObservations(values.map((value, month) => ({ indicator: 'I', period: `2024${String(month + 1).padStart(2, '0')}`, value })), strategy).observations;
    const evaluation = evaluate(strategy, observations, { asOf: '2025-06-30' });
    expect(badNumbers(evaluation)).toEqual([]);
    expect(badNumbers(meanAndStdDev(values))).toEqual([]);
  });
});
