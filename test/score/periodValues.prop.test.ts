import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/model/index.js';
import { allPeriodValues, indexObservations, periodValues } from '../../src/score/index.js';
import { indexGeneric } from '../../src/score/indexGeneric.js';
import { valueCells } from '../../src/score/lazyPeriodValues.js';
import { propertyPlan } from './helpers.js';

// Period values on the columnar index keep their cells in a table and make the cell objects when
// `cells` is first read: whatever is read first, and whether the indicators are worked out all at
// once or one at a time, they must be what the object index gives. Periods are either all quarters
// (no overlap: the cells stay unmade until read) or mixed with years and halves (overlaps: the
// checks make them at once).

const strategy = propertyPlan();

const quarters = ['2024Q1', '2024Q2', '2024Q3', '2025Q1'];
const observation = (periods: readonly string[]) => fc.record({
  indicator: fc.constantFrom('cnt', 'cnt', 'pct', 'lat', 'low'),
  period: fc.constantFrom(...periods),
  value: fc.constantFrom<Observation['value']>(1, 2, 3, 0.1, 0.7, 55.5, null, 'x'),
  disaggregation: fc.constantFrom<Record<string, string>>({}, { sex: 'female' }, { sex: 'male' }, { sex: 'female', province: 'KH-01' }, { province: 'KH-02' }),
  reportedBy: fc.constantFrom<string | undefined>(undefined, 'MOJ', 'MOI'),
  reportedOn: fc.constantFrom<string | undefined>(undefined, '2024-05-01', '2025-01-10'),
  source: fc.constantFrom<string | undefined>(undefined, 'A', 'B', 'C'),
}).map((spec): Observation => {
  const result: Record<string, unknown> = { indicator: spec.indicator, period: spec.period, value: spec.value, disaggregation: spec.disaggregation, status: 'approved' };
  if (spec.reportedBy !== undefined) result['reportedBy'] = spec.reportedBy;
  if (spec.reportedOn !== undefined) result['reportedOn'] = spec.reportedOn;
  if (spec.source !== undefined) result['source'] = spec.source;
  return result as Observation;
});
const observations = fc.oneof(fc.array(observation(quarters), { maxLength: 60 }), fc.array(observation([...quarters, '2024', '2024S1']), { maxLength: 60 }));
const asOf = '2025-06-30';
const ids = strategy.indicators.map((indicator) => indicator.id);

describe('period values with cells made on first read', () => {
  it('equal the object index\'s, read in any order, all at once or one at a time', () => {
    fc.assert(
      fc.property(observations, fc.shuffledSubarray(ids, { minLength: ids.length }), (items, order) => {
        const index = indexObservations(strategy, items, { asOf });
        const expected = allPeriodValues(strategy, indexGeneric(strategy, items, asOf, {}, false));
        const values = allPeriodValues(strategy, index);
        // Lighter cells first (they must not make the cell objects), then the cells in a random order.
        for (const id of order) {
          const light = valueCells(values.get(id) as NonNullable<ReturnType<typeof values.get>>);
          expect(light.map((cell) => [cell.period, cell.start, cell.end, cell.value, cell.observations]))
            .toEqual(expected.get(id)?.cells.map((cell) => [cell.period, cell.start, cell.end, cell.value, cell.observations]));
        }
        for (const id of order) expect(JSON.stringify(values.get(id)?.cells)).toBe(JSON.stringify(expected.get(id)?.cells));
        expect(JSON.stringify([...values])).toBe(JSON.stringify([...expected]));
        for (const id of order) expect(JSON.stringify(periodValues(strategy, index, id))).toBe(JSON.stringify(expected.get(id)));
      }),
      { numRuns: 300 },
    );
  });
});
