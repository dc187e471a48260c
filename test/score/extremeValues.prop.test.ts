import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/index.js';
import { allPeriodValues, indexObservations, PRESETS, scoreIndicator } from '../../src/score/index.js';
import type { PresetId } from '../../src/score/index.js';
import { resultIsClean } from '../../src/score/cleanResult.js';
import { badNumbers, strategyWith } from './helpers.js';

/** Finite numbers at the edges: sums and ratios of these overflow, underflow and lose their sign. */
const EXTREMES = [Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, -1e308, 1e-300, -1e-300, Number.MIN_VALUE, -Number.MIN_VALUE, 0, 1, -1, 0.1, 1e15, -1e15];
const extreme = fc.constantFrom(...EXTREMES);
const PERIODS = ['2023', '2024', '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025', '2025Q1', '2026', '2028'];

const caseArb = fc.record({
  direction: fc.constantFrom('increase', 'decrease', 'maintain', 'range', 'none'),
  baseline: extreme,
  target: fc.option(extreme),
  milestone: fc.option(extreme),
  time: fc.constantFrom('sum', 'latest', 'mean'),
  cumulative: fc.boolean(),
  values: fc.array(fc.record({ period: fc.constantFrom(...PERIODS), value: extreme }), { maxLength: 12 }),
  asOf: fc.constantFrom('2024-12-31', '2025-06-30', '2026-03-31', '2029-01-31'),
  method: fc.constantFrom(...PRESETS) as fc.Arbitrary<PresetId>,
});

describe('scoring extreme values', () => {
  it('never outputs NaN, ±Infinity or −0, whatever the sizes of the values', () => {
    fc.assert(fc.property(caseArb, (item) => {
      let { target, milestone } = item;
      // Targets on the side of the baseline the direction asks for, as parseStrategy requires.
      if (target !== null && item.direction === 'increase') target = Math.max(target, item.baseline);
      if (target !== null && item.direction === 'decrease') target = Math.min(target, item.baseline);
      if (target === null) milestone = null;
      const targets: Record<string, number> = {};
      if (milestone !== null) targets['2025'] = milestone;
      if (target !== null) targets['2028'] = target;
      const low = Math.min(item.baseline, target ?? item.baseline);
      const high = Math.max(item.baseline, target ?? item.baseline);
      const strategy = strategyWith([{
        measure: 'ratio',
        direction: item.direction,
        baseline: { period: '2023', value: item.baseline },
        targets,
        cumulative: item.cumulative && item.time === 'sum',
        frequency: 'Quarterly',
        aggregation: { time: item.time },
        ...(item.direction === 'range' ? { range: { min: low, max: high } } : {}),
        ...(item.direction === 'maintain' ? { tolerance: 1e300 } : {}),
      }]);
      const observations = item.values.map(({ period, value }) => ({ indicator: 'I1', period, value, disaggregation: {}, status: 'approved', reportedOn: '2024-01-01' }) as Observation);
      const index = indexObservations(strategy, observations, { asOf: item.asOf });
      const result = scoreIndicator(strategy, index, 'I1', { method: item.method }, allPeriodValues(strategy, index));
      expect(badNumbers(result)).toEqual([]);
      expect(resultIsClean(result)).toBe(true);
    }), { numRuns: 400 });
  });
});
