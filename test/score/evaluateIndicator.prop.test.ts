import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation, Strategy } from '../../src/index.js';
import { allPeriodValues, evaluateIndicator, indexObservations, PRESETS, scoreIndicator } from '../../src/score/index.js';
import type { PresetId } from '../../src/score/index.js';
import { badNumbers, strategyWith } from './helpers.js';

const PERIODS = ['2024', '2025', '2024', '2025', '2022', '2023', '2024', '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2024S2', '2025', '2025Q1', '202506', '2025July', '2026', '2026Q1', '2028'];
const DATES = ['2023-06-01', '2024-03-31', '2024-12-31', '2025-01-15', '2025-03-31', '2025-07-01', '2026-01-31', '2026-06-30', '2027-02-01', '2029-03-01'];

interface Shape {
  measure: 'count' | 'percent' | 'ratio';
  direction: 'increase' | 'decrease' | 'maintain' | 'range' | 'none';
  baseline: number;
  target: number | null;
  milestone: number | null;
  cumulative: boolean;
  time: 'sum' | 'latest' | 'mean' | null;
  across: 'sum' | 'mean' | 'min' | 'max' | 'latest' | null;
  frequency: 'Yearly' | 'Quarterly' | 'Monthly';
  limit: boolean;
}

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  measure: fc.constantFrom('count', 'percent', 'ratio'),
  direction: fc.constantFrom('increase', 'decrease', 'maintain', 'range', 'none'),
  baseline: fc.integer({ min: 0, max: 100 }),
  target: fc.option(fc.integer({ min: 0, max: 100 })),
  milestone: fc.option(fc.integer({ min: 0, max: 100 })),
  cumulative: fc.boolean(),
  time: fc.option(fc.constantFrom('sum', 'latest', 'mean')),
  across: fc.option(fc.constantFrom('sum', 'mean', 'min', 'max', 'latest')),
  frequency: fc.constantFrom('Yearly', 'Quarterly', 'Monthly'),
  limit: fc.boolean(),
}) as fc.Arbitrary<Shape>;

/** A valid strategy around one generated indicator, with a ratio and a formula over two more. */
function strategyOf(shape: Shape): Strategy {
  let { target, milestone } = shape;
  // Keep targets on the side of the baseline the direction asks for, as parseStrategy requires.
  if (target !== null && shape.direction === 'increase') target = Math.max(target, shape.baseline);
  if (target !== null && shape.direction === 'decrease') target = Math.min(target, shape.baseline);
  if (milestone !== null && target === null) milestone = null;
  const targets: Record<string, number> = {};
  if (milestone !== null) targets['2025'] = milestone;
  if (target !== null) targets['2028'] = target;
  return strategyWith([
    {
      id: 'main',
      measure: shape.measure,
      direction: shape.direction,
      baseline: { period: '2023', value: shape.baseline },
      targets,
      cumulative: shape.cumulative,
      frequency: shape.frequency,
      disaggregations: ['sex'],
      ...(shape.time === null && shape.across === null ? {} : { aggregation: { ...(shape.time === null ? {} : { time: shape.time }), ...(shape.across === null ? {} : { disaggregations: shape.across }) } }),
      ...(shape.direction === 'range' ? { range: { min: 20, max: 60 } } : {}),
      ...(shape.direction === 'maintain' ? { tolerance: 3 } : {}),
      ...(shape.limit ? { limits: { min: 0, max: 100 } } : {}),
    },
    { id: 'num', direction: 'none' },
    { id: 'den', direction: 'none' },
    { id: 'rate', measure: 'percent', baseline: { period: '2023', value: 10 }, targets: { '2028': 50 }, ratio: { numerator: 'num', denominator: 'den', factor: 100 } },
    { id: 'gap', measure: 'ratio', direction: 'decrease', baseline: { period: '2023', value: 5 }, targets: { '2028': 0 }, formula: '#{num} - #{den} / 2' },
  ]);
}

const observationArb: fc.Arbitrary<Observation> = fc.record({
  indicator: fc.constantFrom('main', 'main', 'num', 'den'),
  period: fc.constantFrom(...PERIODS),
  value: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(0), fc.constant(null), fc.double({ min: 0, max: 100, noNaN: true })),
  disaggregation: fc.constantFrom({}, {}, { sex: 'female' }, { sex: 'male' }),
  reportedBy: fc.constantFrom(undefined, 'MOJ', 'MOI'),
  reportedOn: fc.constantFrom(undefined, ...DATES),
  status: fc.constantFrom('draft', 'submitted', 'approved'),
}).map((item) => {
  const observation: Record<string, unknown> = { ...item };
  for (const key of ['reportedBy', 'reportedOn'] as const) if (observation[key] === undefined) delete observation[key];
  return observation as unknown as Observation;
});

/** Matched numerator and denominator values (the denominator may be 0), so that computed indicators get values. */
const pairsArb: fc.Arbitrary<Observation[]> = fc.array(fc.record({
  period: fc.constantFrom('2024', '2025', '2024Q1'),
  num: fc.integer({ min: 0, max: 50 }),
  den: fc.integer({ min: 0, max: 50 }),
}), { maxLength: 3 }).map((pairs) => pairs.flatMap(({ period, num, den }) => [
  { indicator: 'num', period, value: num, disaggregation: {}, status: 'approved', reportedOn: '2025-01-15' } as Observation,
  { indicator: 'den', period, value: den, disaggregation: {}, status: 'approved', reportedOn: '2025-01-15' } as Observation,
]));

const caseArb = fc.record({
  shape: shapeArb,
  observations: fc.tuple(fc.array(observationArb, { maxLength: 34 }), pairsArb).map(([some, pairs]) => [...some, ...pairs]),
  asOf: fc.constantFrom(...DATES),
  method: fc.constantFrom(...PRESETS) as fc.Arbitrary<PresetId>,
  includeDrafts: fc.boolean(),
});

function scoreAll(strategy: Strategy, observations: readonly Observation[], asOf: string, method: PresetId, includeDrafts: boolean) {
  const index = indexObservations(strategy, observations, { asOf, includeDrafts });
  const computed = allPeriodValues(strategy, index);
  return strategy.indicators.map((indicator) => scoreIndicator(strategy, index, indicator.id, { method }, computed));
}

describe('evaluateIndicator properties', () => {
  it('never outputs NaN, ±Infinity or −0 anywhere in a result', () => {
    fc.assert(fc.property(caseArb, ({ shape, observations, asOf, method, includeDrafts }) => {
      const results = scoreAll(strategyOf(shape), observations, asOf, method, includeDrafts);
      expect(badNumbers(results)).toEqual([]);
      for (const result of results) {
        if (result.score !== null) {
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
        }
        if (['not-scored', 'not-started', 'no-data'].includes(result.status)) expect(result.score).toBeNull();
        else expect(result.score).not.toBeNull();
      }
    }), { numRuns: 300 });
  });

  it('gives a result that does not depend on the order of the observations', () => {
    fc.assert(fc.property(caseArb, fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), ({ shape, observations, asOf, method, includeDrafts }, keys) => {
      const strategy = strategyOf(shape);
      const shuffled = observations.map((observation, position) => ({ observation, key: keys[position] ?? 0 }))
        .sort((a, b) => a.key - b.key).map((item) => item.observation);
      expect(scoreAll(strategy, shuffled, asOf, method, includeDrafts)).toEqual(scoreAll(strategy, observations, asOf, method, includeDrafts));
    }), { numRuns: 200 });
  });

  it('gives deep-equal output for the same input', () => {
    fc.assert(fc.property(caseArb, ({ shape, observations, asOf, method, includeDrafts }) => {
      const strategy = strategyOf(shape);
      const first = scoreAll(strategy, observations, asOf, method, includeDrafts);
      const second = scoreAll(strategy, structuredClone(observations), asOf, method, includeDrafts);
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    }), { numRuns: 100 });
  });

  it('makes progress monotone in the actual value, per direction', () => {
    const arb = fc.record({
      direction: fc.constantFrom('increase', 'decrease'),
      baseline: fc.integer({ min: 0, max: 100 }),
      distance: fc.integer({ min: 1, max: 100 }),
      a: fc.double({ min: 0, max: 300, noNaN: true }),
      b: fc.double({ min: 0, max: 300, noNaN: true }),
    });
    fc.assert(fc.property(arb, ({ direction, baseline, distance, a, b }) => {
      const target = direction === 'increase' ? baseline + distance : baseline - distance;
      const strategy = strategyWith([{ measure: 'ratio', direction, baseline: { period: '2023', value: baseline }, targets: { '2028': target } }]);
      const progressOf = (value: number) => {
        const observation = { indicator: 'I1', period: '2024', value, disaggregation: {}, status: 'submitted' } as Observation;
        return evaluateIndicator(strategy, [observation], 'I1', { asOf: '2025-06-30' }).progress as number;
      };
      const [low, high] = a <= b ? [a, b] : [b, a];
      expect(progressOf(low)).not.toBeNull();
      if (direction === 'increase') expect(progressOf(low)).toBeLessThanOrEqual(progressOf(high));
      else expect(progressOf(low)).toBeGreaterThanOrEqual(progressOf(high));
    }), { numRuns: 300 });
  });
});
