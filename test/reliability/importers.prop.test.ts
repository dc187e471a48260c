// Checklist item 12 (nothing lost) for every importer: parseObservations, readObservationsCsv,
// fromDhis2 and fromIatiXml get random mixes of good items (from the Cambodia and DHIS2 examples)
// and bad ones (unknown indicator, invalid period, wrong type, value that does not fit, reserved
// key, unknown field, impossible date, unmapped code …). Always: accepted + rejected = input, every
// rejected item has at least one problem (with a code and a sentence), every bad item is rejected,
// and every good item is accepted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDhis2, fromIatiXml, parseObservations, parseStrategy, readObservationsCsv, toIatiXml, writeObservationsCsv } from '../../src/index.js';
import type { ParsedObservations } from '../../src/index.js';
import { cambodiaObservationsJson, cambodiaStrategyJson, ROOT, runs } from './helpers.js';

const strategy = parseStrategy(cambodiaStrategyJson());
const GOOD = cambodiaObservationsJson();
const accepted = parseObservations(GOOD, strategy);

/** Ways to break an observation, each certainly rejected by the model. */
const BREAK: ReadonlyArray<(item: Record<string, unknown>) => unknown> = [
  (item) => ({ ...item, indicator: 'NO-SUCH-INDICATOR' }),
  (item) => ({ ...item, period: '2024Q5' }),
  (item) => ({ ...item, value: { amount: 3 } }),
  // What JSON.parse gives for 1e400.
  (item) => ({ ...item, value: Number.POSITIVE_INFINITY }),
  (item) => ({ ...item, reportedOn: '2023-02-30' }),
  (item) => ({ ...item, reportedBy: 'NO-SUCH-ACTOR' }),
  (item) => ({ ...item, colour: 'red' }),
  (item) => ({ ...item, status: 'published' }),
  (item) => JSON.parse(JSON.stringify({ ...item, disaggregation: {} }).replace('"disaggregation":{}', '"disaggregation":{"__proto__":"x"}')) as unknown,
  (item) => ({ ...item, disaggregation: { province: 'KH-99' } }),
  () => 'not an object',
  () => null,
  (item) => ({ ...item, indicator: undefined }),
];

function expectAccounted(parsed: ParsedObservations, total: number, bad: ReadonlySet<number>): void {
  expect(parsed.observations.length + parsed.rejected.length).toBe(total);
  const rejected = new Set(parsed.rejected.map((item) => item.index));
  expect(rejected.size).toBe(parsed.rejected.length);
  for (const item of parsed.rejected) {
    expect(item.problems.length).toBeGreaterThan(0);
    for (const problem of item.problems) {
      expect(problem.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(problem.message.length).toBeGreaterThan(10);
    }
  }
  expect([...bad].filter((index) => !rejected.has(index))).toEqual([]);
  expect(parsed.rejected.filter((item) => !bad.has(item.index)).map((item) => [item.index, item.problems.map((problem) => problem.code)])).toEqual([]);
}

/** A mix: distinct good items (by position in `good`) and broken copies, in random order. */
const mixArb = (size: number) => fc.record({
  good: fc.uniqueArray(fc.nat(size - 1), { maxLength: 12 }),
  bad: fc.array(fc.record({ from: fc.nat(size - 1), how: fc.nat(BREAK.length - 1) }), { maxLength: 8 }),
  order: fc.array(fc.integer(), { maxLength: 20 }),
});

function shuffled<T>(items: T[], keys: readonly number[]): T[] {
  return items.map((item, index) => ({ item, key: keys[index] ?? index })).sort((a, b) => a.key - b.key).map((entry) => entry.item);
}

function mix(input: { good: number[]; bad: { from: number; how: number }[]; order: number[] }, good: readonly Record<string, unknown>[]) {
  const items = shuffled([
    ...input.good.map((index) => ({ item: good[index] as unknown, bad: false })),
    ...input.bad.map(({ from, how }) => ({ item: (BREAK[how] as (item: Record<string, unknown>) => unknown)(good[from] as Record<string, unknown>), bad: true })),
  ], input.order);
  return { items: items.map((entry) => entry.item), bad: new Set(items.flatMap((entry, index) => (entry.bad ? [index] : []))) };
}

describe('nothing is lost: every importer accounts for every item (checklist 12)', () => {
  it('the good items are good: the examples import without a rejection', () => {
    expect(accepted.rejected).toEqual([]);
  });

  it('parseObservations', () => {
    fc.assert(fc.property(mixArb(GOOD.length), (input) => {
      const { items, bad } = mix(input, GOOD);
      expectAccounted(parseObservations(items, strategy), items.length, bad);
    }), { numRuns: runs(150) });
  });

  it('readObservationsCsv (long format)', async () => {
    const lines = writeObservationsCsv(strategy, accepted.observations).split('\r\n');
    const header = lines[0] ?? '';
    const rows = lines.slice(1).filter((line) => line !== '');
    // Rows that splitting on commas cannot misread (no quoted field), of indicators whose values are numbers.
    const numeric = new Set(strategy.indicators.filter((indicator) => ['count', 'percent', 'rate', 'currency'].includes(indicator.measure)).map((indicator) => indicator.id));
    const plain = rows.filter((row) => !row.includes('"') && numeric.has(row.split(',')[0] ?? ''));
    const badRow = (row: string, how: number): string => {
      const cells = row.split(',');
      switch (how % 6) {
        case 0: cells[0] = 'NO-SUCH-INDICATOR'; break;
        case 1: cells[1] = '2024Q5'; break;
        case 2: cells[2] = 'twelve'; break;
        case 3: cells[2] = '=1+2'; break;
        case 4: return `${row},extra`;
        default: return cells.slice(0, 2).join(',');
      }
      return cells.join(',');
    };
    await fc.assert(fc.asyncProperty(fc.record({
      good: fc.uniqueArray(fc.nat(rows.length - 1), { maxLength: 12 }),
      bad: fc.array(fc.record({ from: fc.nat(plain.length - 1), how: fc.nat(5) }), { maxLength: 8 }),
      order: fc.array(fc.integer(), { maxLength: 20 }),
    }), fc.constantFrom('\r\n', '\n'), async (input, newline) => {
      const entries = shuffled([
        ...input.good.map((index) => ({ row: rows[index] ?? '', bad: false })),
        ...input.bad.map(({ from, how }) => ({ row: badRow(plain[from] ?? '', how), bad: true })),
      ], input.order);
      const csv = [header, ...entries.map((entry) => entry.row)].join(newline) + newline;
      const result = await readObservationsCsv(csv, strategy);
      expect(result.rows).toBe(entries.length);
      expectAccounted(result, entries.length, new Set(entries.flatMap((entry, index) => (entry.bad ? [index] : []))));
      for (const item of result.rejected) expect(item.line).toBe(item.index + 2);
    }), { numRuns: runs(100) });
  });

  it('fromDhis2', () => {
    const dhis2 = join(ROOT, 'examples', 'dhis2-round-trip');
    const payload = JSON.parse(readFileSync(join(dhis2, 'dataValueSets.json'), 'utf8')) as { dataValues: Record<string, unknown>[] };
    const mapping = JSON.parse(readFileSync(join(dhis2, 'mapping.json'), 'utf8')) as unknown;
    const baseline = fromDhis2(payload, strategy, mapping);
    const good = payload.dataValues.filter((_, index) => !baseline.rejected.some((item) => item.index === index));
    const breakValue: ReadonlyArray<(value: Record<string, unknown>) => unknown> = [
      (value) => ({ ...value, dataElement: 'NotMapped01' }),
      (value) => ({ ...value, orgUnit: 'NotMapped02' }),
      (value) => ({ ...value, categoryOptionCombo: 'NotMapped03' }),
      (value) => ({ ...value, value: 'many' }),
      (value) => ({ ...value, value: '-3' }),
      (value) => ({ ...value, period: '2024Q7' }),
      (value) => ({ ...value, deleted: true }),
      (value) => ({ ...value, lastUpdated: 'yesterday' }),
      (value) => JSON.parse(JSON.stringify(value).replace('{', '{"__proto__":{"polluted":1},')) as unknown,
      () => ['not', 'a', 'value'],
    ];
    fc.assert(fc.property(fc.record({
      good: fc.uniqueArray(fc.nat(good.length - 1), { maxLength: 12 }),
      bad: fc.array(fc.record({ from: fc.nat(good.length - 1), how: fc.nat(breakValue.length - 1) }), { maxLength: 8 }),
      order: fc.array(fc.integer(), { maxLength: 20 }),
    }), (input) => {
      const entries = shuffled([
        ...input.good.map((index) => ({ value: good[index] as unknown, bad: false })),
        ...input.bad.map(({ from, how }) => ({ value: (breakValue[how] as (value: Record<string, unknown>) => unknown)(good[from] as Record<string, unknown>), bad: true })),
      ], input.order);
      const parsed = fromDhis2({ dataValues: entries.map((entry) => entry.value) }, strategy, mapping);
      expectAccounted(parsed, entries.length, new Set(entries.flatMap((entry, index) => (entry.bad ? [index] : []))));
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    }), { numRuns: runs(150) });
  });

  it('fromIatiXml (index counts actual elements in document order)', () => {
    const xml = toIatiXml(strategy, accepted.observations, { reportingOrg: { ref: 'KH-GOV-1' } });
    const actuals = [...xml.matchAll(/<actual value="[^"]*">/g)];
    expect(actuals.length).toBe(accepted.observations.length);
    // (An actual without a value is read as explicitly missing, which is not a loss.)
    const breakActual = ['<actual value="twelve">', '<actual value="0x10">', '<actual value="1,5">', '<actual value="1e400">'];
    fc.assert(fc.property(fc.uniqueArray(fc.nat(actuals.length - 1), { maxLength: 10 }), fc.nat(breakActual.length - 1), (broken, how) => {
      const targets = new Set(broken);
      let position = -1;
      const text = xml.replace(/<actual value="([^"]*)">/g, (whole, value: string) => {
        position += 1;
        // Only numeric actuals can be broken by a wrong number; booleans and codes keep their own check.
        return targets.has(position) && /^-?\d/.test(value) ? (breakActual[how] ?? whole) : whole;
      });
      const bad = new Set([...xml.matchAll(/<actual value="([^"]*)">/g)].flatMap((match, index) => (targets.has(index) && /^-?\d/.test(match[1] ?? '') ? [index] : [])));
      const result = fromIatiXml(text);
      expectAccounted(result, actuals.length, bad);
    }), { numRuns: runs(25) });
  });
});
