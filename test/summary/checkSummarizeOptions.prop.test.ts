import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, LogframeError, parseStrategy, summarize } from '../../src/index.js';
import { checkSummarizeOptions, ISO_DATETIME } from '../../src/summary/checkSummarizeOptions.js';
import { SummarizeOptionsSchema } from '../../src/summary/options.js';
import { anyValue, dateLike, edgeValue, EDGE_VALUES, expectAgreement, optionObject, twoDigits, viaZod } from '../score/optionOracle.js';

// summarize checks its options by hand (zod stays out of its bundle). SummarizeOptionsSchema is the
// specification: the hand check must give exactly what its safeParse and problemsFromZod give.

const PREFIX = ['options'];
const agree = (input: unknown) => expectAgreement(checkSummarizeOptions, SummarizeOptionsSchema, input, PREFIX);

const mostly = (valid: fc.Arbitrary<unknown>, near: fc.Arbitrary<unknown> = edgeValue) => fc.oneof({ weight: 60, arbitrary: valid }, { weight: 4, arbitrary: near }, { weight: 2, arbitrary: edgeValue }, { weight: 1, arbitrary: anyValue });

// Date-times near RFC 3339: each part mostly valid, else just off (24:00, :60, no seconds, a bare
// or compact offset, lower-case letters, a comma for the fraction, a space for the T).
const part = (valid: fc.Arbitrary<string>, near: fc.Arbitrary<string>) => fc.oneof({ weight: 10, arbitrary: valid }, { weight: 1, arbitrary: near });
const padded = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
const calendarDate = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const dateTime = fc.tuple(
  part(fc.oneof(calendarDate, fc.constantFrom('2024-02-29', '2000-02-29', '1900-02-28', '0000-02-29')), dateLike),
  part(fc.constant('T'), fc.constantFrom('t', ' ', '')),
  part(padded(23), twoDigits(['24', '99'])),
  part(fc.constant(':'), fc.constant('')),
  part(padded(59), twoDigits(['60'])),
  part(padded(59).map((seconds) => `:${seconds}`), fc.constantFrom('', ':60', ':5')),
  part(fc.constantFrom('', '', '.5', '.123456789'), fc.constantFrom('.', ',5', '.5.5')),
  part(fc.constantFrom('Z', '+07:00', '-05:30', '+23:59', '-00:00'), fc.constantFrom('z', '', '+24:00', '+0700', '+07', '+7:00', '+07:60', 'Z ')),
).map((parts) => parts.join(''));

const strategyLike = fc.constantFrom<() => unknown>(
  () => ({ levels: [] }), () => ({ levels: [{ id: 'pillar' }], id: 'x' }), () => Object.create({ levels: [] }) as object,
  () => ({ levels: 'x' }), () => ({}), () => [], () => Object.assign(Object.create(null) as object, { levels: [] }),
).map((make) => make());

const options = optionObject({
  lang: mostly(fc.constantFrom('en', 'km'), fc.constantFrom('fr', 'EN', '')),
  smallCellThreshold: mostly(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom(0, -0, 1_000_000)), fc.constantFrom(-1, 1_000_001, 2.5, -2.5, 1_000_000.5, 2 ** 53, -(2 ** 60))),
  generatedAt: mostly(fc.constantFrom('2025-03-27T10:00:00Z', '2024-02-29T23:59:59.999+07:00', '2025-01-01T00:00:00-05:30'), dateTime),
  maxFindings: mostly(fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(0, -0, 10_000)), fc.constantFrom(-1, 10_001, 0.5, -0.5, 10_000.5)),
  strategy: mostly(strategyLike),
});

describe('checkSummarizeOptions agrees with SummarizeOptionsSchema', () => {
  it('has zod\'s date-time pattern', () => {
    expect(ISO_DATETIME.source).toBe(SummarizeOptionsSchema.shape.generatedAt.unwrap()._zod.def.pattern?.source);
    expect(ISO_DATETIME.flags).toBe('');
  });

  it('on option objects: valid ones, near-valid mutations, wrong types, unknown and reserved keys (5000 runs)', () => {
    let accepted = 0;
    fc.assert(fc.property(options, (input) => {
      if (agree(input).ok) accepted++;
    }), { numRuns: 5000 });
    expect(accepted).toBeGreaterThan(1000);
    expect(accepted).toBeLessThan(4000);
  });

  it('on anything at all (2000 runs)', () => {
    fc.assert(fc.property(fc.oneof(anyValue, edgeValue), (input) => {
      agree(input);
    }), { numRuns: 2000 });
  });

  it('on date-times (3000 runs)', () => {
    let accepted = 0;
    fc.assert(fc.property(fc.oneof({ weight: 6, arbitrary: dateTime }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }), (generatedAt) => {
      if (agree({ generatedAt }).ok) accepted++;
    }), { numRuns: 3000 });
    expect(accepted).toBeGreaterThan(100);
  });

  it('on the corner cases, one by one', () => {
    const cases: unknown[] = [
      undefined, null, [], 'en', 5, {}, { lang: undefined, generatedAt: undefined, strategy: undefined }, { lang: 'km', smallCellThreshold: 0, maxFindings: 0 },
      { smallCellThreshold: -0 }, { smallCellThreshold: 2 ** 53 }, { smallCellThreshold: -(2 ** 53) }, { maxFindings: 1e300 }, { maxFindings: Number.NaN },
      { generatedAt: '2025-03-27T10:00:00Z' }, { generatedAt: '2025-03-27T10:00Z' }, { generatedAt: '2025-02-29T10:00:00Z' }, { generatedAt: '2024-02-29T10:00:00+24:00' },
      { generatedAt: 'z'.repeat(70) }, { generatedAt: 20250327 }, { strategy: null }, { strategy: { levels: [] } }, { strategy: Object.create({ levels: [] }) },
      { lang: 'en', constructor: 1 }, JSON.parse('{"lang":"en","__proto__":{"lang":"km"}}'), Object.create({ lang: 'km', extra: 1 }), { lang: 'en', [Symbol('s')]: 1 },
      new Date(0), new String('ab'),
      ...EDGE_VALUES.map((make) => ({ lang: make(), smallCellThreshold: make(), generatedAt: make(), maxFindings: make(), strategy: make() })),
    ];
    for (const input of cases) agree(input);
  });

  it('is what summarize reports', () => {
    const strategy = parseStrategy({
      id: 'demo', title: 'Demo', period: { start: 2024, end: 2028 }, baselineYear: 2023,
      levels: [{ id: 'pillar', title: 'Pillar' }], results: [{ id: 'P', title: 'Justice', level: 'pillar' }],
      indicators: [{ id: 'cases', title: 'Cases', result: 'P', measure: 'count', baseline: { period: '2023', value: 100 }, targets: { '2028': 150 } }],
    });
    const evaluation = evaluate(strategy, [], { asOf: '2025-03-27' });
    const input = { lang: 'fr', smallCellThreshold: 2.5, generatedAt: '2025-03-27', strategy: {}, colour: 'red' };
    const zod = viaZod(SummarizeOptionsSchema, input, PREFIX, false);
    expect(zod.ok).toBe(false);
    try {
      summarize(evaluation, input as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LogframeError);
      expect((error as LogframeError).problems).toEqual(zod.ok ? [] : zod.problems);
      expect((error as LogframeError).problems.map((problem) => problem.code)).toEqual(['INVALID_VALUE', 'WRONG_TYPE', 'INVALID_FORMAT', 'INVALID_VALUE', 'UNKNOWN_KEY']);
    }
  });
});
