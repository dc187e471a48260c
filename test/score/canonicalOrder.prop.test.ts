import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStrategy } from '../../src/model/index.js';
import type { Observation } from '../../src/model/index.js';
import { canonicalOrder } from '../../src/score/canonicalOrder.js';
import { encodeObservations, IS_APPROVED, IS_DRAFT, IS_NULL, IS_NUMBER, IS_REPORTED, REC_PERIOD, REC_REPORTER, RECORD_NUMBERS, RECORD_WORDS } from '../../src/score/observationStore.js';
import { disaggregationKey } from '../../src/model/index.js';

// canonicalOrder sorts with a counting sort, records moved whole, and per slot either an insertion
// sort or a numeric sort of packed keys. Here it is held to the order it promises, written as one
// comparator: indicator (strategy order), period id, disaggregation key, reporter, then the rest
// of the observation, then input order.

const provinces = Array.from({ length: 9 }, (_, i) => `KH-0${i + 1}`);
const strategy = parseStrategy({
  id: 'order',
  title: 'Order',
  period: { start: 2024, end: 2028 },
  baselineYear: 2023,
  levels: [{ id: 'pillar', title: 'Pillar' }],
  actors: [{ id: 'MOJ', name: 'Justice' }, { id: 'MOI', name: 'Interior' }],
  dimensions: [
    { id: 'sex', title: 'Sex', codes: [{ code: 'female', label: 'Female' }, { code: 'male', label: 'Male' }] },
    { id: 'province', title: 'Province', codes: provinces.map((code) => ({ code, label: code })) },
  ],
  results: [{ id: 'P', title: 'P', level: 'pillar' }],
  indicators: [
    { id: 'b', title: 'B', result: 'P', measure: 'count', direction: 'none', disaggregations: ['sex', 'province'] },
    { id: 'a', title: 'A', result: 'P', measure: 'count', direction: 'none', disaggregations: ['province'] },
  ],
});

const observation = fc
  .record({
    indicator: fc.constantFrom('a', 'b', 'b', 'zz'),
    period: fc.constantFrom('2024', '2024Q1', '2025', '2024Q10'),
    value: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(null)),
    sex: fc.constantFrom(undefined, 'female', 'male'),
    province: fc.constantFrom(undefined, ...provinces),
    reportedBy: fc.constantFrom(undefined, 'MOJ', 'MOI'),
    reportedOn: fc.constantFrom(undefined, '2025-01-10', '2025-02-01', '2027-01-01'),
    status: fc.constantFrom<Observation['status']>('approved', 'submitted', 'draft'),
    note: fc.constantFrom(undefined, 'x', 'y'),
  })
  .map((spec): Observation => {
    const disaggregation: Record<string, string> = {};
    if (spec.province !== undefined) disaggregation['province'] = spec.province;
    if (spec.sex !== undefined) disaggregation['sex'] = spec.sex;
    const result: Record<string, unknown> = { indicator: spec.indicator, period: spec.period, value: spec.value, disaggregation, status: spec.status };
    if (spec.reportedBy !== undefined) result['reportedBy'] = spec.reportedBy;
    if (spec.reportedOn !== undefined) result['reportedOn'] = spec.reportedOn;
    if (spec.note !== undefined) result['note'] = spec.note;
    return result as Observation;
  });

const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const rest = (o: Observation): string =>
  [o.reportedOn ?? '', o.status, typeof o.value, JSON.stringify(o.value), JSON.stringify(o.source ?? null), JSON.stringify(o.note ?? null), JSON.stringify(o.external ?? null)].join('\u0000');

function expected(observations: readonly Observation[], asOf: string, includeDrafts: boolean): number[] {
  const position = new Map(strategy.indicators.map((indicator, index) => [indicator.id, index]));
  const kept = observations.map((_, i) => i).filter((i) => {
    const o = observations[i] as Observation;
    if (!position.has(o.indicator)) return false;
    if (o.status === 'draft' && !includeDrafts) return false;
    return o.reportedOn === undefined || o.reportedOn <= asOf;
  });
  return kept.sort((x, y) => {
    const a = observations[x] as Observation;
    const b = observations[y] as Observation;
    return (position.get(a.indicator) as number) - (position.get(b.indicator) as number)
      || text(a.period, b.period)
      || text(disaggregationKey(a.disaggregation ?? {}), disaggregationKey(b.disaggregation ?? {}))
      || text(a.reportedBy ?? '', b.reportedBy ?? '')
      || text(rest(a), rest(b))
      || x - y;
  });
}

describe('canonicalOrder', () => {
  it('orders by indicator, period id, disaggregation key, reporter, the rest and input order', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 200 }), fc.constantFrom('2025-01-31', '2026-06-30'), fc.boolean(), (observations, asOf, includeDrafts) => {
        checkOrder(observations, asOf, includeDrafts);
      }),
      { numRuns: 300 },
    );
  });

  it('moves the records of a large store (many blocks of the in-place move) to the same order', () => {
    // 20,000 observations: the records go to their blocks of 4,096 first, then within each block.
    const observations = fc.sample(observation, { numRuns: 20_000, seed: 20261130 });
    checkOrder(observations, '2026-06-30', false);
    checkOrder(fc.sample(observation, { numRuns: 9_000, seed: 7 }), '2025-01-31', true);
  });

  it('refuses a store already put in order (its records are no longer in input order)', () => {
    const store = encodeObservations(strategy, [{ indicator: strategy.indicators[0]!.id, period: '2024', value: 1, status: 'approved' } as Observation])!;
    canonicalOrder(store, '2026-06-30', false);
    expect(() => canonicalOrder(store, '2026-06-30', false)).toThrow(/canonical order already/);
  });
});

/** Encodes, orders, and checks the order, the records moved with it and the offsets per indicator. */
function checkOrder(observations: readonly Observation[], asOf: string, includeDrafts: boolean): void {
  const store = encodeObservations(strategy, observations);
  expect(store).not.toBeNull();
  const canonical = canonicalOrder(store!, asOf, includeDrafts);
  expect(canonical).not.toBeNull();
  const order = [...canonical!.order];
  expect(order).toEqual(expected(observations, asOf, includeDrafts));
  // The store's own records were moved (no copy): the kept ones in canonical order, then every
  // left-out one, in input order.
  expect(canonical!.words).toBe(store!.columns.words);
  const inOrder = new Set(order);
  const left = observations.map((_, i) => i).filter((i) => !inOrder.has(i));
  expect([...canonical!.inputIndex]).toEqual([...order, ...left]);
  // The records follow the order.
  canonical!.inputIndex.forEach((i, j) => {
    const observation = observations[i] as Observation;
    expect(store!.columns.flags[j]).toBe(flagsOf(observation));
    expect(store!.columns.numbers[j * RECORD_NUMBERS]).toBe(typeof observation.value === 'number' ? observation.value : 0);
    expect(store!.tables.periods[store!.columns.words[j * RECORD_WORDS + REC_PERIOD] as number]?.id).toBe(observation.period);
    expect(store!.tables.reporters[store!.columns.words[j * RECORD_WORDS + REC_REPORTER] as number]).toBe(observation.reportedBy ?? '');
  });
  // Offsets per indicator.
  const counts = strategy.indicators.map((indicator) => order.filter((i) => observations[i]?.indicator === indicator.id).length);
  expect([...canonical!.start]).toEqual([0, counts[0], (counts[0] as number) + (counts[1] as number)]);
}

function flagsOf(observation: Observation): number {
  const { value, status } = observation;
  return (typeof value === 'number' ? IS_NUMBER : value === null ? IS_NULL : 0)
    | (status === 'draft' ? IS_DRAFT : status === 'approved' ? IS_APPROVED : 0)
    | (observation.reportedBy !== undefined ? IS_REPORTED : 0);
}
