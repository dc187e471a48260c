import { describe, expect, it } from 'vitest';
import { subPeriods } from '../../src/periods/index.js';
import type { PeriodType } from '../../src/periods/index.js';
import { problemOf } from './helpers.js';

describe('subPeriods', () => {
  it('lists the periods of a type inside a period', () => {
    expect(subPeriods('2024', 'Quarterly')).toEqual(['2024Q1', '2024Q2', '2024Q3', '2024Q4']);
    expect(subPeriods('2024', 'SixMonthly')).toEqual(['2024S1', '2024S2']);
    expect(subPeriods('2024Q1', 'Monthly')).toEqual(['202401', '202402', '202403']);
    expect(subPeriods('2024S2', 'Quarterly')).toEqual(['2024Q3', '2024Q4']);
    expect(subPeriods('2024April', 'Monthly')).toHaveLength(12);
    expect(subPeriods('2023YTD10', 'Monthly')).toHaveLength(10);
    expect(subPeriods('2023YTD10', 'Quarterly')).toEqual(['2023Q1', '2023Q2', '2023Q3']);
    expect(subPeriods('2024Q1', 'Quarterly')).toEqual(['2024Q1']);
  });

  it('counts the expected reports of a monthly indicator per quarter', () => {
    for (const quarter of ['2024Q1', '2024Q2', '2024Q3', '2024Q4']) expect(subPeriods(quarter, 'Monthly')).toHaveLength(3);
  });

  it('counts days, including the leap day', () => {
    expect(subPeriods('2024', 'Daily')).toHaveLength(366);
    expect(subPeriods('2023', 'Daily')).toHaveLength(365);
    expect(subPeriods('202402', 'Daily').at(-1)).toBe('20240229');
    expect(subPeriods('2024W5', 'Daily')).toEqual(['20240129', '20240130', '20240131', '20240201', '20240202', '20240203', '20240204']);
  });

  it('counts only whole weeks', () => {
    expect(subPeriods('2024', 'Weekly')).toHaveLength(52); // 2024W1 starts on 1 January
    expect(subPeriods('2020', 'Weekly')).toHaveLength(51); // 2020W1 starts 2019-12-30, 2020W53 ends 2021-01-03
    expect(subPeriods('2026', 'Weekly')).toHaveLength(51);
    expect(subPeriods('202401', 'Weekly')).toEqual(['2024W1', '2024W2', '2024W3', '2024W4']);
  });

  it('is empty when the type is coarser', () => {
    expect(subPeriods('202401', 'Quarterly')).toEqual([]);
    expect(subPeriods('2024', 'FinancialApril')).toEqual([]);
  });

  it('refuses invalid ids and types', () => {
    expect(problemOf(() => subPeriods('2024W05', 'Daily')).code).toBe('PERIOD_INVALID');
    expect(problemOf(() => subPeriods('2024', 'Quarter' as PeriodType)).code).toBe('PERIOD_TYPE_INVALID');
  });
});
