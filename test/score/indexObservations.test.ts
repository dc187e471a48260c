import { describe, expect, it } from 'vitest';
import { LogframeError } from '../../src/index.js';
import type { Observation } from '../../src/index.js';
import { indexObservations } from '../../src/score/index.js';
import { observe, strategyWith } from './helpers.js';

const strategy = strategyWith([{ direction: 'none', disaggregations: ['sex', 'province'] }, { id: 'other', direction: 'none' }]);

describe('indexObservations', () => {
  it('has an entry for every indicator and groups rows by indicator', () => {
    const index = indexObservations(strategy, observe(strategy, [{ period: '2024', value: 3 }, { indicator: 'other', period: '2024', value: 4 }]), { asOf: '2025-01-01' });
    expect([...index.indicators.keys()]).toEqual(['I1', 'other']);
    expect(index.indicators.get('other')?.rows.map((row) => row.value)).toEqual([4]);
    expect(index).toMatchObject({ asOf: '2025-01-01', includeDrafts: false, where: {} });
  });
  it('counts what it leaves out, each observation once by the first reason', () => {
    const observations = observe(strategy, [
      { period: '2024', value: 1, reportedOn: '2025-02-01', status: 'draft' },
      { period: '2024', value: 2, reportedOn: '2024-12-31', status: 'draft' },
      { period: '2024Q1', value: 3, reportedOn: '2024-04-01' },
      { period: '2024Q1', value: 4, reportedOn: '2024-05-01' },
      { period: '2024Q2', value: null, reportedOn: '2024-07-01' },
    ]);
    const counts = indexObservations(strategy, observations, { asOf: '2025-01-01' }).indicators.get('I1')?.counts;
    expect(counts).toEqual({ used: 1, afterAsOf: 1, drafts: 1, superseded: 1, missing: 1 });
  });
  it('prefers the latest approved value over a later unapproved one', () => {
    const observations = observe(strategy, [
      { period: '2024', value: 10, reportedOn: '2025-01-10', status: 'approved' },
      { period: '2024', value: 11, reportedOn: '2025-02-10', status: 'submitted' },
      { period: '2024', value: 9, reportedOn: '2025-01-01', status: 'approved' },
    ]);
    expect(indexObservations(strategy, observations, { asOf: '2025-06-01' }).indicators.get('I1')?.rows.map((row) => row.value)).toEqual([10]);
  });
  it('keeps rows of different reporters and disaggregations apart', () => {
    const observations = observe(strategy, [
      { period: '2024', value: 1, reportedBy: 'MOJ' },
      { period: '2024', value: 2, reportedBy: 'MOI' },
      { period: '2024', value: 3, disaggregation: { sex: 'female' } },
    ]);
    const rows = indexObservations(strategy, observations, { asOf: '2025-06-01' }).indicators.get('I1')?.rows ?? [];
    expect(rows.map((row) => [row.key, row.reporter, row.value])).toEqual([['', 'MOI', 2], ['', 'MOJ', 1], ['sex=female', '', 3]]);
  });
  it('restricts to one code with where, reading its rows as that code\'s totals and parts', () => {
    const observations = observe(strategy, [
      { period: '2024', value: 5, disaggregation: { province: 'KH-12' } },
      { period: '2024', value: 7, disaggregation: { province: 'KH-2' } },
      { period: '2025', value: 2, disaggregation: { province: 'KH-12', sex: 'female' } },
      { period: '2024', value: 12 },
    ]);
    const index = indexObservations(strategy, observations, { asOf: '2026-06-01', where: { province: 'KH-12' } });
    expect(index.indicators.get('I1')?.rows.map((row) => [row.key, row.value, row.disaggregation])).toEqual([['', 5, {}], ['sex=female', 2, { sex: 'female' }]]);
    expect(index.indicators.get('other')?.rows).toEqual([]);
  });
  it('rejects a bad asOf or where', () => {
    expect(() => indexObservations(strategy, [], { asOf: '2025-1-1' })).toThrow(LogframeError);
    expect(() => indexObservations(strategy, [], { asOf: '2025-01-01', where: { province: 12 } as never })).toThrow(/WHERE_INVALID/);
  });
  it('ignores observations of unknown indicators and reports invalid periods', () => {
    const bad: Observation[] = [
      { indicator: 'ghost', period: '2024', value: 1, disaggregation: {}, status: 'submitted' },
      { indicator: 'I1', period: '2024Q5', value: 1, disaggregation: {}, status: 'submitted' },
    ];
    const index = indexObservations(strategy, bad, { asOf: '2025-06-01' });
    expect(index.indicators.has('ghost')).toBe(false);
    expect(index.indicators.get('I1')?.issues.map((issue) => issue.code)).toEqual(['PERIOD_INVALID']);
  });
  it('picks the same one of two same-day versions whatever their order, when one only has its date assumed', () => {
    // Found by the order property test: a version dated on its period's last day and one without a
    // date (taken as reported that day) used to win by input order, and with it the note.
    const dated: Observation = { indicator: 'I1', period: '2024', value: 0, disaggregation: { sex: 'female' }, reportedOn: '2024-12-31', status: 'submitted' };
    const undated: Observation = { indicator: 'I1', period: '2024', value: 0, disaggregation: { sex: 'female' }, status: 'submitted' };
    const views = [[dated, undated], [undated, dated]].map((observations) => {
      const indexed = indexObservations(strategy, observations, { asOf: '2026-06-30' }).indicators.get('I1');
      return { notes: indexed?.notes, issues: indexed?.issues.map((issue) => issue.code), rows: indexed?.rows };
    });
    expect(views[1]).toEqual(views[0]);
    expect(views[0]?.notes).toEqual([]);
    expect(views[0]?.issues).toEqual(['DUPLICATE_VALUE']);
  });
  it('keeps 32-bit codes when there are too many sources for 16 bits', () => {
    // 70 000 sources (and reporters): beyond Int16, so the index must widen its source column.
    const n = 70_000;
    const many: Observation[] = Array.from({ length: n }, (_, i) => ({
      indicator: 'other', period: i % 2 === 0 ? '2024' : '2025', value: i, disaggregation: {}, status: 'approved', reportedBy: `R${String(i).padStart(6, '0')}`, source: `S${i}`,
    }));
    const rows = indexObservations(strategy, many, { asOf: '2026-06-30' }).indicators.get('other')?.rows ?? [];
    expect(rows).toHaveLength(n);
    // By period, then reporter (their ids sort as their numbers); each row keeps its own source.
    const expected = [...many].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : (a.reportedBy as string) < (b.reportedBy as string) ? -1 : 1));
    expect(rows.map((row) => [row.reporter, row.source, row.value])).toEqual(expected.map((item) => [item.reportedBy, item.source, item.value]));
  });
  it('keeps 32-bit cell codes when there are more disaggregations than 16 bits hold', () => {
    const codes = Array.from({ length: 300 }, (_, i) => ({ code: `c${String(i).padStart(3, '0')}`, label: `C${i}` }));
    const wide = strategyWith([{ direction: 'none', disaggregations: ['a', 'b'] }], {
      dimensions: [{ id: 'a', title: 'A', codes }, { id: 'b', title: 'B', codes }],
    });
    const n = 66_000;
    const many: Observation[] = Array.from({ length: n }, (_, i) => ({
      indicator: 'I1', period: '2024', value: i, disaggregation: { a: (codes[Math.floor(i / 300)] as { code: string }).code, b: (codes[i % 300] as { code: string }).code }, status: 'approved',
    }));
    const rows = indexObservations(wide, many, { asOf: '2026-06-30' }).indicators.get('I1')?.rows ?? [];
    expect(rows).toHaveLength(n);
    expect(rows.map((row) => row.value)).toEqual(many.map((item) => item.value));
    expect(rows.at(-1)?.key).toBe('a=c219|b=c299');
  });
  it('does not change its arguments', () => {
    const observations = observe(strategy, [{ period: '2024', value: 1 }, { period: '2024', value: 2, reportedOn: '2025-01-01' }]);
    const copy = structuredClone(observations);
    const where = { province: 'KH-12' };
    indexObservations(strategy, observations, { asOf: '2025-06-01', where });
    expect(observations).toEqual(copy);
    expect(where).toEqual({ province: 'KH-12' });
  });
});
