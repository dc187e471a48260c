import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, LogframeError, parseStrategy } from '../../src/index.js';
import { checkEvaluateOptions } from '../../src/rollup/checkEvaluateOptions.js';
import { EvaluateOptionsSchema } from '../../src/rollup/evaluateOptions.js';
import { anyValue, dateLike, edgeValue, EDGE_VALUES, expectAgreement, optionObject, viaZod } from '../score/optionOracle.js';

// evaluate checks its options by hand (zod stays out of its bundle). EvaluateOptionsSchema is the
// specification: the hand check must give exactly what its safeParse and problemsFromZod give.

const PREFIX = ['options'];
const agree = (input: unknown) => expectAgreement(checkEvaluateOptions, EvaluateOptionsSchema, input, PREFIX);

// Each field is mostly valid, else near-valid, else anything: about two objects in five are valid,
// and the others fail in few places.
const mostly = (valid: fc.Arbitrary<unknown>, near: fc.Arbitrary<unknown> = edgeValue) => fc.oneof({ weight: 60, arbitrary: valid }, { weight: 3, arbitrary: near }, { weight: 2, arbitrary: edgeValue }, { weight: 1, arbitrary: anyValue });
const bandNumber = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, -0, 100, 60, 90));
const offBandNumber = fc.oneof(bandNumber, fc.constantFrom(-1, -0.5, 100.5, 101, 1e9));
const positive = fc.double({ min: 0.01, max: 10, noNaN: true });

const options = optionObject({
  asOf: mostly(fc.constantFrom('2025-03-27', '2024-02-29', '2025-06-30', '1999-12-31'), dateLike),
  method: mostly(fc.oneof(fc.constantFrom('default', 'eurostat', 'nope'), fc.record({ preset: fc.constantFrom('default', 'x'), thresholds: fc.dictionary(fc.string({ maxLength: 3 }), fc.double()) }, { requiredKeys: [] }))),
  includeDrafts: mostly(fc.boolean()),
  graceDays: mostly(fc.oneof(fc.integer({ min: 0, max: 3660 }), fc.constantFrom(0, -0, 30, 3660)), fc.constantFrom(-1, -3, 3661, 75.5, 2 ** 53, -0.5)),
  breakdowns: mostly(fc.array(fc.constantFrom('sex', 'province', 'x', ''), { maxLength: 4 }), fc.array(fc.oneof(fc.constantFrom('sex'), edgeValue), { minLength: 1, maxLength: 3 })),
  aggregation: mostly(fc.constantFrom('mean', 'worst'), fc.constantFrom('Mean', 'sum', '')),
  bands: mostly(
    fc.tuple(bandNumber, bandNumber).map(([a, b]) => ({ onTrack: Math.max(a, b), atRisk: Math.min(a, b) })),
    optionObject({ onTrack: mostly(offBandNumber), atRisk: mostly(offBandNumber) }, ['onTrack', 'atRisk']),
  ),
  reportingPeriod: mostly(fc.constantFrom('Yearly', 'SixMonthly', 'Quarterly', 'Monthly'), fc.constantFrom('Weekly', 'yearly')),
  outliers: mostly(optionObject({
    zThreshold: mostly(positive, fc.constantFrom(0, -0, -1)),
    modifiedZThreshold: mostly(positive, fc.constantFrom(0, -2.5)),
    minSample: mostly(fc.integer({ min: 3, max: 12 }), fc.constantFrom(2, 0, 5.5, 2 ** 60)),
  })),
}, ['asOf']);

describe('checkEvaluateOptions agrees with EvaluateOptionsSchema', () => {
  it('on option objects: valid ones, near-valid mutations, wrong types, unknown and reserved keys (5000 runs)', () => {
    let accepted = 0;
    fc.assert(fc.property(options, (input) => {
      if (agree(input).ok) accepted++;
    }), { numRuns: 5000 });
    // Both verdicts must be well represented for the comparison to mean something.
    expect(accepted).toBeGreaterThan(1000);
    expect(accepted).toBeLessThan(4000);
  });

  it('on anything at all (2000 runs)', () => {
    fc.assert(fc.property(fc.oneof(anyValue, edgeValue), (input) => {
      agree(input);
    }), { numRuns: 2000 });
  });

  it('on evaluation dates (2000 runs)', () => {
    fc.assert(fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 })), (asOf) => {
      agree({ asOf });
    }), { numRuns: 2000 });
  });

  it('on the corner cases, one by one', () => {
    const cases: unknown[] = [
      undefined, null, [], 'x', 5, {}, { asOf: undefined }, { asOf: '2025-03-27' }, { asOf: '2023-02-29' }, { asOf: '2025-3-27' }, { asOf: 20250327 },
      { asOf: '2025-03-27', method: undefined, bands: undefined, graceDays: undefined },
      { asOf: '2025-03-27', graceDays: -0 }, { asOf: '2025-03-27', graceDays: 2 ** 53 }, { asOf: '2025-03-27', graceDays: -(2 ** 53) }, { asOf: '2025-03-27', graceDays: 1e300 },
      { asOf: '2025-03-27', graceDays: 1.5 }, { asOf: '2025-03-27', graceDays: Number.NaN }, { asOf: '2025-03-27', graceDays: Number.POSITIVE_INFINITY },
      { asOf: '2025-03-27', bands: { onTrack: 50, atRisk: 60 } }, { asOf: '2025-03-27', bands: { onTrack: -5, atRisk: 60 } },
      { asOf: '2025-03-27', bands: { onTrack: 50, atRisk: 60, extra: 1 } }, { asOf: '2025-03-27', bands: { onTrack: 'x', atRisk: 60 } },
      { asOf: '2025-03-27', bands: { onTrack: -0, atRisk: 0 } }, { asOf: '2025-03-27', bands: { atRisk: 60 } }, { asOf: '2025-03-27', bands: null },
      { asOf: '2025-03-27', outliers: {} }, { asOf: '2025-03-27', outliers: { zThreshold: 0, minSample: 2.5 } }, { asOf: '2025-03-27', outliers: { minSample: 2 ** 60 } },
      { asOf: '2025-03-27', breakdowns: [, 'x'] }, { asOf: '2025-03-27', breakdowns: 'sex' }, { asOf: '2025-03-27', breakdowns: [1, null] },
      { asOf: '2025-03-27', method: { preset: 'nope' } }, { asOf: '2025-03-27', aggregation: null }, { asOf: '2025-03-27', includeDrafts: 'yes' },
      JSON.parse('{"asOf":"2025-03-27","__proto__":{"asOf":"x"}}'), JSON.parse('{"asOf":"2025-03-27","bands":{"onTrack":90,"atRisk":60,"__proto__":1}}'),
      { asOf: '2025-03-27', constructor: 1, prototype: 2 }, Object.create({ asOf: '2025-03-27', extra: 1 }), Object.assign(Object.create(null) as object, { asOf: '2025-03-27' }),
      { asOf: '2025-03-27', [Symbol('s')]: 1 }, new Date(0), new Map(), new String('ab'),
      ...EDGE_VALUES.map((make) => ({ asOf: '2025-03-27', bands: make() })),
      ...EDGE_VALUES.map((make) => ({ asOf: make(), outliers: make(), graceDays: make() })),
    ];
    for (const input of cases) agree(input);
  });

  it('fills in every default, in schema order', () => {
    expect(checkEvaluateOptions({ asOf: '2025-03-27' }, PREFIX)).toEqual({
      ok: true,
      value: { asOf: '2025-03-27', includeDrafts: false, graceDays: 30, breakdowns: [], aggregation: 'mean', reportingPeriod: 'Yearly', outliers: { zThreshold: 3, modifiedZThreshold: 3, minSample: 5 } },
    });
  });

  it('is what evaluate reports', () => {
    const strategy = parseStrategy({
      id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
      levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'Justice', level: 'pillar' }],
      indicators: [{ id: 'cases', title: 'Cases', result: 'P', measure: 'count', baseline: { period: '2023', value: 100 }, targets: { '2028': 150 } }],
    });
    const input = { asOf: '2025-02-30', graceDays: -1, bands: { onTrack: 50, atRisk: 60 }, colour: 'red' };
    const zod = viaZod(EvaluateOptionsSchema, input, PREFIX, false);
    expect(zod.ok).toBe(false);
    try {
      evaluate(strategy, [], input as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LogframeError);
      expect((error as LogframeError).problems).toEqual(zod.ok ? [] : zod.problems);
      expect((error as LogframeError).problems.map((problem) => problem.code)).toEqual(['INVALID_VALUE', 'TOO_SMALL', 'INVALID_VALUE', 'UNKNOWN_KEY']);
    }
  });
});
