import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod, periodContains, periodsOverlap } from '../../src/periods/index.js';
import type { Period } from '../../src/periods/index.js';
import { problemOf } from './helpers.js';

describe('comparePeriods', () => {
  it('sorts by start, then end, then id', () => {
    const ids = ['2024Q2', '2024', '2024S1', '202401', '2023YTD1', '202301', '2023', '2024W1', '20240101', '2023April', '2023YTD3', '2023Q1'];
    expect([...ids].sort(comparePeriods)).toEqual([
      '202301', '2023YTD1', // same days: the id breaks the tie
      '2023Q1', '2023YTD3',
      '2023',
      '2023April',
      '20240101', '2024W1', '202401', '2024S1', '2024',
      '2024Q2',
    ]);
  });

  it('returns -1, 0 or 1 and never -0', () => {
    expect(comparePeriods('2023', '2024')).toBe(-1);
    expect(comparePeriods('2024', '2023')).toBe(1);
    expect(Object.is(comparePeriods('2024', '2024'), 0)).toBe(true);
  });

  it('orders ISO weeks that straddle a year by their start', () => {
    expect(comparePeriods('2020W1', '2020')).toBe(-1);
    expect(comparePeriods('2019', '2020W1')).toBe(-1);
  });

  it('accepts Period objects and reads them by their id', () => {
    const q1 = parsePeriod('2024Q1');
    const stale: Period = { id: '2024Q2', type: 'Quarterly', start: '1999-01-01', end: '1999-03-31' };
    expect([stale, q1].sort(comparePeriods).map((period) => period.id)).toEqual(['2024Q1', '2024Q2']);
  });

  it('refuses an invalid id', () => {
    expect(problemOf(() => comparePeriods('2024', '2024Q5')).code).toBe('PERIOD_INVALID');
  });
});

describe('periodContains', () => {
  it.each([
    ['2024', '2024Q3', true],
    ['2024', '2024', true],
    ['2024', '2024W1', true],
    ['2024', '2025W1', false], // 2024-12-30..2025-01-05
    ['2020', '2020W1', false], // starts 2019-12-30
    ['2024Q1', '2024', false],
    ['2024April', '2025Q1', true],
    ['2024April', '2024Q1', false],
    ['2023YTD10', '202310', true],
    ['2023YTD10', '2023Q4', false],
    ['2023YTD3', '2023Q1', true],
    ['202402', '20240229', true],
    ['202402', '20240301', false],
  ])('%s contains %s: %s', (outer, inner, expected) => {
    expect(periodContains(outer, inner)).toBe(expected);
  });
});

describe('periodsOverlap', () => {
  it.each([
    ['2024April', '2025', true],
    ['2024Q1', '2024Q2', false],
    ['2024Q1', '2024Q1', true],
    ['202403', '2024W13', true], // 2024-03-25..31
    ['202404', '2024W13', false],
    ['2025W1', '2024', true], // 2024-12-30..2025-01-05
    ['2025W1', '2025', true],
    ['20240331', '2024Q1', true],
    ['20240401', '2024Q1', false],
    ['2023YTD10', '2023Nov', false],
    ['2023YTD11', '2023Nov', true],
  ])('%s and %s: %s', (a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
    expect(periodsOverlap(b, a)).toBe(expected);
  });
});
