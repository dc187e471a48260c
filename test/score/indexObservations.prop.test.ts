import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/model/index.js';
import { allPeriodValues, indexObservations } from '../../src/score/index.js';
import { indexGeneric } from '../../src/score/indexGeneric.js';
import { propertyPlan } from './helpers.js';

// The columnar index (and the period values read from it) must give exactly what the plain object
// index gives: same rows in the same order, counts, issues and notes, and the same period values.

const strategy = propertyPlan();

// Wide pools reach every branch; dense pools (few periods, dates and values) make ties, revisions,
// duplicates and several reporters per cell frequent.
const wide = {
  indicator: fc.constantFrom('cnt', 'cnt', 'pct', 'lat', 'low', 'flag', 'nope'),
  period: fc.constantFrom('2024', '2024', '2025', '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2024S1', '2023', '2024Q5'),
  value: fc.constantFrom<Observation['value']>(1, 2, 3, 10, 0.1, 0.2, 0.7, 55.5, null, true, false, 'x'),
  disaggregation: fc.constantFrom<Record<string, string>>({}, {}, { sex: 'female' }, { sex: 'male' }, { sex: 'female', province: 'KH-01' }, { province: 'KH-01', sex: 'female' }, { province: 'KH-02' }, { sex: 'other' }, { age: 'x' }),
  reportedBy: fc.constantFrom<string | undefined>(undefined, 'MOJ', 'MOI', 'MOX'),
  reportedOn: fc.constantFrom<string | undefined>(undefined, '2024-05-01', '2025-01-10', '2025-01-10', '2025-03-01', '2026-01-01'),
  status: fc.constantFrom<Observation['status']>('approved', 'approved', 'submitted', 'draft'),
  source: fc.constantFrom<Observation['source'] | undefined>(undefined, 'A', 'B', ' ', { en: 'E', km: 'K' }),
};
const dense = {
  ...wide,
  indicator: fc.constantFrom('cnt', 'pct', 'lat', 'lat'),
  period: fc.constantFrom('2024', '2024Q1'),
  value: fc.constantFrom<Observation['value']>(1, 2, 0.1, 0.2, 0.7),
  disaggregation: fc.constantFrom<Record<string, string>>({}, { sex: 'female' }, { sex: 'male' }),
  reportedOn: fc.constantFrom<string | undefined>(undefined, '2025-01-10'),
};

const observation = fc.oneof(fc.record(wide), fc.record(dense)).map((spec): Observation => {
  const result: Record<string, unknown> = { indicator: spec.indicator, period: spec.period, value: spec.value, disaggregation: { ...spec.disaggregation }, status: spec.status };
  if (spec.reportedBy !== undefined) result['reportedBy'] = spec.reportedBy;
  if (spec.reportedOn !== undefined) result['reportedOn'] = spec.reportedOn;
  if (spec.source !== undefined) result['source'] = spec.source;
  return result as Observation;
});

const options = fc.record({
  asOf: fc.constantFrom('2025-01-31', '2025-06-30', '2027-01-01'),
  includeDrafts: fc.boolean(),
  where: fc.constantFrom<Record<string, string> | undefined>(undefined, undefined, { sex: 'female' }, { province: 'KH-01' }, { age: 'x' }),
});

describe('columnar observation index', () => {
  it('equals the plain object index, rows, counts, issues, notes and period values', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 60 }), options, (observations, { asOf, includeDrafts, where }) => {
        const fast = indexObservations(strategy, observations, { asOf, includeDrafts, ...(where === undefined ? {} : { where }) });
        const plain = indexGeneric(strategy, observations, asOf, { ...(where ?? {}) }, includeDrafts);
        // Period values first (they read the columnar rows), then the rows themselves.
        expect(JSON.stringify([...allPeriodValues(strategy, fast)])).toBe(JSON.stringify([...allPeriodValues(strategy, plain)]));
        expect(JSON.stringify([...fast.indicators])).toBe(JSON.stringify([...plain.indicators]));
        expect(fast).toEqual(plain);
      }),
      { numRuns: 500 },
    );
  });
});
