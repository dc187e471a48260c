import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Target } from '../../src/model/index.js';
import { targetsInForce, targetValueOn } from '../../src/model/index.js';
import { parsePeriod } from '../../src/periods/index.js';
import { targetsUsed } from '../../src/score/targetsUsed.js';
import { timeOfPeriod } from '../../src/score/timeAxis.js';

/** targetsInForce as first written: every entry parsed, then sorted by end and start. */
function reference(targets: Readonly<Record<string, Target>>, asOf: string) {
  const entries: { target: { period: string; value: unknown; revisedOn: string | null }; end: string; start: string }[] = [];
  for (const [period, target] of Object.entries(targets)) {
    let parsed;
    try {
      parsed = parsePeriod(period);
    } catch {
      continue;
    }
    const { value, revisedOn } = targetValueOn(target, asOf);
    entries.push({ target: { period, value, revisedOn }, end: parsed.end, start: parsed.start });
  }
  entries.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return entries.map((entry) => entry.target);
}

// Several ids end on the same day (2024, 2024S2, 2024Q4, 202412, 2024W52 …); some are not periods.
const IDS = ['2024', '2028', '2025', '2024S2', '2024Q4', '202412', '2024Q1', '2026July', '2024W52', '2025S1', 'not-a-period', '2024-13', '2023YTD10', '2027'];
const targetArb: fc.Arbitrary<Target> = fc.oneof(
  fc.integer({ min: 0, max: 500 }),
  fc.record({
    value: fc.integer({ min: 0, max: 500 }),
    revisions: fc.array(fc.record({ value: fc.integer({ min: 0, max: 500 }), effective: fc.constantFrom('2024-07-01', '2025-01-01', '2025-07-01', '2026-07-01') }), { maxLength: 3 }),
  }),
) as fc.Arbitrary<Target>;

describe('targetsUsed', () => {
  it('orders targets as targetsInForce does, with the values in force, their times and the end target\'s type', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...IDS), targetArb, { maxKeys: 8 }), fc.constantFrom('2024-12-31', '2025-06-30', '2026-12-31'), (targets, asOf) => {
      const inForce = targetsInForce({ targets }, asOf);
      expect(inForce).toEqual(reference(targets, asOf));
      const { targets: used, endType } = targetsUsed({ targets }, asOf);
      expect(used.map(({ period, value, revisedOn }) => ({ period, value, revisedOn }))).toEqual(inForce);
      for (const target of used) expect(target.t).toBe(timeOfPeriod(target.period));
      const last = inForce[inForce.length - 1];
      expect(endType).toBe(last === undefined ? null : parsePeriod(last.period).type);
    }), { numRuns: 500 });
  });
});
