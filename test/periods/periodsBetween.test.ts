import { describe, expect, it } from 'vitest';
import { PERIOD_TYPES, periodsBetween } from '../../src/periods/index.js';
import type { PeriodType } from '../../src/periods/index.js';
import { problemOf } from './helpers.js';

describe('periodsBetween', () => {
  it('defaults to the type of from', () => {
    expect(periodsBetween('2024', '2028')).toEqual(['2024', '2025', '2026', '2027', '2028']);
    expect(periodsBetween('2024Q3', '2025Q2')).toEqual(['2024Q3', '2024Q4', '2025Q1', '2025Q2']);
    expect(periodsBetween('202311', '202402')).toEqual(['202311', '202312', '202401', '202402']);
    expect(periodsBetween('2020W52', '2021W2')).toEqual(['2020W52', '2020W53', '2021W1', '2021W2']);
    expect(periodsBetween('20240227', '20240302')).toEqual(['20240227', '20240228', '20240229', '20240301', '20240302']);
    expect(periodsBetween('2023April', '2025April')).toEqual(['2023April', '2024April', '2025April']);
    expect(periodsBetween('2023S2', '2024S1')).toEqual(['2023S2', '2024S1']);
  });

  it('gives one period when from and to are the same', () => {
    for (const id of ['2024', '2024S1', '2024Q1', '202401', '2024W5', '20240131', '2024July', '2023YTD1']) {
      expect(periodsBetween(id, id)).toEqual([id]);
    }
  });

  it('lists another type over the range from the start of from to the end of to', () => {
    expect(periodsBetween('2024', '2024', 'SixMonthly')).toEqual(['2024S1', '2024S2']);
    expect(periodsBetween('2024Q1', '2024Q2', 'Monthly')).toEqual(['202401', '202402', '202403', '202404', '202405', '202406']);
    expect(periodsBetween('2024', '2024Q1', 'Monthly')).toEqual(['202401', '202402', '202403']);
    expect(periodsBetween('2024Q3', '2024', 'Quarterly')).toEqual(['2024Q3', '2024Q4']);
    expect(periodsBetween('2024April', '2024April', 'Quarterly')).toEqual(['2024Q2', '2024Q3', '2024Q4', '2025Q1']);
    expect(periodsBetween('2024', '2024', 'FinancialApril')).toEqual([]);
    expect(periodsBetween('2024', '2026', 'FinancialJuly')).toEqual(['2024July', '2025July']);
  });

  it('leaves out periods that only partly fit', () => {
    // 2020W1 starts 2019-12-30 and 2020W53 ends 2021-01-03.
    const weeks = periodsBetween('2020', '2020', 'Weekly');
    expect(weeks[0]).toBe('2020W2');
    expect(weeks.at(-1)).toBe('2020W52');
    expect(weeks).toHaveLength(51);
    expect(periodsBetween('202402', '2024W5')).toEqual([]); // 2024-02-01..2024-02-04 holds no month
  });

  it('lists every year-to-date period that fits, in order, since they nest', () => {
    expect(periodsBetween('2023YTD3', '2023YTD3')).toEqual(['2023YTD1', '2023YTD2', '2023YTD3']);
    expect(periodsBetween('2023YTD9', '2024YTD2')).toEqual([...Array.from({ length: 11 }, (_, i) => `2023YTD${i + 1}`), '2024YTD1', '2024YTD2']);
    expect(periodsBetween('2023', '2023', 'YearToDate')).toEqual(Array.from({ length: 11 }, (_, i) => `2023YTD${i + 1}`));
    expect(periodsBetween('2023Q1', '2023Q2', 'YearToDate')).toEqual(['2023YTD1', '2023YTD2', '2023YTD3', '2023YTD4', '2023YTD5', '2023YTD6']);
  });

  it('tiles the range without gaps for every type except YearToDate', () => {
    for (const type of PERIOD_TYPES.filter((t): t is PeriodType => t !== 'YearToDate')) {
      const ids = periodsBetween('2019', '2026', type);
      expect(ids.length).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('refuses a range whose end comes before its start', () => {
    const problem = problemOf(() => periodsBetween('2024Q2', '2024Q1'));
    expect(problem.code).toBe('PERIOD_RANGE_INVALID');
    expect(problem.message).toBe('Period 2024Q1 (2024-01-01 to 2024-03-31) ends before period 2024Q2 starts (2024-04-01); swap them.');
    expect(problemOf(() => periodsBetween('2024', '2023Q4')).code).toBe('PERIOD_RANGE_INVALID');
  });

  it('refuses invalid ids and types', () => {
    expect(problemOf(() => periodsBetween('2024Q5', '2025')).code).toBe('PERIOD_INVALID');
    expect(problemOf(() => periodsBetween('2024', '2025-01')).code).toBe('PERIOD_INVALID');
    expect(problemOf(() => periodsBetween('2024', '2025', 'Month' as PeriodType)).code).toBe('PERIOD_TYPE_INVALID');
  });
});
