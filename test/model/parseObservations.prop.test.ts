import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseObservations, parseStrategy } from '../../src/index.js';

// The fast path of parseObservations must accept and reject exactly what the zod schema (plus the
// strategy checks) does, with the same problems, warnings and output objects (key order included).
// zod stays the specification: `validate: 'zod'` runs every item through it.

const strategy = parseStrategy({
  id: 'prop',
  title: 'Property plan',
  period: { start: 2024, end: 2028 },
  baselineYear: 2023,
  levels: [{ id: 'pillar', title: 'Pillar' }],
  actors: [{ id: 'MOJ', name: 'Justice' }, { id: 'MOI', name: 'Interior' }],
  dimensions: [
    { id: 'sex', title: 'Sex', codes: [{ code: 'female', label: 'Female' }, { code: 'male', label: 'Male' }] },
    { id: 'province', title: 'Province', codes: [{ code: 'KH-01', label: 'One' }, { code: 'KH-02', label: 'Two' }] },
  ],
  results: [{ id: 'P', title: 'P', level: 'pillar' }],
  indicators: [
    { id: 'cnt', title: 'Count', result: 'P', measure: 'count', direction: 'none', disaggregations: ['sex', 'province'] },
    { id: 'cnt2', title: 'Count 2', result: 'P', measure: 'count', direction: 'none', disaggregations: ['sex'] },
    { id: 'pct', title: 'Percent', result: 'P', measure: 'percent', direction: 'none' },
    { id: 'flag', title: 'Flag', result: 'P', measure: 'boolean', direction: 'none' },
    { id: 'lvl', title: 'Level', result: 'P', measure: 'ordinal', direction: 'none', levels: [{ code: 'low', label: 'Low' }, { code: 'high', label: 'High' }] },
    { id: 'txt', title: 'Text', result: 'P', measure: 'qualitative', direction: 'none' },
    { id: 'rate', title: 'Rate', result: 'P', measure: 'ratio', direction: 'none', ratio: { numerator: 'cnt', denominator: 'cnt2' } },
    // The fast path checks numbers against ranges built from each measure and its limits.
    { id: 'lim', title: 'Count 2–10', result: 'P', measure: 'count', direction: 'none', limits: { min: 2, max: 10 } },
    { id: 'pctlim', title: 'Percent 10–90.5', result: 'P', measure: 'percent', direction: 'none', limits: { min: 10, max: 90.5 } },
    { id: 'pctlow', title: 'Percent below 150', result: 'P', measure: 'percent', direction: 'none', limits: { min: -20, max: 150 } },
    { id: 'money', title: 'Money', result: 'P', measure: 'currency', currency: 'USD', direction: 'none', limits: { max: 1000 } },
    { id: 'ratio', title: 'Plain ratio', result: 'P', measure: 'ratio', direction: 'none' },
    { id: 'perk', title: 'Rate per 1000', result: 'P', measure: 'rate', ratePer: 1000, direction: 'none', limits: { min: -5 } },
  ],
});

const ABSENT = Symbol('absent');
const FIELDS = ['indicator', 'period', 'value', 'disaggregation', 'reportedBy', 'reportedOn', 'status', 'source', 'note', 'external', 'extra'] as const;
type Field = (typeof FIELDS)[number];

// Valid values per reported indicator, so that most items are valid and duplicates, conflicts,
// revisions and mixed dimension sets are frequent; then 0–2 mutations from the edge cases below.
const VALID: Readonly<Record<string, { values: unknown[]; disaggregations: (() => unknown)[] }>> = {
  cnt: { values: [0, 1, 5, 5, 50], disaggregations: [() => ({}), () => ({ sex: 'female' }), () => ({ sex: 'male' }), () => ({ sex: 'female', province: 'KH-01' }), () => ({ province: 'KH-01', sex: 'female' }), () => ({ province: 'KH-02' })] },
  cnt2: { values: [1, 2, null], disaggregations: [() => ({}), () => ({ sex: 'female' }), () => ABSENT] },
  pct: { values: [0, 45.5, 100, null], disaggregations: [() => ({}), () => ABSENT] },
  flag: { values: [true, false], disaggregations: [() => ({})] },
  lvl: { values: ['low', 'high'], disaggregations: [() => ({})] },
  txt: { values: ['fine', ''], disaggregations: [() => ({})] },
  // Values at, inside and just outside each range, so that both paths see both verdicts.
  lim: { values: [2, 10, 5, 1, 11, 2.5, 0], disaggregations: [() => ({})] },
  pctlim: { values: [10, 90.5, 50, 9.99, 90.51, 0, 100], disaggregations: [() => ({})] },
  pctlow: { values: [0, 100, -1, 150, 100.5], disaggregations: [() => ({})] },
  money: { values: [0, 1000, 999.99, 1000.01, -0.01, 12.5], disaggregations: [() => ({})] },
  ratio: { values: [0.7, -3, 0, 1e9, 1e-12], disaggregations: [() => ({})] },
  perk: { values: [-5, -5.01, 0, 12.345, 1e6], disaggregations: [() => ({})] },
};

const EDGE: Readonly<Record<Field, readonly unknown[]>> = {
  indicator: ['rate', 'nope', '', 5, null, ABSENT],
  period: ['2024Q5', '2030', '2022', '1990', '202401', '2024W5', '', 2024, 'abc', '2024-01', 'x'.repeat(21), ABSENT],
  value: [101, -1, 1.5, -0, Number.NaN, Number.POSITIVE_INFINITY, true, 'x', 'low', {}, [], 'y'.repeat(20_001), ABSENT],
  disaggregation: [() => ({ sex: 'other' }), () => ({ age: 'x' }), () => ({ sex: 1 }), () => [], () => null, () => 'x', () => JSON.parse('{"__proto__":"x"}') as unknown, () => ({ constructor: 'x' }), () => Object.assign(Object.create(null) as object, { sex: 'female' })],
  reportedBy: ['MOX', '', 5],
  reportedOn: ['2023-02-29', '2025-1-1', 5, ''],
  status: ['final', 1, ''],
  source: [{ en: 'x' }, { EN: 'x' }, 5, 'z'.repeat(20_001)],
  note: [7, { km: 'x' }],
  external: [{ a: 'b' }, { a: 1 }],
  extra: [1],
};

const base = fc.record({
  indicator: fc.constantFrom(...Object.keys(VALID)),
  period: fc.constantFrom('2024', '2025', '2024Q1', '2024Q2'),
  pick: fc.nat(),
  reportedBy: fc.constantFrom<unknown>(ABSENT, 'MOJ', 'MOI'),
  reportedOn: fc.constantFrom<unknown>(ABSENT, '2025-01-10', '2025-02-10', '2024-02-29'),
  status: fc.constantFrom<unknown>(ABSENT, 'draft', 'submitted', 'approved'),
  source: fc.constantFrom<unknown>(ABSENT, 'src', 'other'),
  note: fc.constantFrom<unknown>(ABSENT, 'n'),
});

const item = fc.record({
  base,
  mutations: fc.array(fc.record({ field: fc.constantFrom(...FIELDS), pick: fc.nat() }), { maxLength: 2 }),
  order: fc.constantFrom('schema', 'schema', 'reverse', 'rotate'),
  shape: fc.constantFrom('plain', 'plain', 'plain', 'plain', 'plain', 'plain', 'null-prototype', 'undefined-field', 'hidden-field', 'hidden-extra', 'string', 'array'),
}).map(({ base: spec, mutations, order, shape }) => {
  const valid = VALID[spec.indicator] as (typeof VALID)[string];
  const chosen: Record<Field, unknown> = {
    indicator: spec.indicator,
    period: spec.period,
    value: valid.values[spec.pick % valid.values.length],
    disaggregation: (valid.disaggregations[spec.pick % valid.disaggregations.length] as () => unknown)(),
    reportedBy: spec.reportedBy,
    reportedOn: spec.reportedOn,
    status: spec.status,
    source: spec.source,
    note: spec.note,
    external: ABSENT,
    extra: ABSENT,
  };
  for (const mutation of mutations) {
    const edges = EDGE[mutation.field];
    const edge = edges[mutation.pick % edges.length];
    chosen[mutation.field] = typeof edge === 'function' ? (edge as () => unknown)() : edge;
  }
  const entries = FIELDS.filter((key) => chosen[key] !== ABSENT).map((key): [string, unknown] => [key, chosen[key]]);
  if (order === 'reverse') entries.reverse();
  if (order === 'rotate' && entries.length > 1) entries.push(entries.shift() as [string, unknown]);
  if (shape === 'string') return 'not an object';
  if (shape === 'array') return entries.map(([, value]) => value);
  if (shape === 'undefined-field') entries.push(['note', undefined]);
  const target: Record<string, unknown> = shape === 'null-prototype' ? (Object.create(null) as Record<string, unknown>) : {};
  for (const [key, value] of entries) target[key] = value;
  // Properties that for…in does not list but a read by name finds (or that zod may not see).
  if (shape === 'hidden-field') Object.defineProperty(target, 'note', { value: 'hidden', enumerable: false });
  if (shape === 'hidden-extra') Object.defineProperty(target, 'extra', { value: 1, enumerable: false });
  return target;
});

function snapshot(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) => (typeof inner === 'number' && !Number.isFinite(inner) ? String(inner) : inner));
}

describe('parseObservations fast path', () => {
  it('gives exactly the results of the zod path (verdicts, problems, warnings, outputs)', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (input) => {
        const before = snapshot(input);
        const fast = parseObservations(input, strategy);
        const zod = parseObservations(input, strategy, { validate: 'zod' });
        expect(fast).toEqual(zod);
        expect(snapshot(fast)).toBe(snapshot(zod));
        expect(fast.rejected.map((rejected) => rejected.record)).toEqual(zod.rejected.map((rejected) => rejected.record));
        expect(snapshot(input)).toBe(before);
      }),
      { numRuns: 500 },
    );
  });

  it('returns canonical items as given and copies the others like zod', () => {
    const canonical = { indicator: 'cnt', period: '2024', value: 3, disaggregation: { sex: 'female' }, reportedBy: 'MOJ', reportedOn: '2025-01-10', status: 'approved' };
    const loose = { value: 3, period: '2024', indicator: 'cnt' };
    const { observations } = parseObservations([canonical, loose], strategy);
    expect(observations[0]).toBe(canonical);
    expect(observations[1]).not.toBe(loose);
    expect(Object.keys(observations[1] ?? {})).toEqual(['indicator', 'period', 'value', 'disaggregation', 'status']);
  });
});
